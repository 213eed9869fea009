import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { countriesWithData, events } from '$lib/data/dataset';
import type { AtlasEvent } from '$lib/data/types';
import { render } from 'svelte/server';
import { contextFor, findAll, mapProps } from '$lib/components/WorldMap/testing';
import WorldMap from '$lib/components/WorldMap/WorldMap.svelte';
import { hasGeometry, placeOf } from '$lib/map/geometry';
import { TITLE_WIDTH, cardSvg, titleLines, type CardSpec } from './card';
import { countryCard, eventCard, eventGroups, homeCard, roleGroup } from './cards';
import { countryStory } from './content';
import { textWidth } from './text';
import en from '$lib/i18n/en';
import { svgTexts as texts } from './testing';

const seoulMelbourne = events.find((e) => e.id === 'seoul-melbourne-multilateral-mou-2005')!;
const londonActionPlan = events.find((e) => e.id === 'london-action-plan-2004')!;

/**
 * The countries an SVG highlights, with their fills: each country's fill class (`fill-N`) and the
 * colour the card's style gives that class.
 */
function highlighted(svg: string): Map<string, string> {
	const colorOf = new Map(
		[...svg.matchAll(/\.(fill-\d+)\{fill:([^}]+)\}/g)].map(([, name, color]) => [name, color])
	);
	const found = new Map<string, string>();
	for (const [, tag] of svg.matchAll(/<(?:path|circle)([^>]*data-country="[^"]*"[^>]*)>/g)) {
		const country = /data-country="([^"]*)"/.exec(tag)![1];
		const fillClass = /class="[^"]*\b(fill-\d+)\b/.exec(tag)?.[1];
		if (!fillClass) continue;
		const fill = colorOf.get(fillClass);
		expect(fill, `the style gives ${fillClass} a colour`).toBeDefined();
		expect(found.get(country) ?? fill, `${country} drawn in two colours`).toBe(fill);
		found.set(country, fill!);
	}
	return found;
}

const withTitle = (title: string): CardSpec => ({ ...eventCard(seoulMelbourne, 'en', en), title });

/** Each country element of an SVG (shape or dot) as `tag id d-or-position`, sorted. */
function countryMarks(svg: string): string[] {
	return findAll(svg, (element) => Boolean(element.attributes['data-country']))
		.map(({ tag, attributes: a }) =>
			[tag, a['data-country'], a.d ?? `${a.cx},${a.cy}`, a.role ?? ''].join(' ')
		)
		.sort();
}

describe('cardSvg', () => {
	it('draws the explorer map’s own countries: the same shapes, stops and dots', () => {
		const places = countriesWithData.map((id) => placeOf(id)!);
		const page = render(WorldMap, { props: mapProps(places), context: contextFor('en') }).body;
		const card = cardSvg(homeCard(en));
		expect(countryMarks(card).length).toBeGreaterThan(150);
		expect(countryMarks(card)).toEqual(countryMarks(page));
	});

	it.each([
		['markup', '<script>alert(1)</script><svg onload="x">', '<script'],
		['entities and quotes', `Tom & Jerry's "MoU" &amp; <b>`, '<b>'],
		['CDATA and comments', ']]><!-- --><![CDATA[', '<!--'],
		['closing tags', '</text></svg><text>', '</svg><text>']
	])('escapes a hostile title (%s)', (_name, title, raw) => {
		const svg = cardSvg(withTitle(title));
		expect(svg).not.toContain(raw);
		expect(texts(svg).join(' ')).toContain(title.split(/\s+/)[0]);
		expect(() => new Resvg(svg)).not.toThrow();
	});

	it.each([
		['control characters', 'Spam\u0000\u0007\u001b MoU', 'Spam MoU'],
		['a lone surrogate', 'Spam \uD800MoU', 'Spam MoU']
	])('drops characters XML forbids (%s)', (_name, title, shown) => {
		const svg = cardSvg(withTitle(title));
		expect(texts(svg)).toContain(shown);
		expect(() => new Resvg(svg)).not.toThrow();
	});

	it.each([
		['an event', cardSvg(eventCard(seoulMelbourne, 'en', en))],
		['a country', cardSvg(countryCard('SGP', 'en', en))],
		['the home page', cardSvg(homeCard(en))]
	])('is a 1200 × 630 document (%s)', (_name, svg) => {
		expect(svg).toMatch(/^<svg [^>]*width="1200" height="630" viewBox="0 0 1200 630"/);
		const size = new Resvg(svg);
		expect([size.width, size.height]).toEqual([1200, 630]);
	});
});

describe('event cards', () => {
	it.each(events.map((event) => [event.id, event] as [string, AtlasEvent]))(
		'highlight exactly the participants of %s, by role',
		(_id, event) => {
			const fills = highlighted(cardSvg(eventCard(event, 'en', en)));
			const participants = new Set(event.participants.map((p) => p.country));
			expect(new Set(fills.keys())).toEqual(new Set([...participants].filter(hasGeometry)));
			const groups = eventGroups(event);
			const colourOf = new Map([...fills].map(([country, fill]) => [groups.get(country), fill]));
			expect(colourOf.size, 'one colour per role group').toBe(new Set(fills.values()).size);
		}
	);

	it('colours the role groups apart, the same colour for a group on every card', () => {
		// London Action Plan: signatories and a host; OECD Task Force: members of the OECD.
		const taskForce = events.find((e) => e.id === 'oecd-task-force-on-spam-2004')!;
		const colourOfGroup = new Map<string, Set<string | undefined>>();
		for (const event of [londonActionPlan, taskForce]) {
			const groups = eventGroups(event);
			for (const [country, fill] of highlighted(cardSvg(eventCard(event, 'en', en)))) {
				const group = groups.get(country)!;
				colourOfGroup.set(group, (colourOfGroup.get(group) ?? new Set()).add(fill));
			}
		}
		expect([...colourOfGroup.keys()].sort()).toEqual(['bound', 'meeting', 'member']);
		for (const fills of colourOfGroup.values()) expect(fills.size).toBe(1);
		expect(new Set([...colourOfGroup.values()].map((fills) => [...fills][0])).size).toBe(3);
	});

	it.each([
		['signatory', 'bound'],
		['party', 'bound'],
		['joined', 'bound'],
		['member', 'member'],
		['host', 'meeting'],
		['chair', 'meeting'],
		['participant', 'meeting']
	] as const)('puts the role %s in the group %s', (role, group) => {
		expect(roleGroup(role)).toBe(group);
	});

	it('counts the economies and names the kind', () => {
		expect(texts(cardSvg(eventCard(seoulMelbourne, 'en', en)))).toContain(
			'10 economies · Multilateral MoU'
		);
	});
});

describe('country cards', () => {
	it.each(countriesWithData.map((iso3) => [iso3]))(
		'highlight %s and the countries it shares events with',
		(iso3) => {
			const fills = highlighted(cardSvg(countryCard(iso3, 'en', en)));
			const { partners } = countryStory(iso3);
			expect(new Set(fills.keys())).toEqual(new Set([iso3, ...partners].filter(hasGeometry)));
			const partnerFills = new Set(partners.map((p) => fills.get(p)));
			expect(partnerFills.has(fills.get(iso3))).toBe(false);
		}
	);
});

describe('rings', () => {
	const ringed = (svg: string) => /<circle [^>]*fill="none"/.test(svg);
	it.each([
		['SGP', true],
		['MLT', true],
		['TWN', true],
		['BEL', true],
		['USA', false],
		['AUS', false]
	])('%s is ringed on its card: %s', (iso3, expected) => {
		expect(ringed(cardSvg(countryCard(iso3, 'en', en)))).toBe(expected);
	});

	it('rings nothing on event cards', () => {
		expect(ringed(cardSvg(eventCard(seoulMelbourne, 'en', en)))).toBe(false);
	});
});

describe('titleLines', () => {
	const long = 'Memorandum of understanding on cooperation in countering spam '.repeat(8);
	it.each([
		['a short title', 'Malta', 1, false],
		['a two-line title', seoulMelbourne.title, 2, false],
		['a very long title', long, 3, true],
		['one enormous word', 'Anti'.repeat(120), 3, true],
		['an empty title', '', 0, false]
	])('sets %s in at most 3 lines that fit', (_name, title, count, cut) => {
		const { lines, size } = titleLines(title);
		expect(lines).toHaveLength(count);
		for (const line of lines)
			expect(textWidth(line, size, 'bold')).toBeLessThanOrEqual(TITLE_WIDTH);
		expect(lines.at(-1)?.endsWith('…') ?? false).toBe(cut);
	});

	it.each(events.map((event) => [event.title]))('sets “%s” whole', (title) => {
		const { lines } = titleLines(title);
		expect(lines.length).toBeLessThanOrEqual(3);
		expect(lines.join(' ')).toBe(title);
	});

	it('draws each title line once, and no more than three', () => {
		const svg = cardSvg(withTitle(long));
		const { lines } = titleLines(long);
		expect(texts(svg).filter((line) => lines.includes(line))).toEqual(lines);
	});
});
