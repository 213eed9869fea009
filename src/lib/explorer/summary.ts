/**
 * The one-line summary of a day above the map: how many countries were part of something, and the
 * latest event so far. Pure, so the visible line and the screen-reader announcement agree.
 */
import { bisectRight } from 'd3-array';
import { countsAsJoining, type CountingScope } from '$lib/data/participationIndex';
import type { EventSummary, IsoDay } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locales';
import type { Messages } from '$lib/i18n/messages';
import { addDays, daysBetween, formatInWords, lastDayOf } from '$lib/time/day';
import { countingWords, selectionDay } from './describe';

/** What the summary says, in parts (for styling) and as one sentence (for announcing). */
export interface DaySummary {
	/** The day in words: "27 April 2005". */
	date: string;
	/** "12 countries in at least one instrument signed or joined". */
	countries: string;
	/** The latest event's short title. */
	latest: string | null;
	/** What follows the countries when there is a latest event: "; latest: Seoul–Melbourne MoU". */
	latestPart: string;
	sentence: string;
}

/** Whether the map counts anything of `event` under `scope` (a meeting counts as a whole). */
function counted(event: EventSummary, scope: CountingScope): boolean {
	if (event.category === 'meeting') return scope.includeMeetings;
	return event.participants.some((participant) => countsAsJoining({ event, participant }, scope));
}

/**
 * A lookup of the latest of `events` whose day (`selectionDay`) has come by a given day, among what
 * the map counts under `scope` (see `countsAsJoining`): an instrument someone joined, or a meeting
 * when meetings count. Of several on the same day, the last listed. Sorts once; each lookup is a
 * binary search, so a step of the date costs the same however many events there are.
 */
export function latestEventFinder<E extends EventSummary>(
	events: readonly E[],
	scope: CountingScope
): (day: IsoDay) => E | null {
	const dated = events
		.filter((event) => counted(event, scope))
		.map((event) => ({ event, day: selectionDay(event) }))
		// Stable: events of the same day keep their order, so the last listed comes last.
		.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
	const days = dated.map((entry) => entry.day);
	return (day) => dated[bisectRight(days, day) - 1]?.event ?? null;
}

/** {@link latestEventFinder} for one day. */
export function latestEventOn<E extends EventSummary>(
	events: readonly E[],
	day: IsoDay,
	scope: CountingScope
): E | null {
	return latestEventFinder(events, scope)(day);
}

/**
 * Summarises `day`, in the language of `m` and `locale`: the number of countries the map counts
 * (`countryCount`) in the words of the counting definition (`countingWords`), and `latestEvent`
 * (see `latestEventOn`) by its short title.
 */
export function summarizeDay(
	day: IsoDay,
	countryCount: number,
	latestEvent: EventSummary | null,
	scope: CountingScope,
	m: Messages,
	locale: Locale
): DaySummary {
	const words = m.explorer.summary;
	const counting = { members: scope.includeMembers, meetings: scope.includeMeetings };
	const countries =
		countryCount === 0
			? words.none(counting)
			: words.countries(countryCount, countingWords(counting, m).what);
	const latest = latestEvent ? latestEvent.shortTitle : null;
	const latestPart = latest ? words.latest(latest) : '';
	const date = formatInWords(day, locale);
	return {
		date,
		countries,
		latest,
		latestPart,
		sentence: words.sentence(date, `${countries}${latestPart}`)
	};
}

/**
 * A lookup of the events "happening" on a day, for naming them while the date plays or is dragged:
 * those whose day (`selectionDay`, when the map counts them) has come and whose last day has not
 * passed, so a meeting is named through all its days and a one-day event on its day; in the order
 * given. Sorts once; each lookup is a binary search plus a walk back over at most the longest
 * event's days, so a step of the date costs the same however many events there are.
 */
export function happeningFinder<E extends EventSummary>(
	events: readonly E[]
): (day: IsoDay) => E[] {
	const spans = events
		.map((event, order) => ({
			event,
			order,
			start: selectionDay(event),
			end: lastDayOf(event.endDate ?? event.date)
		}))
		.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
	const starts = spans.map((span) => span.start);
	const longest = Math.max(0, ...spans.map((span) => daysBetween(span.start, span.end)));
	return (day) => {
		const earliest = addDays(day, -longest);
		const found = [];
		for (let i = bisectRight(starts, day) - 1; i >= 0 && starts[i] >= earliest; i--) {
			if (spans[i].end >= day) found.push(spans[i]);
		}
		return found.sort((a, b) => a.order - b.order).map((span) => span.event);
	};
}

/** {@link happeningFinder} for one day. */
export function eventsHappeningOn<E extends EventSummary>(events: readonly E[], day: IsoDay): E[] {
	return happeningFinder(events)(day);
}
