/**
 * Calendar days as `YYYY-MM-DD` strings and UTC `Date`s. Every date in the atlas is a UTC calendar
 * day: nothing here reads the local time zone, so the app shows the same day everywhere.
 */
import { utcDay, utcMonth } from 'd3-time';
import type { DatePrecision, IsoDay, IsoMonth } from '$lib/data/types';

/** First day the atlas covers. */
export const PERIOD_START: IsoDay = '2003-01-01';
/** Last day the atlas covers. */
export const PERIOD_END: IsoDay = '2006-12-31';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
/** Formats a UTC `Date` as `YYYY-MM-DD` (years 0–9999). */
export function formatDay(date: Date): IsoDay {
	return date.toISOString().slice(0, 10);
}

function parseDay(value: string): Date | null {
	const match = DAY_PATTERN.exec(value);
	if (!match) return null;
	const [year, month, day] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	date.setUTCFullYear(year);
	return date;
}

/** Whether `value` is a real calendar day written `YYYY-MM-DD` (rejects 2005-02-30). */
export function isIsoDay(value: string): value is IsoDay {
	if (!DAY_PATTERN.test(value)) return false;
	const date = parseDay(value);
	return date !== null && formatDay(date) === value;
}

/** Whether `value` is a real month written `YYYY-MM`. */
export function isIsoMonth(value: string): value is IsoMonth {
	const match = MONTH_PATTERN.exec(value);
	return match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12;
}

/** The precision of a dataset date: `day` for `YYYY-MM-DD`, `month` for `YYYY-MM`. */
export function precisionOf(value: IsoDay | IsoMonth): DatePrecision {
	return isIsoMonth(value) ? 'month' : 'day';
}

/** The UTC midnight of a `YYYY-MM-DD` day. Throws on anything else: callers validate first. */
export function dayToDate(day: IsoDay): Date {
	const date = parseDay(day);
	if (!date || formatDay(date) !== day) {
		throw new RangeError(`Not a calendar day: ${JSON.stringify(day)}`);
	}
	return date;
}

/** First day of a dataset date (the day itself, or the 1st of a month). */
export function firstDayOf(value: IsoDay | IsoMonth): IsoDay {
	return isIsoMonth(value) ? `${value}-01` : value;
}

/** Last day of a dataset date (the day itself, or the last day of a month). */
export function lastDayOf(value: IsoDay | IsoMonth): IsoDay {
	if (!isIsoMonth(value)) return value;
	const start = dayToDate(`${value}-01`);
	return formatDay(utcDay.offset(utcMonth.offset(start, 1), -1));
}

/** `day` moved by `count` days (negative moves back). */
export function addDays(day: IsoDay, count: number): IsoDay {
	return formatDay(utcDay.offset(dayToDate(day), count));
}

/** `day` moved by `count` months, clamped to the target month's last day (31 Jan + 1 → 28 Feb). */
export function addMonths(day: IsoDay, count: number): IsoDay {
	const date = dayToDate(day);
	const targetMonth = utcMonth.offset(utcMonth.floor(date), count);
	const lastOfTarget = utcDay.offset(utcMonth.offset(targetMonth, 1), -1);
	const wanted = utcDay.offset(targetMonth, date.getUTCDate() - 1);
	return formatDay(wanted > lastOfTarget ? lastOfTarget : wanted);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
	return utcDay.count(dayToDate(from), dayToDate(to));
}

/** `day` clamped into `[min, max]` (string order is date order for `YYYY-MM-DD`). */
export function clampDay(
	day: IsoDay,
	min: IsoDay = PERIOD_START,
	max: IsoDay = PERIOD_END
): IsoDay {
	return day < min ? min : day > max ? max : day;
}

const longDay = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});
const longMonth = new Intl.DateTimeFormat('en-GB', {
	month: 'long',
	year: 'numeric',
	timeZone: 'UTC'
});

const wordsCache = new Map<string, string>();

/** A dataset date in words: "27 April 2005", or "March 2006" for a month. */
export function formatInWords(value: IsoDay | IsoMonth): string {
	// Memoised: the slider, summary and legend ask for the same few days on every step of a drag.
	let words = wordsCache.get(value);
	if (words === undefined) {
		words = isIsoMonth(value)
			? longMonth.format(dayToDate(`${value}-01`))
			: longDay.format(dayToDate(value));
		wordsCache.set(value, words);
	}
	return words;
}

const dayAndMonth = new Intl.DateTimeFormat('en-GB', {
	day: 'numeric',
	month: 'long',
	timeZone: 'UTC'
});
const monthOnly = new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' });

/**
 * A date range in words, shared parts said once: "21–22 February 2005", "28 June – 1 July 2005",
 * "February – March 2003", "8 December 2004 – 10 January 2005". Composed here rather than with
 * `Intl.DateTimeFormat#formatRange`, whose spacing differs between ICU versions (server and browser).
 */
export function formatRangeInWords(start: IsoDay | IsoMonth, end?: IsoDay | IsoMonth): string {
	if (!end || end === start) return formatInWords(start);
	const sameYear = start.slice(0, 4) === end.slice(0, 4);
	if (sameYear && precisionOf(start) === 'day' && precisionOf(end) === 'day') {
		if (start.slice(0, 7) === end.slice(0, 7)) {
			return `${dayToDate(start).getUTCDate()}–${formatInWords(end)}`;
		}
		return `${dayAndMonth.format(dayToDate(start))} – ${formatInWords(end)}`;
	}
	if (sameYear && precisionOf(start) === 'month' && precisionOf(end) === 'month') {
		return `${monthOnly.format(dayToDate(`${start}-01`))} – ${formatInWords(end)}`;
	}
	return `${formatInWords(start)} – ${formatInWords(end)}`;
}
