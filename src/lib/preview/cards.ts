/**
 * The preview cards of the site: one per event (its participants coloured by role), one per country
 * (the country and those it shares events with) and one for the home page (the map at the end of
 * 2006). Each returns a {@link CardSpec} for `cardSvg`.
 */
import { countryName } from '$lib/data/countries';
import { countriesWithData, events } from '$lib/data/dataset';
import { participationOn } from '$lib/data/participation';
import type { AtlasEvent, Iso3, Role } from '$lib/data/types';
import { BINS, fillFor } from '$lib/map/choropleth';
import { describeEventDate, kindLabel, placeText } from '$lib/explorer/describe';
import { PERIOD_END } from '$lib/time/day';
import type { CardSpec, LegendItem } from './card';
import { commitmentDate, countOf, countryStory } from './content';

/**
 * How a card colours a participant: bound by an instrument, member of the convening body, or at a
 * meeting.
 */
export type RoleGroup = 'bound' | 'member' | 'meeting';

/** Each role's group, in order of precedence (a country with two roles shows the first). */
const ROLE_GROUPS: Record<RoleGroup, { roles: readonly Role[]; color: string; label: string }> = {
	bound: { roles: ['signatory', 'party', 'joined'], color: '#0b5cad', label: 'signed or bound' },
	member: { roles: ['member'], color: '#d08700', label: 'member states' },
	meeting: {
		roles: ['host', 'chair', 'participant'],
		color: '#7b4fb0',
		label: 'hosted or took part'
	}
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

/** The card of an event. */
export function eventCard(event: AtlasEvent): CardSpec {
	const groups = eventGroups(event);
	const date = describeEventDate(event);
	const legend: LegendItem[] = GROUP_ORDER.flatMap((group) => {
		const count = [...groups.values()].filter((g) => g === group).length;
		const { color, label } = ROLE_GROUPS[group];
		return count > 0 ? [{ colors: [color], label: `${count} ${label}` }] : [];
	});
	const who = groups.size > 0 ? countOf(groups.size, 'economy', 'economies') : 'No country named';
	return {
		title: event.title,
		facts: [
			{ text: date.text, size: 28, weight: 'bold', maxLines: 2 },
			...(date.precision === 'month'
				? [{ text: 'Only the month is known', muted: true, size: 20 }]
				: []),
			{ text: placeText(event.place, countryName), muted: true },
			{ text: `${who} · ${kindLabel(event.kind)}`, maxLines: 2, separator: ' · ' }
		],
		legend,
		fills: new Map([...groups].map(([country, group]) => [country, ROLE_GROUPS[group].color]))
	};
}

const COUNTRY_COLOR = '#c2410c';
const PARTNER_COLOR = '#f3d3c0';

/** The card of a country: the country, and lightly the countries it shares an event with. */
export function countryCard(iso3: Iso3): CardSpec {
	const story = countryStory(iso3);
	const fills = new Map<Iso3, string>(story.partners.map((partner) => [partner, PARTNER_COLOR]));
	fills.set(iso3, COUNTRY_COLOR);
	const first = story.history.at(0);
	return {
		title: story.name,
		facts: [
			{ text: countOf(story.history.length, 'event'), size: 30, weight: 'bold' },
			{
				text: `${countOf(story.instruments, 'instrument')} joined · ${countOf(story.meetings, 'meeting')}`,
				separator: ' · ',
				maxLines: 2
			},
			...(first ? [{ text: `From ${commitmentDate(first)}`, muted: true, maxLines: 2 }] : [])
		],
		legend: [
			{ colors: [COUNTRY_COLOR], label: story.name },
			...(story.partners.length > 0
				? [
						{
							colors: [PARTNER_COLOR],
							label: `${countOf(story.partners.length, 'partner')} in these events`
						}
					]
				: [])
		],
		fills,
		ring: iso3
	};
}

/** The card of the home page: how many instruments each country was part of at the end of 2006. */
export function homeCard(): CardSpec {
	const fills = new Map<Iso3, string>();
	for (const [country, commitments] of participationOn(PERIOD_END)) {
		const fill = fillFor(commitments.length);
		if (fill) fills.set(country, fill);
	}
	return {
		title: 'Who cooperated against spam, and when?',
		facts: [
			{ text: countOf(events.length, 'event'), size: 30, weight: 'bold' },
			{ text: `${countOf(countriesWithData.length, 'economy', 'economies')} named` },
			{ text: 'Agreements, signings and meetings, day by day', muted: true, maxLines: 2 }
		],
		legend: [
			{
				colors: BINS.map((bin) => bin.color),
				label: `Instruments in force: ${BINS[0].label} to ${BINS.at(-1)?.label}`
			}
		],
		fills
	};
}
