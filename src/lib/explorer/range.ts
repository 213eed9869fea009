/**
 * The period view: its presets (each year, the whole period), the rule that keeps its start on or
 * before its end, and its one-sentence summary. Pure, so the visible line, the announcement and the
 * tests agree.
 */
import type { CountingScope, RangeSummary } from '$lib/data/participationIndex';
import type { IsoDay } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locales';
import type { Messages } from '$lib/i18n/messages';
import { PERIOD_END, PERIOD_START, formatInWords, formatRangeInWords } from '$lib/time/day';

/** A choice of period: one day, a calendar year of the atlas, the whole period, or another range. */
export type PeriodChoice = 'day' | '2003' | '2004' | '2005' | '2006' | 'all' | 'custom';

/** A choice a reader can pick from the menu. */
export type PeriodPreset = Exclude<PeriodChoice, 'custom'>;

/** The presets a reader can pick, in menu order. */
export const PERIOD_PRESETS: readonly PeriodPreset[] = [
	'day',
	'2003',
	'2004',
	'2005',
	'2006',
	'all'
];

/** A preset's label in the menu: "A single day", "2005", "All". */
export function presetLabel(choice: PeriodPreset, m: Messages): string {
	return choice === 'day' || choice === 'all' ? m.explorer.period.presets[choice] : choice;
}

/** The presets in menu order with their labels, in the language of `m`. */
export function periodPresets(m: Messages): { choice: PeriodPreset; label: string }[] {
	return PERIOD_PRESETS.map((choice) => ({ choice, label: presetLabel(choice, m) }));
}

/** The days a preset shows; `day` keeps the end date and drops the start. */
export function presetRange(
	choice: PeriodPreset,
	date: IsoDay
): { from: IsoDay | null; date: IsoDay } {
	if (choice === 'day') return { from: null, date };
	if (choice === 'all') return { from: PERIOD_START, date: PERIOD_END };
	return { from: `${choice}-01-01`, date: `${choice}-12-31` };
}

/** Which preset a view shows (`custom` for any other period). */
export function periodChoiceOf(from: IsoDay | null, date: IsoDay): PeriodChoice {
	if (from === null) return 'day';
	if (from === PERIOD_START && date === PERIOD_END) return 'all';
	const year = from.slice(0, 4);
	if (from === `${year}-01-01` && date === `${year}-12-31`) return year as PeriodChoice;
	return 'custom';
}

/**
 * Where a moved end of a period may go: the start never passes the end, nor the end the start
 * (each stops at the other: a one-day period). Outside a period view, any day.
 */
export function constrainMove(
	end: 'from' | 'date',
	day: IsoDay,
	range: { from: IsoDay | null; date: IsoDay }
): IsoDay {
	if (range.from === null) return day;
	if (end === 'from') return day > range.date ? range.date : day;
	return day < range.from ? range.from : day;
}

/**
 * "between 1 January 2005 and 31 December 2005", or "on 3 May 2005" for a one-day period, in the
 * language of `m` and `locale`.
 */
export function periodInWords(from: IsoDay, to: IsoDay, m: Messages, locale: Locale): string {
	const words = m.explorer.period;
	return from === to
		? words.onDay(formatInWords(from, locale))
		: words.between(formatInWords(from, locale), formatInWords(to, locale));
}

/** What the summary of a period says, in parts (for styling) and as one sentence (for announcing). */
export interface PeriodSummary {
	/** The period as a heading: "1 January – 31 December 2005". */
	heading: string;
	/** Who joined what: "12 countries joined at least one of 5 instruments". */
	joined: string;
	/** "14 events in the period". */
	events: string;
	/** What joined and the events, as the line under the heading. */
	line: string;
	sentence: string;
}

/**
 * Summarises the period `[from, to]` from its numbers (`ParticipationIndex.rangeSummary`) in the
 * words of the counting scope, in the language of `m` and `locale`: exactly what the numbers say,
 * so a reader may quote it.
 */
export function summarizePeriod(
	from: IsoDay,
	to: IsoDay,
	numbers: RangeSummary,
	scope: CountingScope,
	m: Messages,
	locale: Locale
): PeriodSummary {
	const words = m.explorer.period;
	const counting = { members: scope.includeMembers, meetings: scope.includeMeetings };
	const { countries, instruments } = numbers;
	let joined: string;
	if (countries === 0) joined = words.joinedNone(counting);
	else if (countries === 1 || instruments === 1)
		// One country joined every one of them, or every country joined the one.
		joined = words.joinedCount(countries, instruments, counting);
	else joined = words.joinedSome(countries, instruments, counting);
	const events = words.events(numbers.events);
	const heading = formatRangeInWords(from, to, locale);
	const line = words.line(joined, events);
	return { heading, joined, events, line, sentence: m.explorer.summary.sentence(heading, line) };
}
