/**
 * What the event and country pages, their preview cards and the sitemap say: paths, explorer links,
 * descriptions and the facts they share, derived from the dataset in one place. Sentences come from
 * the page's messages (`m`) and language (`locale`); English by default for the preview images.
 */
import { countryName } from '$lib/data/countries';
import { countriesWithData, events } from '$lib/data/dataset';
import { localizeEvent } from '$lib/data/localized';
import {
	countryHistory,
	instrumentCount,
	type Commitment,
	type HistoryEntry
} from '$lib/data/participation';
import type { AtlasEvent, Iso3, Participant, Role } from '$lib/data/types';
import {
	describeCommitmentDate,
	describeEventDate,
	kindLabel,
	participantsByRole as groupByRole,
	placeText,
	selectionDay
} from '$lib/explorer/describe';
import { DEFAULT_LOCALE, INTL_TAG, type Locale } from '$lib/i18n/locales';
import type { Messages } from '$lib/i18n/messages';
import { DEFAULT_VIEW, serializeViewState } from '$lib/url/viewState';

/** Path of an event's page. */
export const eventPath = (id: string): string => `/events/${id}`;
/** Path of a country's page (upper-case code: `/countries/KOR`). */
export const countryPath = (iso3: Iso3): string => `/countries/${iso3}`;
/** Path of an event's preview image. */
export const eventImagePath = (id: string): string => `/og/events/${id}.png`;
/** Path of a country's preview image. */
export const countryImagePath = (iso3: Iso3): string => `/og/countries/${iso3}.png`;

/** Every page path of the site, for the sitemap: home, about, each event and each country. */
export function sitePaths(): string[] {
	return [
		'/',
		'/about',
		...events.map((event) => eventPath(event.id)),
		...countriesWithData.map(countryPath)
	];
}

/**
 * `event`'s participants grouped by role (see `describe.ts`), each group sorted by the countries'
 * names in `locale`, as the pages name them.
 */
export function participantsByRole(
	event: AtlasEvent,
	locale: Locale = DEFAULT_LOCALE
): { role: Role; participants: Participant[] }[] {
	return groupByRole(event.participants, (iso3) => countryName(iso3, locale), locale);
}

/** The query string (without `?`) that opens the explorer on `event`'s day with it selected. */
export function eventExplorerQuery(event: AtlasEvent): string {
	return serializeViewState({ ...DEFAULT_VIEW, date: selectionDay(event), event: event.id });
}

/** A country's whole 2003–2006 story and the numbers pages and cards say about it. */
export interface CountryStory {
	iso3: Iso3;
	/** The country's name in the story's language. */
	name: string;
	/**
	 * Every commitment, instruments and meetings, in order of effect (`counts`: joined by default),
	 * with the events' text in the story's language.
	 */
	history: HistoryEntry<AtlasEvent>[];
	/** Instruments it signed, is party to or joined, each counted once (the map's default count). */
	instruments: number;
	/** Further instruments it is in only as a member state of the convening body. */
	memberships: number;
	meetings: number;
	/** Other countries named in the same events, sorted by name in the story's language. */
	partners: Iso3[];
	/** Events held in the country that do not name it as a participant (in the story's language). */
	heldOnly: AtlasEvent[];
}

/** The story of `iso3` (see {@link CountryStory}), told in `locale`. */
export function countryStory(iso3: Iso3, locale: Locale = DEFAULT_LOCALE): CountryStory {
	const history = countryHistory(iso3).map((entry) => ({
		...entry,
		event: localizeEvent(entry.event, locale)
	}));
	const nameOf = (code: Iso3) => countryName(code, locale);
	const onInstruments = history.filter((c) => c.event.category === 'agreement');
	const instruments = instrumentCount(onInstruments.filter((c) => c.counts));
	const withMembership = instrumentCount(
		onInstruments.filter((c) => c.counts || c.participant.role === 'member')
	);
	const partners = new Set(history.flatMap((c) => c.event.participants.map((p) => p.country)));
	partners.delete(iso3);
	const named = new Set(history.map((c) => c.event.id));
	const heldOnly = events.filter(
		(event) =>
			(event.place.kind === 'city' || event.place.kind === 'country') &&
			event.place.country === iso3 &&
			!named.has(event.id)
	);
	return {
		iso3,
		name: nameOf(iso3),
		history,
		instruments,
		memberships: withMembership - instruments,
		meetings: history.length - onInstruments.length,
		partners: [...partners].sort((a, b) => nameOf(a).localeCompare(nameOf(b), INTL_TAG[locale])),
		heldOnly: heldOnly.map((event) => localizeEvent(event, locale))
	};
}

/**
 * The query string (without `?`) that opens the explorer with the country selected on the last day,
 * when all of its commitments are in effect. A country known only from meetings gets the meetings
 * switch on, or the map would show it uncoloured.
 */
export function countryExplorerQuery(story: CountryStory): string {
	const members = story.instruments === 0 && story.memberships > 0;
	const meetings = story.instruments === 0 && !members && story.meetings > 0;
	return serializeViewState({ ...DEFAULT_VIEW, country: story.iso3, members, meetings });
}

/**
 * When a commitment began, in words in `locale`, as precisely as the sources know
 * (`describeCommitmentDate`).
 */
export function commitmentDate(commitment: Commitment, locale: Locale = DEFAULT_LOCALE): string {
	return describeCommitmentDate(commitment.event, commitment.participant, locale);
}

function clip(text: string, max: number): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * A one-paragraph description of an event for search results and link previews (≤ 200 chars), in
 * the language of `m` and `locale`; `event` already in that language (`localizeEvent`).
 */
export function eventDescription(event: AtlasEvent, m: Messages, locale: Locale): string {
	const place =
		event.place.kind === 'unknown'
			? null
			: placeText(event.place, (iso3) => countryName(iso3, locale), m);
	const lead = m.pages.event.descriptionLead(
		kindLabel(event.kind, m),
		describeEventDate(event, locale).text,
		place
	);
	return clip(`${lead} ${event.summary}`, 200);
}

/** A one-paragraph description of a country's story (≤ 200 chars), in the language of `m`. */
export function countryDescription(story: CountryStory, m: Messages): string {
	return clip(m.pages.country.description(story.name, story.instruments, story.meetings), 200);
}
