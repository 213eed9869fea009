/** The explorer's detail panels: the frame (`Sheet`), an event's panel and a country's panel. */
import type { Confidence, DatePrecision, Role } from '$lib/data/types';
import { plural } from '../plural';

const panels = {
	/** What each role means (panels, event pages and the About page). */
	roleMeanings: {
		signatory: 'signed the instrument',
		party: 'bound by the instrument',
		joined: 'became bound after it was adopted',
		member: 'a member state of the convening body; attendance not verified',
		host: 'hosted the meeting',
		chair: 'chaired the meeting',
		participant: 'took part in the meeting'
	} satisfies Record<Role, string> as Record<Role, string>,
	/** The frame of a panel (`Sheet.svelte`). */
	sheet: {
		/** The accessible name of the trail back to the panel beneath. */
		trail: 'Panel trail',
		/** Said (not shown) before the name of the panel the trail goes back to. */
		backTo: 'Back to ',
		fullPage: 'Full page'
	},
	/** An event's panel. */
	event: {
		eyebrow: 'Event',
		close: 'Close event details',
		/** Said after a month-only date, in parentheses. */
		monthOnly: 'only the month is known',
		/** Before the confidence level: "Confidence: high". */
		confidenceIs: 'Confidence:',
		/** A confidence level, as the panel names it ("low"). */
		confidence: { low: 'low', medium: 'medium', high: 'high' } satisfies Record<
			Confidence,
			string
		> as Record<Confidence, string>,
		/** Said of an event the ITU page does not name. */
		notInSeed: 'not on the ITU page (context)',
		loading: 'Loading the summary and sources…',
		loadFailed: 'The summary and sources could not be loaded. Open the event again to retry.',
		/** The button that moves the map to the event's day: "Show the map on 27 April 2005". */
		showMap: (day: string) => `Show the map on ${day}`,
		participants: 'Participants',
		noCountry: 'No country is named as a participant.',
		/**
		 * When a country's part took effect, said in parentheses: "from 1 May 2004", "from May 2004"
		 * (`date` in words; `precision` for languages that say a day and a month differently).
		 */
		since: ({ date }: { date: string; precision: DatePrecision }) => `from ${date}`,
		organisations: 'Organisations, companies and people (not mapped)',
		keyDates: 'Key dates',
		/** Between a date and what happened on it: "27 April 2005: Adopted". */
		colon: ': ',
		notes: 'Notes',
		sources: 'Sources',
		related: 'Related events'
	},
	/** A country's panel. */
	country: {
		eyebrow: 'Country',
		close: 'Close country details',
		/** After "3 instruments" on the day shown: "on 27 April 2005". */
		onDay: (day: string) => `on ${day}`,
		/**
		 * After "3 instruments" in a period view (`count` of them): "joined between 1 January 2005 and
		 * 31 December 2005", or "joined on 3 May 2005" for a one-day period.
		 */
		joinedIn: ({ from, to }: { count: number; from: string; to: string }) =>
			from === to ? `joined on ${from}` : `joined between ${from} and ${to}`,
		/** The end of the line: "; 12 events in 2003–2006 (with the current filters)." */
		events: (count: number) =>
			plural('en', count, {
				one: `; ${count} event in 2003–2006 (with the current filters).`,
				other: `; ${count} events in 2003–2006 (with the current filters).`
			}),
		none: 'No event in the dataset names this country under the current filters.',
		lowConfidence: 'low confidence',
		/** Said of an entry that does not count on the map. */
		notCounted: 'not counted on the map'
	}
};

export default panels;
