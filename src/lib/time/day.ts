/**
 * Calendar days as `YYYY-MM-DD` strings and UTC `Date`s. Every date in the atlas is a UTC calendar
 * day: nothing here reads the local time zone, so the app shows the same day everywhere.
 */
import { utcDay, utcMonth } from 'd3-time';
import type { DatePrecision, IsoDay, IsoMonth } from '$lib/data/types';
import { DEFAULT_LOCALE, INTL_TAG, type Locale } from '$lib/i18n/locales';

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

/** A memoised `Intl.DateTimeFormat` per language and options (UTC: dataset days are calendar days). */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, parts: 'day' | 'month' | 'dayAndMonth' | 'monthName') {
	const key = `${locale}:${parts}`;
	let format = dateFormats.get(key);
	if (!format) {
		const options: Intl.DateTimeFormatOptions = {
			day: parts === 'day' || parts === 'dayAndMonth' ? 'numeric' : undefined,
			month: 'long',
			year: parts === 'day' || parts === 'month' ? 'numeric' : undefined,
			timeZone: 'UTC'
		};
		dateFormats.set(key, (format = new Intl.DateTimeFormat(INTL_TAG[locale], options)));
	}
	return format;
}

/** French writes the first of a month as an ordinal ("1er juillet"); `Intl` writes "1 juillet". */
function firstOfMonth(locale: Locale, words: string): string {
	return locale === 'fr' ? words.replace(/^1(?!\d)/, '1er') : words;
}

const wordsCache = new Map<string, string>();

/**
 * A dataset date in words in `locale`: "27 April 2005", "27 avril 2005", "27 de abril de 2005", or
 * "March 2006" for a month.
 */
export function formatInWords(value: IsoDay | IsoMonth, locale: Locale = DEFAULT_LOCALE): string {
	// Memoised: the slider, summary and legend ask for the same few days on every step of a drag.
	const key = `${locale}:${value}`;
	let words = wordsCache.get(key);
	if (words === undefined) {
		words = isIsoMonth(value)
			? dateFormat(locale, 'month').format(dayToDate(`${value}-01`))
			: firstOfMonth(locale, dateFormat(locale, 'day').format(dayToDate(value)));
		wordsCache.set(key, words);
	}
	return words;
}

/**
 * A date range in words, shared parts said once: "21–22 February 2005", "28 June – 1 July 2005",
 * "February – March 2003", "8 December 2004 – 10 January 2005". Composed here rather than with
 * `Intl.DateTimeFormat#formatRange`, whose spacing differs between ICU versions (server and browser).
 * French and Spanish follow the same pattern: "8–9 septembre 2004", "8–9 de septiembre de 2004".
 */
export function formatRangeInWords(
	start: IsoDay | IsoMonth,
	end?: IsoDay | IsoMonth,
	locale: Locale = DEFAULT_LOCALE
): string {
	if (!end || end === start) return formatInWords(start, locale);
	const sameYear = start.slice(0, 4) === end.slice(0, 4);
	if (sameYear && precisionOf(start) === 'day' && precisionOf(end) === 'day') {
		if (start.slice(0, 7) === end.slice(0, 7)) {
			return `${firstOfMonth(locale, String(dayToDate(start).getUTCDate()))}–${formatInWords(end, locale)}`;
		}
		return `${firstOfMonth(locale, dateFormat(locale, 'dayAndMonth').format(dayToDate(start)))} – ${formatInWords(end, locale)}`;
	}
	if (sameYear && precisionOf(start) === 'month' && precisionOf(end) === 'month') {
		return `${dateFormat(locale, 'monthName').format(dayToDate(`${start}-01`))} – ${formatInWords(end, locale)}`;
	}
	return `${formatInWords(start, locale)} – ${formatInWords(end, locale)}`;
}
