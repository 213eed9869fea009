/**
 * The About page: what the atlas is, how participation is counted, the member lists of the
 * convening bodies, what changed, known doubts, context items and every event with its sources.
 * Paragraphs with links or code come in parts, in reading order, around the linked words.
 */
import type { ConveningBody } from '$lib/data/memberships';
import type { Confidence, IsoDay, IsoMonth } from '$lib/data/types';
import { formatInWords } from '$lib/time/day';
import { formatNumber } from '../format';
import { plural } from '../plural';

/** "1 event", "46 events". */
const events = (count: number) => {
	const n = formatNumber('en', count);
	return plural('en', count, { one: `${n} event`, other: `${n} events` });
};

/** "1 event is", "18 events are". */
const eventsAre = (count: number) => {
	const n = formatNumber('en', count);
	return plural('en', count, { one: `${n} event is`, other: `${n} events are` });
};

const about = {
	/** The page's heading, and its title before the site's name. */
	title: 'About the data',
	/** The page's description for search results, with the number of events. */
	description: (count: number) =>
		`Sources, method and known doubts behind the Anti-Spam Cooperation Atlas: ${events(count)} of international cooperation against spam, 2003–2006.`,
	intro: {
		/** The opening, up to the link to the ITU page: "The atlas holds 46 events: … the ITU page". */
		start: (count: number) =>
			`The atlas holds ${events(count)}: the agreements, memoranda of understanding, declarations, laws, campaigns, initiatives and meetings through which countries cooperated against spam between 2003 and 2006. Its starting point is the ITU page`,
		/** The ITU page's title, quoted: the link's text. */
		link: '“International cooperation on countering spam”',
		/** Right after the link. */
		end: "; every date, place and participant was then checked against the sources listed with each event. Where the sources correct the ITU page, the atlas follows the sources and says so in the event's notes."
	},
	download: {
		heading: 'Download',
		/** Before the link to events.json. */
		lead: 'The whole dataset, with every source:',
		/** Between the links to events.json and events.csv. */
		json: '(one record per event) and',
		/** After the link to events.csv, up to the day format. */
		csv: '(one row per event and participant, for spreadsheets). Dates are',
		/** How a day is written (in a code element). */
		dayFormat: 'YYYY-MM-DD',
		/** Between the two formats. */
		or: ', or',
		/** How a month is written (in a code element). */
		monthFormat: 'YYYY-MM',
		/** After the month format. */
		end: 'where only the month is known; countries are ISO 3166-1 alpha-3 codes.'
	},
	counting: {
		heading: 'How participation is counted',
		text: "On a given day, a country counts an instrument when it is named as taking part and its participation had begun: the day it joined when that was later than the event (the ten states that joined the EU on 1 May 2004, for instance), else the event's date. A date known only to the month takes effect on the last day of that month. Meetings count only when the map's meetings switch is on. Organisations without a country (the European Commission, the OECD, companies) are listed with their events but not mapped, and participants the sources do not name are never guessed."
	},
	members: {
		heading: 'Member states of the convening bodies',
		text: "Where an instrument or meeting came from a body's member states (the EU, the OECD, ASEAN, ASEM), the atlas lists as members the states that belonged to the body on the event's date, from one dated list per body. These are the lists, with the date each state joined and where it comes from.",
		/** Each body's name. */
		bodies: {
			EU: 'European Union',
			OECD: 'OECD',
			ASEAN: 'ASEAN',
			ASEM: 'ASEM'
		} satisfies Record<ConveningBody, string> as Record<ConveningBody, string>,
		/** A body's folded list: "European Union: 27 member states". */
		summary: (body: string, count: number) => {
			const n = formatNumber('en', count);
			return `${body}: ${plural('en', count, { one: `${n} member state`, other: `${n} member states` })}`;
		},
		/** When a state joined: "from 1 May 2004", "from January 1984". */
		from: (joined: IsoDay | IsoMonth) => `from ${formatInWords(joined, 'en')}`,
		/** Between the date a state joined and the note about it. */
		separator: ', ',
		sources: 'Sources:'
	},
	changes: {
		heading: 'What changed',
		text: 'Corrections to the dataset since it was first published, newest first.',
		/** Right after the corrected event's title. */
		afterEvent: ':',
		/** Before the link to the source that settled a change. */
		source: '(source:',
		/** Right after that link. */
		sourceEnd: ')'
	},
	doubts: {
		heading: 'Known doubts',
		/** How many events are below high confidence, and how they show. */
		text: (count: number) =>
			`${eventsAre(count)} of medium or low confidence. Low-confidence events look different on the timeline (a dashed outline) and their notes say why.`,
		/** An event's confidence, after its date: "medium confidence". */
		confidence: {
			low: 'low confidence',
			medium: 'medium confidence',
			high: 'high confidence'
		} satisfies Record<Confidence, string> as Record<Confidence, string>
	},
	context: {
		heading: 'Context items',
		/** How many events the ITU page does not name; `filter` is the explorer's filter that hides them. */
		text: (count: number, filter: string) =>
			`${eventsAre(count)} not named on the ITU page but give context to those that are; the explorer's filter “${filter}” hides them.`,
		/** An item: "World Summit on the Information Society, Tunis phase (16–18 November 2005)". */
		item: (title: string, date: string) => `${title} (${date})`
	},
	events: {
		/** The heading of the list of every event (the 404 page links to it: /about#events). */
		heading: 'Every event and its sources'
	},
	/** Between an event's date and its kind or confidence. */
	metaSeparator: ' · '
};

export default about;
