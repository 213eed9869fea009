/**
 * The explorer page's words: its frame (title, view switch, help), the country finder, the share
 * button, the filters, the table, the day's and the period's summaries, and the notice about what a
 * link asked for that could not be used.
 */
import { formatNumber } from '../format';
import { plural } from '../plural';
import type { CountingScopeWords } from './vocab';

const explorer = {
	/** Explorer.svelte embedded in another site (`/embed`): its link to the whole atlas. */
	embed: {
		open: 'Open in the Anti-Spam Cooperation Atlas',
		newTab: '(opens in a new tab)'
	},
	/** Explorer.svelte. */
	page: {
		title: 'Who joined the fight against spam, day by day',
		/** The map/table switch's group name. */
		showAs: 'Show as',
		map: 'Map',
		table: 'Table',
		/** The side column's landmark name. */
		details: 'Details',
		/** The help's summary line; its points load when it opens (the `help` namespace). */
		help: 'How to use'
	},
	/** CountryFinder.svelte. */
	finder: {
		/**
		 * The list's accessible name, shown also as its empty choice: one short word (no ellipsis),
		 * which shows whole in a 360 px phone's toolbar.
		 */
		label: 'Country'
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
	}
};

export default explorer;
