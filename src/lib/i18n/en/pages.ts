/**
 * The event and country pages (documents without JavaScript), their frame and the descriptions and
 * image texts their link previews carry.
 */
import type { Confidence, DatePrecision } from '$lib/data/types';
import { plural } from '../plural';

const pages = {
	/** The explorer's head (description, preview image), rendered on the server. */
	home: {
		description:
			'A timeline and world map of how regulators, governments and industry cooperated against spam between 2003 and 2006: every agreement, signing and meeting, day by day, with sources.',
		imageAlt:
			'World map of the countries in instruments against spam at the end of 2006, shaded by how many.'
	},
	/** NotFound.svelte: the 404 page. */
	notFound: {
		title: 'Page not found',
		text: 'There is no page at this address. The link may be mistyped, or the page may have moved.',
		explorer: 'Open the explorer',
		explorerMore: ': the map and timeline of 2003–2006.',
		events: 'Every event and its sources',
		eventsMore: ', on one page.'
	},
	/** +error.svelte: any other error. */
	error: {
		title: 'Something went wrong',
		text: (status: number) => `The page could not be shown (error ${status}).`,
		back: 'Back to the explorer'
	},
	/** The frame both pages share (`PageArticle.svelte`). */
	article: {
		explore: 'Open in the explorer'
	},
	/** Shared by both pages. */
	common: {
		/** A confidence level, as the pages name it ("low"). */
		confidence: { low: 'low', medium: 'medium', high: 'high' } satisfies Record<
			Confidence,
			string
		> as Record<Confidence, string>,
		/** Between a date and what happened on it: "27 April 2005: Adopted". */
		colon: ': ',
		lowConfidence: 'low confidence'
	},
	/** An event's page. */
	event: {
		/** The preview image's description: "World map of the 10 economies named in “…”, coloured by role." */
		imageAlt: (economies: number, title: string) =>
			plural('en', economies, {
				one: `World map of the ${economies} economy named in “${title}”, coloured by role.`,
				other: `World map of the ${economies} economies named in “${title}”, coloured by role.`
			}),
		/** What the explorer link opens: "The map on 27 April 2005, with this event selected." */
		explorerNote: (day: string) => `The map on ${day}, with this event selected.`,
		/** The start of the description for search results: "Multilateral MoU, 27 April 2005, Seoul, South Korea." */
		descriptionLead: (kind: string, date: string, place: string | null) =>
			place === null ? `${kind}, ${date}.` : `${kind}, ${date}, ${place}.`,
		facts: { date: 'Date', kind: 'Kind', place: 'Place', confidence: 'Confidence' },
		/** Said after a month-only date, in parentheses. */
		monthOnly: 'only the month is known',
		/** Said of an event the ITU page does not name. */
		notInSeed: 'not on the ITU page (context)',
		participants: 'Participants',
		noCountry: 'No country is named as a participant.',
		/** "10 economies named." */
		economiesNamed: (count: number) =>
			plural('en', count, {
				one: `${count} economy named.`,
				other: `${count} economies named.`
			}),
		/**
		 * When a country's part took effect, said in parentheses: "from 1 May 2004", "from May 2004"
		 * (`date` in words; `precision` for languages that say a day and a month differently).
		 */
		since: ({ date }: { date: string; precision: DatePrecision }) => `from ${date}`,
		organisations: 'Organisations, companies and people (not mapped)',
		organisers: 'Organisers',
		takingPart: 'Taking part',
		keyDates: 'Key dates',
		notes: 'Confidence and notes',
		/** Before the confidence level: "Confidence: high." */
		confidenceIs: 'Confidence:',
		sources: 'Sources',
		related: 'Related events'
	},
	/** A country's page. */
	country: {
		label: 'Country',
		/** The preview image's description. */
		imageAlt: (name: string, partners: number) =>
			plural('en', partners, {
				one: `World map with ${name} highlighted and the ${partners} country it shares events with shaded.`,
				other: `World map with ${name} highlighted and the ${partners} countries it shares events with shaded.`
			}),
		/** What the explorer link opens: "The map on 31 December 2006, with South Korea selected." */
		explorerNote: (day: string, name: string, meetings: boolean) =>
			`The map on ${day}, with ${name} selected${meetings ? ' and meetings counted' : ''}.`,
		/**
		 * The page's lead: "Between 2003 and 2006, South Korea signed or joined 3 instruments against
		 * spam (…), was in 2 more instruments as a member state of the body that adopted it, and took
		 * part in 4 meetings." (the membership clause only when `memberships` > 0).
		 */
		lead: (name: string, instruments: number, memberships: number, meetings: number) =>
			`Between 2003 and 2006, ${name} signed or joined ${plural('en', instruments, {
				one: `${instruments} instrument`,
				other: `${instruments} instruments`
			})} against spam (agreements, declarations, laws, campaigns and initiatives)${
				memberships > 0
					? `, was in ${plural('en', memberships, {
							one: `${memberships} more instrument`,
							other: `${memberships} more instruments`
						})} as a member state of the body that adopted it,`
					: ''
			} and took part in ${plural('en', meetings, {
				one: `${meetings} meeting`,
				other: `${meetings} meetings`
			})}.`,
		/** The description for search results and link previews. */
		description: (name: string, instruments: number, meetings: number) =>
			`${name} in international cooperation against spam, 2003–2006: ${plural('en', instruments, {
				one: `${instruments} instrument`,
				other: `${instruments} instruments`
			})} signed or joined and ${plural('en', meetings, {
				one: `${meetings} meeting`,
				other: `${meetings} meetings`
			})}, with dates, roles, agencies and sources.`,
		story: '2003–2006, event by event',
		/** When the country has no event. */
		none: (name: string) => `No event in the atlas names ${name} as a participant.`,
		/** Said of an entry that does not count as joining the instrument. */
		notCounted: 'not counted as joining',
		/** Events held in the country that do not name it. */
		heldIn: (name: string) => `Also held in ${name}`,
		partners: 'Shares events with'
	}
};

export default pages;
