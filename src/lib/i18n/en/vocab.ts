/**
 * Words for the dataset's codes (kinds, roles, places) and the one definition of what the map
 * counts: shared by the timeline, map, panels, table and pages, so they all say the same thing.
 */
import type { EventKind, Role } from '$lib/data/types';
import { plural } from '../plural';

/** What the map counts, by the view's counting switches. */
export interface CountingScopeWords {
	members: boolean;
	meetings: boolean;
}

const vocab = {
	kinds: {
		legislation: 'Legislation',
		initiative: 'Initiative',
		'bilateral-mou': 'Bilateral MoU',
		'multilateral-mou': 'Multilateral MoU',
		'industry-mou': 'Industry MoU',
		declaration: 'Declaration',
		'joint-statement': 'Joint statement',
		'enforcement-campaign': 'Enforcement campaign',
		conference: 'Conference',
		workshop: 'Workshop',
		symposium: 'Symposium',
		'virtual-conference': 'Virtual conference',
		assembly: 'Assembly',
		summit: 'Summit',
		consultation: 'Public consultation',
		report: 'Report'
	} satisfies Record<EventKind, string> as Record<EventKind, string>,
	roles: {
		signatory: 'Signatory',
		party: 'Party',
		joined: 'Joined later',
		member: 'Member',
		host: 'Host',
		chair: 'Chair',
		participant: 'Participant'
	} satisfies Record<Role, string> as Record<Role, string>,
	/** What a company, association or person named with its country is. */
	nonState: { company: 'company', association: 'association', person: 'person' },
	place: {
		/** "London, United Kingdom". */
		city: (city: string, country: string) => `${city}, ${country}`,
		virtual: 'Online',
		unknown: 'Place not known'
	},
	filters: {
		/** "only Legislation, Conference" (the kinds shown, already listed). */
		onlyKinds: (kinds: string) => `only ${kinds}`,
		seedOnly: 'items named on the ITU page only',
		confidence: { medium: 'medium confidence or better', high: 'high confidence or better' },
		separator: '; '
	},
	counting: {
		/** The legend's short label: "Instruments joined". */
		short: ({ members, meetings }: CountingScopeWords) =>
			`Instruments joined${members ? ' or through membership' : ''}${meetings ? ', and meetings' : ''}`,
		/** `count` counted things: "1 instrument", "3 commitments". */
		things: ({ meetings }: CountingScopeWords, count: number) =>
			plural('en', count, {
				one: `${count} ${meetings ? 'commitment' : 'instrument'}`,
				other: `${count} ${meetings ? 'commitments' : 'instruments'}`
			}),
		/** The table's column heading for the counted things. */
		column: ({ meetings }: CountingScopeWords): string =>
			meetings ? 'Commitments' : 'Instruments',
		/** What a counted country is in, after "N countries in". */
		what: ({ members, meetings }: CountingScopeWords) =>
			`at least one instrument signed or joined${members ? ' (or through membership)' : ''}${meetings ? ' or one meeting' : ''}`
	}
};

export default vocab;
