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
	DEFAULT_COUNTING,
	JOINING_ROLES,
	countsAsJoining,
	instrumentCount,
	instrumentKey,
	matchesFilter,
	type Commitment,
	type CountingScope,
	type EventFilter,
	type HistoryEntry,
	type ParticipationOptions,
	type RangeSummary
} from './participationIndex';

const index = new ParticipationIndex<AtlasEvent>(events);

/** See {@link ParticipationIndex.participationOn}. */
export const participationOn = index.participationOn.bind(index);
/** See {@link ParticipationIndex.joinedInRange}. */
export const joinedInRange = index.joinedInRange.bind(index);
/** See {@link ParticipationIndex.countedBefore}. */
export const countedBefore = index.countedBefore.bind(index);
/** See {@link ParticipationIndex.rangeSummary}. */
export const rangeSummary = index.rangeSummary.bind(index);
/** See {@link ParticipationIndex.countryHistory}. */
export const countryHistory = index.countryHistory.bind(index);
/** See {@link ParticipationIndex.eventsInRange}. */
export const eventsInRange = index.eventsInRange.bind(index);
/** See {@link ParticipationIndex.changeDays}. */
export const changeDays = index.changeDays.bind(index);
