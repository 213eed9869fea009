import { plural } from '../plural';
import { formatNumber } from '../format';

/** Messages for the notice about what a link asked for that could not be used (Notice.svelte and viewState.ts), loaded with it (English). */
const notice = {
	/** Bold, then `rest`: "Part of this link could not be used, so the explorer shows …:". */
	title: 'Part of this link could not be used',
	rest: ', so the explorer shows the default instead:',
	dismiss: 'Dismiss',
	/**
	 * Why a parameter was ignored. `param` is the parameter's name and `value` its text as the
	 * link has them (cut to 40 characters); dates are already in words.
	 */
	reasons: {
		/** "foo is not a setting of this page". */
		unknown: (param: string) => `${param} is not a setting of this page`,
		/** "date is repeated; the first value is used". */
		repeated: (param: string) => `${param} is repeated; the first value is used`,
		/** "date is empty". */
		empty: (param: string) => `${param} is empty`,
		/** An on/off switch: "meetings should be 1, not yes". */
		flag: (param: string, value: string) => `${param} should be 1, not ${value}`,
		/** "date 2002-12-31 is not a day between 1 January 2003 and 31 December 2006". */
		day: (param: string, value: string, start: string, end: string) =>
			`${param} ${value} is not a day between ${start} and ${end}`,
		country: (value: string) => `country ${value} is not a known country code`,
		event: (value: string) => `event ${value} is not a known event`,
		/** One item of the `kinds` list. */
		kind: (value: string) => `kind ${value} is not a known kind of event`,
		/** The whole `kinds` list. */
		kinds: (value: string) => `kinds ${value} names no known kind of event`,
		confidence: (value: string) => `confidence ${value} is not low, medium or high`,
		view: (value: string) => `view ${value} is not map or table`,
		/** "from 2006-02-01 is after date 2005-01-01; showing a single day" (the days as written). */
		fromAfterDate: (from: string, date: string) =>
			`from ${from} is after date ${date}; showing a single day`,
		/** The last line of a long list: "80 more were ignored". */
		more: (count: number) =>
			plural('en', count, {
				one: `${formatNumber('en', count)} more was ignored`,
				other: `${formatNumber('en', count)} more were ignored`
			})
	}
};

export default notice;
