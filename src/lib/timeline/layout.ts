/**
 * Pure geometry of the timeline: the time scale, event spans, lane and row packing, ticks, and the
 * zoom and pan of the visible domain. Svelte renders what these return; nothing here touches the DOM.
 */
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from 'd3-time';
import type { EventSummary, Category, DatePrecision, IsoDay } from '$lib/data/types';
import { INTL_TAG, type Locale } from '$lib/i18n/locales';
import {
	PERIOD_END,
	PERIOD_START,
	addDays,
	dayToDate,
	firstDayOf,
	lastDayOf,
	precisionOf
} from '$lib/time/day';

import { scaleTime, type TimeScale } from './timeScale';

export type { TimeScale } from './timeScale';

/** A date domain `[start, end)` of the timeline. */
export type Domain = readonly [Date, Date];

const DAY_MS = 86_400_000;
const PERIOD_START_MS = dayToDate(PERIOD_START).getTime();
// End is exclusive (midnight after the last day) so that the last day has a width.
const PERIOD_END_MS = dayToDate(addDays(PERIOD_END, 1)).getTime();
/** Narrowest zoom: the visible domain never spans fewer days than this. */
export const MIN_SPAN_DAYS = 14;

/** The whole period, `[PERIOD_START, PERIOD_END + 1 day)`, as a fresh pair of dates. */
export function periodDomain(): [Date, Date] {
	return [new Date(PERIOD_START_MS), new Date(PERIOD_END_MS)];
}

/**
 * The time scale from `domain` (the whole period by default) onto `[inset, width - inset]`: an
 * inset keeps the date cursor's handle inside the chart at the period's first and last days.
 */
export function timeScale(width: number, domain: Domain = periodDomain(), inset = 0): TimeScale {
	const margin = Math.max(0, Math.min(inset, width / 4));
	return scaleTime(domain, [margin, width - margin]);
}

/** The days an event covers, inclusive; a month-only date covers its whole month. */
export interface EventSpan {
	start: IsoDay;
	end: IsoDay;
	precision: DatePrecision;
	multiDay: boolean;
}

/** The span of an event: from the first day of `date` to the last day of `endDate ?? date`. */
export function eventSpan(event: Pick<EventSummary, 'date' | 'endDate'>): EventSpan {
	const start = firstDayOf(event.date);
	const last = lastDayOf(event.endDate ?? event.date);
	const end = last < start ? start : last;
	const precision =
		precisionOf(event.date) === 'month' || (event.endDate && precisionOf(event.endDate) === 'month')
			? 'month'
			: 'day';
	return { start, end, precision, multiDay: end > start };
}

/** An event placed on the timeline: its horizontal extent in pixels, its lane and its row. */
export interface PlacedEvent {
	event: EventSummary;
	x0: number;
	x1: number;
	row: number;
	lane: Category;
}

/** How marks are sized and spaced by {@link layoutEvents}. */
export interface LayoutOptions {
	/** Narrowest mark in pixels, so one-day events stay visible and clickable. */
	minMarkWidth: number;
	/** Pixels kept free between two marks on the same row. */
	gap: number;
}

/**
 * Places each event in its category's lane and packs rows greedily in (start, id) order: an event
 * goes on the first row whose last mark ends at least `gap` before it starts, so marks never overlap.
 */
export function layoutEvents(
	events: readonly EventSummary[],
	x: TimeScale,
	options: LayoutOptions
): PlacedEvent[] {
	const spans = events.map((event) => ({ event, span: eventSpan(event) }));
	spans.sort(
		(a, b) =>
			compare(a.span.start, b.span.start) ||
			compare(a.event.id, b.event.id) ||
			compare(a.span.end, b.span.end)
	);
	const rowEnds: Record<Category, number[]> = { agreement: [], meeting: [] };
	return spans.map(({ event, span }) => {
		const x0 = x(dayToDate(span.start));
		const x1 = Math.max(x(dayToDate(addDays(span.end, 1))), x0 + options.minMarkWidth);
		const lane = event.category;
		const ends = rowEnds[lane];
		let row = ends.findIndex((end) => end + options.gap <= x0);
		if (row === -1) row = ends.length;
		ends[row] = x1;
		return { event, x0, x1, row, lane };
	});
}

/** Number of rows used in `lane` (0 when the lane is empty). */
export function rowCount(placed: readonly PlacedEvent[], lane: Category): number {
	return placed.reduce((count, p) => (p.lane === lane ? Math.max(count, p.row + 1) : count), 0);
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** A tick of the time axis. `major` marks the first tick of a year. */
export interface Tick {
	date: Date;
	label: string;
	major: boolean;
}

/** Least horizontal room, in pixels, between two labelled ticks. */
export const MIN_TICK_SPACING = 70;

type Granularity = 'year' | 'month' | 'day';
// Finest first; `days` is the shortest gap between two ticks, so spacing is a lower bound.
const TICK_STEPS: { interval: TimeInterval; days: number; granularity: Granularity }[] = [
	{ interval: utcDay, days: 1, granularity: 'day' },
	{ interval: utcMonday, days: 7, granularity: 'day' },
	{ interval: utcMonth, days: 28, granularity: 'month' },
	{ interval: utcMonth.every(3)!, days: 90, granularity: 'month' },
	{ interval: utcMonth.every(6)!, days: 181, granularity: 'month' },
	{ interval: utcYear, days: 365, granularity: 'year' }
];
/**
 * Short month names by language: English keeps en-US's ("Sep"; en-GB now says "Sept"); French and
 * Spanish their own ("sept.", "sept"). Every label is day-month-year order, as all three write it.
 */
const monthFormats = new Map<Locale, Intl.DateTimeFormat>();
function formatMonth(date: Date, locale: Locale): string {
	let format = monthFormats.get(locale);
	if (!format) {
		const tag = locale === 'en' ? 'en-US' : INTL_TAG[locale];
		monthFormats.set(
			locale,
			(format = new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' }))
		);
	}
	return format.format(date);
}
const formatYear = (date: Date) => String(date.getUTCFullYear());
const formatMonthYear = (date: Date, locale: Locale) =>
	`${formatMonth(date, locale)} ${formatYear(date)}`;
const formatDayMonth = (date: Date, locale: Locale) =>
	`${date.getUTCDate()} ${formatMonth(date, locale)}`;
const formatDayMonthYear = (date: Date, locale: Locale) =>
	`${formatDayMonth(date, locale)} ${formatYear(date)}`;

/**
 * Ticks for the visible domain of `x` at `width` pixels: the finest of days, weeks, months,
 * quarters, half-years or years that leaves at least {@link MIN_TICK_SPACING} px between labels.
 * A tick says its year when it opens a year or is the first one shown, so the year is always in view.
 * Labels are in `locale`: "Sep 2005", "sept. 2005", "sept 2005".
 */
export function ticksFor(x: TimeScale, width: number, locale: Locale): Tick[] {
	const [start, stop] = x.domain();
	const spanDays = (stop.getTime() - start.getTime()) / DAY_MS;
	if (!(width > 0) || !(spanDays > 0)) return [];
	const pxPerDay = width / spanDays;
	const step = TICK_STEPS.find((s) => s.days * pxPerDay >= MIN_TICK_SPACING) ?? {
		interval: utcYear.every(Math.ceil(MIN_TICK_SPACING / (365 * pxPerDay)))!,
		days: 365,
		granularity: 'year' as const
	};
	const dates = step.interval.range(start, stop);
	return dates.map((date, i) => {
		const opensYear = i > 0 && dates[i - 1].getUTCFullYear() !== date.getUTCFullYear();
		const isNewYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
		const major = opensYear || isNewYear;
		return { date, label: tickLabel(date, step.granularity, major || i === 0, locale), major };
	});
}

function tickLabel(
	date: Date,
	granularity: Granularity,
	withYear: boolean,
	locale: Locale
): string {
	if (granularity === 'year') return formatYear(date);
	const isNewYear = date.getUTCMonth() === 0 && date.getUTCDate() === 1;
	if (isNewYear) return formatYear(date);
	if (granularity === 'month')
		return withYear ? formatMonthYear(date, locale) : formatMonth(date, locale);
	return withYear ? formatDayMonthYear(date, locale) : formatDayMonth(date, locale);
}

/**
 * `value` rounded to `digits` decimals, for CSS lengths written into the page: a mark placed to
 * 0.01 px looks the same as one placed to 1e-14 px, and weighs a dozen bytes less.
 */
export function roundTo(value: number, digits: number): number {
	return Number(value.toFixed(digits));
}
