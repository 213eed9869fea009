/**
 * The one-line summary of a day above the map: how many countries were part of something, and the
 * latest event so far. Pure, so the visible line and the screen-reader announcement agree.
 */
import type { EventSummary, Iso3, IsoDay } from '$lib/data/types';
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
 * Summarises `day`: the number of countries in `participation`, and the latest of `events` whose
 * day has come, among what the map counts (instruments, plus meetings with `includeMeetings`), with
 * its number of mapped countries ("economies" being the neutral word for members such as Hong Kong
 * and Taiwan).
 */
export function summarizeDay(
	day: IsoDay,
	participation: ReadonlyMap<Iso3, unknown>,
	events: readonly EventSummary[],
	includeMeetings: boolean
): DaySummary {
	const count = participation.size;
	const what = includeMeetings ? 'at least one agreement or meeting' : 'at least one agreement';
	const countries =
		count === 0
			? `no country in ${what} yet`
			: `${count} ${count === 1 ? 'country' : 'countries'} in ${what}`;
	let latestEvent: EventSummary | null = null;
	for (const event of events) {
		if (!includeMeetings && event.category === 'meeting') continue;
		if (
			selectionDay(event) <= day &&
			(!latestEvent || selectionDay(event) >= selectionDay(latestEvent))
		)
			latestEvent = event;
	}
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
