/**
 * The one-line summary of a day above the map: how many countries were part of something, and the
 * latest event so far. Pure, so the visible line and the screen-reader announcement agree.
 */
import type { EventSummary, IsoDay } from '$lib/data/types';
import { formatInWords } from '$lib/time/day';
import { selectionDay } from './describe';

/** What the summary says, in parts (for styling) and as one sentence (for announcing). */
export interface DaySummary {
	date: string;
	countries: string;
	latest: string | null;
	sentence: string;
}

/**
 * The latest of `events` whose day (`selectionDay`) has come by `day`, among what the map counts:
 * instruments, plus meetings with `includeMeetings`. Of several on the same day, the last listed.
 */
export function latestEventOn<E extends EventSummary>(
	events: readonly E[],
	day: IsoDay,
	includeMeetings: boolean
): E | null {
	let latest: E | null = null;
	let latestDay = '';
	for (const event of events) {
		if (!includeMeetings && event.category === 'meeting') continue;
		const eventDay = selectionDay(event);
		if (eventDay <= day && eventDay >= latestDay) {
			latest = event;
			latestDay = eventDay;
		}
	}
	return latest;
}

/**
 * Summarises `day`: the number of countries the map counts (`countryCount`), and `latestEvent`
 * (see `latestEventOn`) with its number of mapped countries ("economies" being the neutral word
 * for members such as Hong Kong and Taiwan).
 */
export function summarizeDay(
	day: IsoDay,
	countryCount: number,
	latestEvent: EventSummary | null,
	includeMeetings: boolean
): DaySummary {
	const what = includeMeetings ? 'at least one agreement or meeting' : 'at least one agreement';
	const countries =
		countryCount === 0
			? `no country in ${what} yet`
			: `${countryCount} ${countryCount === 1 ? 'country' : 'countries'} in ${what}`;
	const economies = latestEvent?.participants.length ?? 0;
	const latest = latestEvent
		? `${latestEvent.title}${economies > 0 ? `, ${economies} ${economies === 1 ? 'economy' : 'economies'}` : ''}`
		: null;
	const date = formatInWords(day);
	return {
		date,
		countries,
		latest,
		sentence: `${date}: ${countries}${latest ? `; latest: ${latest}` : ''}.`
	};
}
