/**
 * The one-line summary of a day above the map: how many countries were part of something, and the
 * latest event so far. Pure, so the visible line and the screen-reader announcement agree.
 */
import { countsAsJoining, type CountingScope } from '$lib/data/participationIndex';
import type { EventSummary, IsoDay } from '$lib/data/types';
import { formatInWords } from '$lib/time/day';
import { countingWords, selectionDay } from './describe';

/** What the summary says, in parts (for styling) and as one sentence (for announcing). */
export interface DaySummary {
	date: string;
	countries: string;
	latest: string | null;
	sentence: string;
}

/** Whether the map counts anything of `event` under `scope` (a meeting counts as a whole). */
function counted(event: EventSummary, scope: CountingScope): boolean {
	if (event.category === 'meeting') return scope.includeMeetings;
	return event.participants.some((participant) => countsAsJoining({ event, participant }, scope));
}

/**
 * The latest of `events` whose day (`selectionDay`) has come by `day`, among what the map counts
 * under `scope` (see `countsAsJoining`): an instrument someone joined, or a meeting when meetings
 * count. Of several on the same day, the last listed.
 */
export function latestEventOn<E extends EventSummary>(
	events: readonly E[],
	day: IsoDay,
	scope: CountingScope
): E | null {
	let latest: E | null = null;
	let latestDay = '';
	for (const event of events) {
		if (!counted(event, scope)) continue;
		const eventDay = selectionDay(event);
		if (eventDay <= day && eventDay >= latestDay) {
			latest = event;
			latestDay = eventDay;
		}
	}
	return latest;
}

/**
 * Summarises `day`: the number of countries the map counts (`countryCount`) in the words of the
 * counting definition (`countingWords`), and `latestEvent` (see `latestEventOn`) by its short title.
 */
export function summarizeDay(
	day: IsoDay,
	countryCount: number,
	latestEvent: EventSummary | null,
	scope: CountingScope
): DaySummary {
	const { what } = countingWords({
		members: scope.includeMembers,
		meetings: scope.includeMeetings
	});
	const countries =
		countryCount === 0
			? `no country yet in ${what.replace(/^at least one/, 'any')}`
			: `${countryCount} ${countryCount === 1 ? 'country' : 'countries'} in ${what}`;
	const latest = latestEvent ? latestEvent.shortTitle : null;
	const date = formatInWords(day);
	return {
		date,
		countries,
		latest,
		sentence: `${date}: ${countries}${latest ? `; latest: ${latest}` : ''}.`
	};
}
