/**
 * Moving the timeline's day: ARIA slider keys, jumps between event days, and pointer positions.
 */
import { bisectLeft, bisectRight } from 'd3-array';
import { utcDay } from 'd3-time';
import type { IsoDay } from '$lib/data/types';
import { PERIOD_END, PERIOD_START, addDays, addMonths, clampDay, formatDay } from '$lib/time/day';
import { periodDomain, type TimeScale } from './layout';

const KEY_STEPS: Record<string, (day: IsoDay) => IsoDay> = {
	ArrowLeft: (day) => addDays(day, -1),
	ArrowDown: (day) => addDays(day, -1),
	ArrowRight: (day) => addDays(day, 1),
	ArrowUp: (day) => addDays(day, 1),
	PageDown: (day) => addMonths(day, -1),
	PageUp: (day) => addMonths(day, 1),
	Home: () => PERIOD_START,
	End: () => PERIOD_END
};

/**
 * The day an ARIA slider key moves `day` to, clamped to the period: arrows by a day, Page Up/Down by
 * a month, Home and End to the ends. `null` for any other key, so the caller leaves the event alone.
 */
export function stepDay(day: IsoDay, key: string): IsoDay | null {
	const step = Object.hasOwn(KEY_STEPS, key) ? KEY_STEPS[key] : undefined;
	return step ? clampDay(step(day)) : null;
}

/** The first of the ascending `stops` strictly after `day`, or `null` when there is none. */
export function nextStop(stops: readonly IsoDay[], day: IsoDay): IsoDay | null {
	const i = bisectRight(stops, day);
	return i < stops.length ? stops[i] : null;
}

/** The last of the ascending `stops` strictly before `day`, or `null` when there is none. */
export function previousStop(stops: readonly IsoDay[], day: IsoDay): IsoDay | null {
	const i = bisectLeft(stops, day);
	return i > 0 ? stops[i - 1] : null;
}

/** The last of the ascending `stops` on or before `day`, or `null` when there is none. */
export function stopOnOrBefore(stops: readonly IsoDay[], day: IsoDay): IsoDay | null {
	const i = bisectRight(stops, day);
	return i > 0 ? stops[i - 1] : null;
}

/**
 * A run of days on which nothing changes but the date: from `start` (the last of `boundaries` on or
 * before the day; the period's start before the first) to the next boundary. `boundaries` says
 * which list it was found in, so a holder can tell when it no longer applies.
 */
export interface QuietPeriod {
	start: IsoDay;
	boundaries: readonly IsoDay[];
}

/** The quiet period of the ascending `boundaries` that `day` falls in. */
export function quietPeriodOf(boundaries: readonly IsoDay[], day: IsoDay): QuietPeriod {
	return { start: stopOnOrBefore(boundaries, day) ?? PERIOD_START, boundaries };
}

/** The distinct days of two ascending lists, ascending. */
export function mergeDays(a: readonly IsoDay[], b: readonly IsoDay[]): IsoDay[] {
	return [...new Set([...a, ...b])].sort();
}

/** The UTC day under pixel `px` of scale `x`, clamped to the period (a non-number gives the start). */
export function dayFromPosition(x: TimeScale, px: number): IsoDay {
	const [first, last] = periodDomain().map(x);
	const [lo, hi] = first <= last ? [first, last] : [last, first];
	// Clamping the pixel first keeps `invert` away from dates that `Date` cannot represent.
	const clamped = Number.isNaN(px) ? first : Math.min(Math.max(px, lo), hi);
	return clampDay(formatDay(utcDay.floor(x.invert(clamped))));
}
