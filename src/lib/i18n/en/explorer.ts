/**
 * The explorer page's words: its frame (title, view switch, help), the country finder, the share
 * button, the filters, the table, the day's and the period's summaries, and the notice about what a
 * link asked for that could not be used.
 */
import { formatNumber } from '../format';
import { plural } from '../plural';
import type { CountingScopeWords } from './vocab';

const explorer = {
	/** Explorer.svelte. */
	page: {
		title: 'Who joined the fight against spam, day by day',
		/** The map/table switch's group name. */
		showAs: 'Show as',
		map: 'Map',
		table: 'Table',
		/** The side column's landmark name. */
		details: 'Details',
		help: {
			title: 'How to use',
			/** `play` is the play button's label (timeline.toolbar.play). */
			drag: (play: string) => `Drag the orange cursor, click the axis, or press ${play}.`,
			slider:
				'Date slider: arrows move a day, Page Up/Down a month, Home/End to the ends, Shift+arrows to the previous or next event.',
			keys: 'Tab to the events or the map; arrows move, Enter opens one.'
		}
	},
	/** CountryFinder.svelte. */
	finder: {
		/** The list's accessible name. */
		label: 'Country',
		/** The empty choice. */
		placeholder: 'Find a country…'
	},
	/** ShareButton.svelte. */
	share: {
		button: 'Share',
		/** The button's accessible name. */
		label: 'Share this view',
		shared: 'Shared.',
		copied: 'Link copied to the clipboard.',
		/** When neither sharing nor copying worked: "Copy this link: https://…". */
		copyThis: (url: string) => `Copy this link: ${url}`
	},
	/** Filters.svelte. */
	filters: {
		title: 'Filters and counting',
		agreements: 'Agreements',
		meetings: 'Meetings',
		counting: 'Counting and sources',
		countMembers:
			'Also count membership of the body that adopted an instrument (attendance not verified)',
		countMeetings: 'Also count meetings attended, hosted or chaired',
		seedOnly: 'Only items named on the ITU page',
		confidence: 'Least confidence shown',
		confidenceLevels: { low: 'Low (show everything)', medium: 'Medium', high: 'High' }
	},
	/** CountryTable.svelte. */
	table: {
		/**
		 * The caption: "Instruments per country on 27 April 2005, sorted by count, highest first";
		 * `column` is the counted things' heading, `when` is `onDay` or `joinedIn`.
		 */
		caption: (column: string, when: string, byName: boolean) =>
			`${column} per country ${when}, sorted by ${byName ? 'country name' : 'count, highest first'}`,
		/** "on 27 April 2005" (the date already in words). */
		onDay: (date: string) => `on ${date}`,
		/** "joined between 1 January 2005 and 31 December 2005" (the period from `periodInWords`). */
		joinedIn: (period: string) => `joined ${period}`,
		country: 'Country',
		/** The third column's heading on one day, and in a period. */
		hadJoined: 'What it had joined',
		joined: 'What it joined',
		/** After an instrument's title: "(Signatory, 27 April 2005)". */
		role: (role: string, date: string) => `(${role}, ${date})`,
		nothing: '—'
	},
	/** The day's summary (summary.ts): "27 April 2005: 12 countries in …; latest: …." */
	summary: {
		/** "1 country in at least one instrument signed or joined" (`what` from the counting words). */
		countries: (count: number, what: string) =>
			plural('en', count, {
				one: `${formatNumber('en', count)} country in ${what}`,
				other: `${formatNumber('en', count)} countries in ${what}`
			}),
		/** No country counted yet: "no country yet in any instrument signed or joined". */
		none: ({ members, meetings }: CountingScopeWords) =>
			`no country yet in any instrument signed or joined${members ? ' (or through membership)' : ''}${meetings ? ' or one meeting' : ''}`,
		/** After the countries: "; latest: Seoul–Melbourne MoU". */
		latest: (title: string) => `; latest: ${title}`,
		/** The whole summary, day's or period's, as one sentence: "27 April 2005: …." */
		sentence: (heading: string, line: string) => `${heading}: ${line}.`
	},
	/** The period view (range.ts). */
	period: {
		/** The presets' labels (the years are their own labels). */
		presets: { day: 'A single day', all: 'All' },
		/** A one-day period: "on 3 May 2005" (the day already in words). */
		onDay: (day: string) => `on ${day}`,
		/** "between 1 January 2005 and 31 December 2005" (the days already in words). */
		between: (from: string, to: string) => `between ${from} and ${to}`,
		/** No country joined anything in the period: "no country joined any instrument". */
		joinedNone: ({ members, meetings }: CountingScopeWords) =>
			`no country joined any ${meetings ? 'instrument or meeting' : 'instrument'}${members ? ' (membership counted)' : ''}`,
		/**
		 * One country joined every one of them, or every country joined the one: "1 country joined
		 * 3 instruments", "7 countries joined 1 instrument".
		 */
		joinedCount: (countries: number, instruments: number, scope: CountingScopeWords) =>
			`${plural('en', countries, {
				one: `${formatNumber('en', countries)} country`,
				other: `${formatNumber('en', countries)} countries`
			})} joined ${plural('en', instruments, {
				one: `${formatNumber('en', instruments)} ${scope.meetings ? 'instrument or meeting' : 'instrument'}`,
				other: `${formatNumber('en', instruments)} ${scope.meetings ? 'instruments or meetings' : 'instruments'}`
			})}${scope.members ? ' (membership counted)' : ''}`,
		/** Several countries, several instruments: "12 countries joined at least one of 5 instruments". */
		joinedSome: (countries: number, instruments: number, scope: CountingScopeWords) =>
			`${formatNumber('en', countries)} countries joined at least one of ${formatNumber('en', instruments)} ${scope.meetings ? 'instruments or meetings' : 'instruments'}${scope.members ? ' (membership counted)' : ''}`,
		/** "14 events in the period". */
		events: (count: number) =>
			plural('en', count, {
				one: `${formatNumber('en', count)} event in the period`,
				other: `${formatNumber('en', count)} events in the period`
			}),
		/** Who joined, then the events: "12 countries joined …; 14 events in the period". */
		line: (joined: string, events: string) => `${joined}; ${events}`
	},
	/** Notice.svelte: what a link asked for that could not be used, and why. */
	notice: {
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
			more: (count: number) => `${formatNumber('en', count)} more were ignored`
		}
	}
};

export default explorer;
