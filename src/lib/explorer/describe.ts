/**
 * Words for the dataset's codes: how the UI names kinds, roles, places and event dates, from the
 * page's messages (`m`) and language. One place, so the timeline, map, panels, table and preview
 * pages all say the same thing.
 */
import {
	AGREEMENT_KINDS,
	MEETING_KINDS,
	ROLES as ROLE_CODES,
	type AtlasEvent,
	type EventKind,
	type Iso3,
	type IsoDay,
	type Participant,
	type Place,
	type Role
} from '$lib/data/types';
import type { Messages } from '$lib/i18n/messages';
import { DEFAULT_LOCALE, INTL_TAG, type Locale } from '$lib/i18n/locales';
import { formatInWords, formatRangeInWords, lastDayOf, precisionOf } from '$lib/time/day';

/** The name of an event kind in the page's language ("Multilateral MoU"). */
export function kindLabel(kind: EventKind, m: Messages): string {
	return m.vocab.kinds[kind];
}

/** The name of a role in the page's language ("Member"). */
export function roleLabel(role: Role, m: Messages): string {
	return m.vocab.roles[role];
}

/** What a role means, for the panels' and pages' lists of participants (`panels` messages). */
export function roleMeaning(role: Role, panels: Messages['panels']): string {
	return panels.roleMeanings[role];
}

/** Every role in display order (the dataset's own list). */
export const ROLES: readonly Role[] = ROLE_CODES;

/** Every event kind in display order: instruments, then meetings. */
export const KINDS: readonly EventKind[] = [...AGREEMENT_KINDS, ...MEETING_KINDS];

/**
 * An event's participants grouped by role, in the order of `ROLES`, each group sorted by country
 * name (`nameOf`); empty groups are left out.
 */
export function participantsByRole(
	participants: readonly Participant[],
	nameOf: (iso3: Iso3) => string,
	locale: Locale = DEFAULT_LOCALE
): { role: Role; participants: Participant[] }[] {
	return ROLES.map((role) => ({
		role,
		participants: participants
			.filter((p) => p.role === role)
			.sort((a, b) => nameOf(a.country).localeCompare(nameOf(b.country), INTL_TAG[locale]))
	})).filter((group) => group.participants.length > 0);
}

/** An event's date in words and how precisely it is known. */
export function describeEventDate(
	event: Pick<AtlasEvent, 'date' | 'endDate'>,
	locale: Locale = DEFAULT_LOCALE
): {
	text: string;
	precision: 'day' | 'month';
} {
	return {
		text: formatRangeInWords(event.date, event.endDate, locale),
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
export function placeText(place: Place, nameOf: (iso3: Iso3) => string, m: Messages): string {
	switch (place.kind) {
		case 'city':
			return m.vocab.place.city(place.city, nameOf(place.country));
		case 'country':
			return nameOf(place.country);
		case 'virtual':
			return m.vocab.place.virtual;
		case 'unknown':
			return m.vocab.place.unknown;
	}
}

/** Filters that differ from "show everything", in words ("items on the ITU page only"), or ''. */
export function filterDescription(
	view: {
		kinds: ReadonlySet<EventKind>;
		seedOnly: boolean;
		minConfidence: 'low' | 'medium' | 'high';
	},
	m: Messages
): string {
	const words = m.vocab.filters;
	const parts: string[] = [];
	if (view.kinds.size < KINDS.length) {
		const shown = KINDS.filter((kind) => view.kinds.has(kind)).map((kind) => kindLabel(kind, m));
		parts.push(words.onlyKinds(shown.join(', ')));
	}
	if (view.seedOnly) parts.push(words.seedOnly);
	if (view.minConfidence !== 'low') parts.push(words.confidence[view.minConfidence]);
	return parts.join(words.separator);
}

/**
 * When a country's part in an event took effect, as precisely as the sources know it: its `since`
 * ("February 2005", "1 May 2004"), else the event's own date or range ("8–9 September 2004",
 * "July 2004"). Never the counting day that a month-only date is counted from.
 */
export function describeCommitmentDate(
	event: Pick<AtlasEvent, 'date' | 'endDate'>,
	participant: Pick<Participant, 'since'>,
	locale: Locale = DEFAULT_LOCALE
): string {
	return participant.since
		? formatInWords(participant.since, locale)
		: formatRangeInWords(event.date, event.endDate, locale);
}

/** What the map counts, in words, from the view's counting switches. */
export interface CountingWords {
	/** The legend's short label: "Instruments joined". */
	short: string;
	/** `count` counted things: "1 instrument", "3 commitments". */
	things: (count: number) => string;
	/** The table's column heading: "Instruments" or "Commitments". */
	column: string;
	/** What a counted country is in, after "N countries in": "at least one instrument signed or joined". */
	what: string;
}

/**
 * The one definition of what the map, the headline, the tooltips, the table and the country pages
 * count: instruments a country signed, is party to or joined; optionally also as a member state
 * of the convening body; optionally also meetings. Hosting or chairing never counts as joining.
 */
export function countingWords(
	scope: { members: boolean; meetings: boolean },
	m: Messages
): CountingWords {
	const words = m.vocab.counting;
	return {
		short: words.short(scope),
		things: (count) => words.things(scope, count),
		column: words.column(scope),
		what: words.what(scope)
	};
}
