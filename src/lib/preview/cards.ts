/**
 * The preview cards of the site: one per event (its participants coloured by role), one per country
 * (the country and those it shares events with) and one for the home page (the map at the end of
 * 2006), each in one of the site's languages. Each returns a {@link CardSpec} for `cardSvg`.
 */
import { countryName } from '$lib/data/countries';
import { localizeEvent } from '$lib/data/localized';
import type { Locale } from '$lib/i18n/locales';
import type { Messages } from '$lib/i18n/messages';
import { countriesWithData, events } from '$lib/data/dataset';
import { participationOn } from '$lib/data/participation';
import type { AtlasEvent, Iso3, Role } from '$lib/data/types';
import { BINS, fillFor } from '$lib/map/choropleth';
import { describeEventDate, kindLabel, placeText } from '$lib/explorer/describe';
import { PERIOD_END } from '$lib/time/day';
import type { CardSpec, LegendItem } from './card';
import { commitmentDate, countryStory } from './content';

/**
 * How a card colours a participant: bound by an instrument, member of the convening body, or at a
 * meeting.
 */
export type RoleGroup = 'bound' | 'member' | 'meeting';

/** Each role's group, in order of precedence (a country with two roles shows the first). */
const ROLE_GROUPS: Record<RoleGroup, { roles: readonly Role[]; color: string }> = {
	bound: { roles: ['signatory', 'party', 'joined'], color: '#0b5cad' },
	member: { roles: ['member'], color: '#d08700' },
	meeting: { roles: ['host', 'chair', 'participant'], color: '#7b4fb0' }
};
const GROUP_ORDER = Object.keys(ROLE_GROUPS) as RoleGroup[];

/** The group of a role. */
export function roleGroup(role: Role): RoleGroup {
	return GROUP_ORDER.find((group) => ROLE_GROUPS[group].roles.includes(role)) ?? 'meeting';
}

/** The group each participant of `event` is drawn in (a country with two roles: the first group). */
export function eventGroups(event: AtlasEvent): Map<Iso3, RoleGroup> {
	const groups = new Map<Iso3, RoleGroup>();
	for (const { country, role } of event.participants) {
		const group = roleGroup(role);
		const known = groups.get(country);
		if (!known || GROUP_ORDER.indexOf(group) < GROUP_ORDER.indexOf(known)) {
			groups.set(country, group);
		}
	}
	return groups;
}

/** The card of an event, in `locale` (its text from `localizeEvent`). */
export function eventCard(source: AtlasEvent, locale: Locale, m: Messages): CardSpec {
	const event = localizeEvent(source, locale);
	const words = m.cards;
	const groups = eventGroups(event);
	const date = describeEventDate(event, locale);
	const legend: LegendItem[] = GROUP_ORDER.flatMap((group) => {
		const count = [...groups.values()].filter((g) => g === group).length;
		return count > 0
			? [{ colors: [ROLE_GROUPS[group].color], label: words.groups[group](count) }]
			: [];
	});
	const who = groups.size > 0 ? words.economies(groups.size) : words.noCountry;
	const nameOf = (iso3: Iso3) => countryName(iso3, locale);
	return {
		siteName: m.site.name,
		title: event.title,
		facts: [
			{ text: date.text, size: 28, weight: 'bold', maxLines: 2 },
			...(date.precision === 'month' ? [{ text: words.monthOnly, muted: true, size: 20 }] : []),
			{ text: placeText(event.place, nameOf, m), muted: true },
			{ text: `${who} · ${kindLabel(event.kind, m)}`, maxLines: 2, separator: ' · ' }
		],
		legend,
		fills: new Map([...groups].map(([country, group]) => [country, ROLE_GROUPS[group].color]))
	};
}

const COUNTRY_COLOR = '#c2410c';
const PARTNER_COLOR = '#f3d3c0';

/** The card of a country, in `locale`: the country, and lightly those it shares an event with. */
export function countryCard(iso3: Iso3, locale: Locale, m: Messages): CardSpec {
	const words = m.cards;
	const story = countryStory(iso3, locale);
	const fills = new Map<Iso3, string>(story.partners.map((partner) => [partner, PARTNER_COLOR]));
	fills.set(iso3, COUNTRY_COLOR);
	const first = story.history.at(0);
	return {
		siteName: m.site.name,
		title: story.name,
		facts: [
			{ text: words.events(story.history.length), size: 30, weight: 'bold' },
			{
				text: words.joinedAndMeetings(story.instruments, story.meetings),
				separator: ' · ',
				maxLines: 2
			},
			...(first
				? [{ text: words.from(commitmentDate(first, locale)), muted: true, maxLines: 2 }]
				: [])
		],
		legend: [
			{ colors: [COUNTRY_COLOR], label: story.name },
			...(story.partners.length > 0
				? [
						{
							colors: [PARTNER_COLOR],
							label: words.partners(story.partners.length)
						}
					]
				: [])
		],
		fills,
		ring: iso3
	};
}

/**
 * The card of the home page, in the language of `m`: how many instruments each country was part of
 * at the end of 2006.
 */
export function homeCard(m: Messages): CardSpec {
	const words = m.cards.home;
	const fills = new Map<Iso3, string>();
	for (const [country, commitments] of participationOn(PERIOD_END)) {
		const fill = fillFor(commitments.length);
		if (fill) fills.set(country, fill);
	}
	return {
		siteName: m.site.name,
		title: words.title,
		facts: [
			{ text: m.cards.events(events.length), size: 30, weight: 'bold' },
			{ text: words.economiesNamed(countriesWithData.length) },
			{ text: words.tagline, muted: true, maxLines: 2 }
		],
		legend: [
			{
				colors: BINS.map((bin) => bin.color),
				label: words.legend(BINS[0].label, BINS.at(-1)!.label)
			}
		],
		fills
	};
}
