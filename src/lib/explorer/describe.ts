/**
 * Words for the dataset's codes: how the UI names kinds, roles, places and event dates. One place,
 * so the timeline, map, panels, table and preview pages all say the same thing.
 */
import type {
	AtlasEvent,
	EventKind,
	Iso3,
	IsoDay,
	Participant,
	Place,
	Role
} from '$lib/data/types';
import { formatInWords, formatRangeInWords, lastDayOf, precisionOf } from '$lib/time/day';

const KIND_LABELS: Record<EventKind, string> = {
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
};

/** The English name of an event kind ("Multilateral MoU"). */
export function kindLabel(kind: EventKind): string {
	return KIND_LABELS[kind];
}

const ROLE_LABELS: Record<Role, { label: string; meaning: string }> = {
	signatory: { label: 'Signatory', meaning: 'signed the instrument' },
	party: { label: 'Party', meaning: 'bound by the instrument' },
	joined: { label: 'Joined later', meaning: 'became bound after it was adopted' },
	member: {
		label: 'Member',
		meaning: 'a member state of the convening body; attendance not verified'
	},
	host: { label: 'Host', meaning: 'hosted the meeting' },
	chair: { label: 'Chair', meaning: 'chaired the meeting' },
	participant: { label: 'Participant', meaning: 'took part in the meeting' }
};

/** The English name of a role ("Member"). */
export function roleLabel(role: Role): string {
	return ROLE_LABELS[role].label;
}

/** What a role means, for legends and tooltips. */
export function roleMeaning(role: Role): string {
	return ROLE_LABELS[role].meaning;
}

/** Every role in display order. */
export const ROLES = Object.keys(ROLE_LABELS) as Role[];

/**
 * An event's participants grouped by role, in the order of `ROLES`, each group sorted by country
 * name (`nameOf`); empty groups are left out.
 */
export function participantsByRole(
	participants: readonly Participant[],
	nameOf: (iso3: Iso3) => string
): { role: Role; participants: Participant[] }[] {
	return ROLES.map((role) => ({
		role,
		participants: participants
			.filter((p) => p.role === role)
			.sort((a, b) => nameOf(a.country).localeCompare(nameOf(b.country), 'en'))
	})).filter((group) => group.participants.length > 0);
}

/** An event's date in words and how precisely it is known. */
export function describeEventDate(event: Pick<AtlasEvent, 'date' | 'endDate'>): {
	text: string;
	precision: 'day' | 'month';
} {
	return {
		text: formatRangeInWords(event.date, event.endDate),
		precision: precisionOf(event.date)
	};
}

/**
 * The day the explorer moves to when an event is selected: its date, or the last day of its month
 * when only the month is known (the day its participation counts, by the participation rule).
 */
export function selectionDay(event: Pick<AtlasEvent, 'date'>): IsoDay {
	return lastDayOf(event.date);
}

/**
 * A place in words: "London, United Kingdom", "Online" or "Place not known". Country names come
 * from `nameOf` (`countryName` on the server, the page's shipped names in the browser).
 */
export function placeText(place: Place, nameOf: (iso3: Iso3) => string): string {
	switch (place.kind) {
		case 'city':
			return `${place.city}, ${nameOf(place.country)}`;
		case 'country':
			return nameOf(place.country);
		case 'virtual':
			return 'Online';
		case 'unknown':
			return 'Place not known';
	}
}

/** Filters that differ from "show everything", in words ("items on the ITU page only"), or ''. */
export function filterDescription(view: {
	kinds: ReadonlySet<EventKind>;
	seedOnly: boolean;
	minConfidence: 'low' | 'medium' | 'high';
}): string {
	const parts: string[] = [];
	const allKinds = Object.keys(KIND_LABELS) as EventKind[];
	if (view.kinds.size < allKinds.length) {
		const shown = allKinds.filter((kind) => view.kinds.has(kind)).map(kindLabel);
		parts.push(`only ${shown.join(', ')}`);
	}
	if (view.seedOnly) parts.push('items named on the ITU page only');
	if (view.minConfidence !== 'low') parts.push(`${view.minConfidence} confidence or better`);
	return parts.join('; ');
}

/**
 * When a country's part in an event took effect, as precisely as the sources know it: its `since`
 * ("February 2005", "1 May 2004"), else the event's own date or range ("8–9 September 2004",
 * "July 2004"). Never the counting day that a month-only date is counted from.
 */
export function describeCommitmentDate(
	event: Pick<AtlasEvent, 'date' | 'endDate'>,
	participant: Pick<Participant, 'since'>
): string {
	return participant.since
		? formatInWords(participant.since)
		: formatRangeInWords(event.date, event.endDate);
}

/** What the map counts, in words, from the view's counting switches. */
export interface CountingWords {
	/** The legend's short label: "Instruments joined". */
	short: string;
	/** The full definition, for the legend's "How counted" and the table. */
	long: string;
	/** One counted thing: "instrument" or "commitment". */
	noun: string;
	/** What a counted country is in, after "N countries in": "at least one instrument signed or joined". */
	what: string;
}

/**
 * The one definition of what the map, the headline, the tooltips, the table and the country pages
 * count: instruments a country signed, is party to or joined; optionally also as a member state
 * of the convening body; optionally also meetings. Hosting or chairing never counts as joining.
 */
export function countingWords(scope: { members: boolean; meetings: boolean }): CountingWords {
	const instruments = 'instruments (agreements, MoUs, declarations, laws, campaigns, initiatives)';
	const members = scope.members
		? ', or belongs to as a member state of the body that adopted them (attendance not verified)'
		: '';
	const meetings = scope.meetings ? '; and meetings it attended, hosted or chaired' : '';
	return {
		short: `Instruments joined${scope.members ? ' or through membership' : ''}${scope.meetings ? ', and meetings' : ''}`,
		long: `Counted per country: ${instruments} it signed, is party to or joined${members}${meetings}. Hosting or chairing the meeting that adopted an instrument is not joining it; an instrument with several dated milestones counts once.`,
		noun: scope.meetings ? 'commitment' : 'instrument',
		what: `at least one instrument signed or joined${scope.members ? ' (or through membership)' : ''}${scope.meetings ? ' or one meeting' : ''}`
	};
}
