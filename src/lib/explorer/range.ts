/**
 * The period view: its presets (each year, the whole period), the rule that keeps its start on or
 * before its end, and its one-sentence summary. Pure, so the visible line, the announcement and the
 * tests agree.
 */
import type { CountingScope, RangeSummary } from '$lib/data/participationIndex';
import type { IsoDay } from '$lib/data/types';
import { PERIOD_END, PERIOD_START, formatInWords, formatRangeInWords } from '$lib/time/day';

/** A choice of period: one day, a calendar year of the atlas, the whole period, or another range. */
export type PeriodChoice = 'day' | '2003' | '2004' | '2005' | '2006' | 'all' | 'custom';

/** The presets a reader can pick, in menu order, with their labels. */
export const PERIOD_PRESETS: readonly { choice: Exclude<PeriodChoice, 'custom'>; label: string }[] =
	[
		{ choice: 'day', label: 'A single day' },
		{ choice: '2003', label: '2003' },
		{ choice: '2004', label: '2004' },
		{ choice: '2005', label: '2005' },
		{ choice: '2006', label: '2006' },
		{ choice: 'all', label: 'All' }
	];

/** The days a preset shows; `day` keeps the end date and drops the start. */
export function presetRange(
	choice: Exclude<PeriodChoice, 'custom'>,
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

/** "between 1 January 2005 and 31 December 2005", or "on 3 May 2005" for a one-day period. */
export function periodInWords(from: IsoDay, to: IsoDay): string {
	return from === to
		? `on ${formatInWords(from)}`
		: `between ${formatInWords(from)} and ${formatInWords(to)}`;
}

/** What the summary of a period says, in parts (for styling) and as one sentence (for announcing). */
export interface PeriodSummary {
	/** The period as a heading: "1 January – 31 December 2005". */
	heading: string;
	/** Who joined what: "12 countries joined at least one of 5 instruments". */
	joined: string;
	/** "14 events in the period". */
	events: string;
	sentence: string;
}

const countryCount = (count: number) => `${count} ${count === 1 ? 'country' : 'countries'}`;

/**
 * Summarises the period `[from, to]` from its numbers (`ParticipationIndex.rangeSummary`) in the
 * words of the counting scope: exactly what the numbers say, so a reader may quote it.
 */
export function summarizePeriod(
	from: IsoDay,
	to: IsoDay,
	numbers: RangeSummary,
	scope: CountingScope
): PeriodSummary {
	const noun = scope.includeMeetings ? 'instrument or meeting' : 'instrument';
	const nouns = scope.includeMeetings ? 'instruments or meetings' : 'instruments';
	const through = scope.includeMembers ? ' (membership counted)' : '';
	const { countries, instruments } = numbers;
	let joined: string;
	if (countries === 0) joined = `no country joined any ${noun}${through}`;
	else if (countries === 1 || instruments === 1)
		// One country joined every one of them, or every country joined the one.
		joined = `${countryCount(countries)} joined ${instruments === 1 ? `1 ${noun}` : `${instruments} ${nouns}`}${through}`;
	else joined = `${countries} countries joined at least one of ${instruments} ${nouns}${through}`;
	const events = `${numbers.events} ${numbers.events === 1 ? 'event' : 'events'} in the period`;
	const heading = formatRangeInWords(from, to);
	return {
		heading,
		joined,
		events,
		sentence: `${heading}: ${joined}; ${events}.`
	};
}
