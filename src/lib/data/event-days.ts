/**
 * The days an event and a participation occupy: the one place that turns dataset dates (a day or a
 * month) into calendar days, so that the dataset, the map and the exports agree.
 */
import { firstDayOf, lastDayOf } from '$lib/time/day';
import type { EventSummary, IsoDay, Participant } from './types';

/** First day of an event: its date, or the 1st of its month when only the month is known. */
export function eventStartDay(event: EventSummary): IsoDay {
	return firstDayOf(event.date);
}

/** Last day of an event: the last day of `endDate`, else of `date` (a month spans the whole month). */
export function eventEndDay(event: EventSummary): IsoDay {
	return lastDayOf(event.endDate ?? event.date);
}

/**
 * The day a participant's part in an event takes effect: its `since`, else the event's date. A
 * month-only value takes effect on the last day of its month, the first day it is surely true.
 */
export function effectiveDay(event: EventSummary, participant: Participant): IsoDay {
	return lastDayOf(participant.since ?? event.date);
}

/** Code-unit order of two strings: for `YYYY-MM-DD` days it is date order, in every locale. */
export function compareCodes(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders events by first day, then by id (the dataset's canonical order). */
export function compareEvents(a: EventSummary, b: EventSummary): number {
	return compareCodes(eventStartDay(a), eventStartDay(b)) || compareCodes(a.id, b.id);
}
