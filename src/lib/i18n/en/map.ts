/**
 * The world map: its accessible name, zoom buttons, countries' names, the participants' key, the
 * legend and the country tooltip (English, the reference). Counts of counted things come from
 * `vocab.counting.things`, through `countingWords(scope, m).things(count)`.
 */
import type { CountingScopeWords } from './vocab';

const map = {
	/** WorldMap.svelte: the map's accessible name (checks look for a group named "World map…"). */
	label: 'World map of participation. Arrow keys move between countries; Enter opens one.',
	zoom: {
		label: 'Zoom the map',
		in: 'Zoom in on the map',
		out: 'Zoom out of the map',
		reset: 'Reset'
	},
	country: {
		/** A country's accessible name on a day: "France: 3 instruments" (`things` is counted). */
		day: (name: string, things: string) => `${name}: ${things}`,
		/**
		 * In a period view: "France: 3 instruments joined in the period", and ", already in one
		 * before it" when it joined nothing new but was already in something (`count` is the number
		 * `things` says, `scope` what is counted).
		 */
		period: (
			name: string,
			things: string,
			count: number,
			scope: CountingScopeWords,
			alreadyIn: boolean
		) => `${name}: ${things} joined in the period${alreadyIn ? ', already in one before it' : ''}`
	},
	/**
	 * The key to the outlines of the focused event's participants, around its short title:
	 * "{before}<em>title</em>{after}", then each outline's line and its words.
	 */
	roleKey: {
		before: 'Outlined, participants of ',
		after: ':',
		bound: 'signatory or party,',
		member: 'member of the convening body (attendance not verified),',
		meeting: 'host, chair or participant; others dimmed.'
	},
	/** MapLegend.svelte. */
	legend: {
		/** After what is counted: "Instruments joined per country". */
		perCountry: 'per country',
		/** After it, the filters in words: "; filtered: only Legislation". */
		filtered: (filters: string) => `; filtered: ${filters}`,
		colourKey: 'Colour key',
		/** A day's map: no counted thing. */
		none: 'None',
		/** A period's map: nothing joined in the period, nor before it. */
		nothing: 'Nothing',
		/** A period's map: nothing joined in the period, but already in something before it. */
		nothingNew: 'Nothing new; in one before',
		noData: 'No data',
		back: 'Back to a single day',
		how: 'How counted'
	}
};

export default map;
