/**
 * Participation over the atlas's own dataset: the `ParticipationIndex` of every event, with its
 * methods as plain functions for the server side (pages, exports, previews) and the tests.
 */
import { events } from './dataset';
import { eventEndDay, eventStartDay } from './event-days';
import { ParticipationIndex } from './participationIndex';
import type { AtlasEvent } from './types';

export { eventEndDay, eventStartDay };
export {
	matchesFilter,
	type Commitment,
	type EventFilter,
	type ParticipationOptions
} from './participationIndex';

const index = new ParticipationIndex<AtlasEvent>(events);

/** See {@link ParticipationIndex.participationOn}. */
export const participationOn = index.participationOn.bind(index);
/** See {@link ParticipationIndex.countryHistory}. */
export const countryHistory = index.countryHistory.bind(index);
/** See {@link ParticipationIndex.eventsInRange}. */
export const eventsInRange = index.eventsInRange.bind(index);
/** See {@link ParticipationIndex.changeDays}. */
export const changeDays = index.changeDays.bind(index);
