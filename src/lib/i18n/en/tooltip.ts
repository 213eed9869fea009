/**
 * The world map: its accessible name, zoom buttons, countries' names, the participants' key, the
 * legend and the country tooltip (English, the reference). Counts of counted things come from
 * `vocab.counting.things`, through `countingWords(scope, m).things(count)`.
 */
import { formatNumber } from '../format';
import type { CountingScopeWords } from './vocab';

/** One counted thing, as the counting scope names it. */
const noun = ({ meetings }: CountingScopeWords) => (meetings ? 'commitment' : 'instrument');

/** The map's tooltip (English), loaded with it on the first hover, focus or tap. */
const tooltip = {
	/** "3 instruments on 27 April 2005" (`things` counted, `day` in words). */
	onDay: (things: string, day: string) => `${things} on ${day}`,
	/**
	 * "3 instruments joined between 1 January 2005 and 31 December 2005" (`period` from
	 * `periodInWords`; `count` and `scope` for the languages whose words agree with them).
	 */
	inPeriod: (things: string, count: number, scope: CountingScopeWords, period: string) =>
		`${things} joined ${period}`,
	/** A day's map, nothing counted yet. */
	nothingYet: (scope: CountingScopeWords) => `Not part of any counted ${noun(scope)} yet.`,
	/** A period's map, nothing joined within it but something before it. */
	nothingNew: (scope: CountingScopeWords) =>
		`Nothing new in this period; already part of at least one ${noun(scope)} before it.`,
	/** A period's map, nothing by its end. */
	nothingInPeriod: (scope: CountingScopeWords) =>
		`Not part of any counted ${noun(scope)} by the end of this period.`,
	/** After the first few: "and 4 more (open the country for all)". */
	more: (count: number) => `and ${formatNumber('en', count)} more (open the country for all)`
};

export default tooltip;
