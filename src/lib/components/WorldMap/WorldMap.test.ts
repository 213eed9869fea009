import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { Iso3, Role } from '$lib/data/types';
import { allShapes } from '$lib/map/shapes';
import { placeOf, smallStates, type MapPlace } from '$lib/map/geometry';
import { mapLayers } from './layers';
import { contextFor, countryElements, findAll, mapProps, textOf, type MapProps } from './testing';
import WorldMap from './WorldMap.svelte';

const shapeIds = new Set(allShapes.flatMap((shape) => (shape.id ? [shape.id] : [])));
/** A small state drawn only as a dot (its stand-in is its keyboard stop). */
const STAND_IN = smallStates.find((state) => !shapeIds.has(state.id))!.id;
/** A small state with a (tiny) shape and a dot over it. */
const TINY = smallStates.find((state) => shapeIds.has(state.id))!.id;
const COUNTRIES: Iso3[] = ['AUS', 'FRA', 'DEU', 'JPN', 'USA', STAND_IN, TINY];
/** The countries as the explorer gives them to the map: where each is drawn. */
const PLACES: MapPlace[] = COUNTRIES.map((id) => placeOf(id)!);

/** The map of `PLACES`, server-rendered: `mapProps` (a day view, nothing selected) and `patch`. */
function renderMap(patch: Partial<MapProps> = {}, locale: 'en' | 'fr' = 'en'): string {
	return render(WorldMap, { props: mapProps(PLACES, patch), context: contextFor(locale) }).body;
}

/** The keyboard stop of a country: its shape, or its small state's stand-in. */
function stopOf(html: string, id: Iso3) {
	const [stop] = countryElements(html, id).filter(
		(element) => element.attributes.role === 'button'
	);
	expect(stop, `a stop for ${id}`).toBeDefined();
	return stop;
}

describe('WorldMap', () => {
	it('is a group named "World map…", with the zoom buttons', () => {
		const html = renderMap();
		const [group] = findAll(html, (element) => element.tag === 'svg');
		expect(group.attributes.role).toBe('group');
		expect(group.attributes['aria-label']).toMatch(/^World map/);
		const [zoom] = findAll(html, (element) => element.classes.includes('zoom-buttons'));
		expect(zoom.attributes).toMatchObject({ role: 'group', 'aria-label': 'Zoom the map' });
		const buttons = findAll(html, (element) => element.tag === 'button');
		expect(buttons.map((button) => button.attributes['aria-label'])).toEqual([
			'Zoom in on the map',
			'Zoom out of the map',
			undefined
		]);
		// Not zoomed: nothing to reset.
		expect(buttons[2].attributes).toHaveProperty('disabled');
	});

	it('is named in French: "Carte du monde…"', () => {
		const [group] = findAll(renderMap({}, 'fr'), (element) => element.tag === 'svg');
		expect(group.attributes['aria-label']).toMatch(/^Carte du monde/);
	});

	it.each([
		[0, 'bin-0'],
		[1, 'bin-1'],
		[2, 'bin-2'],
		[3, 'bin-3'],
		[4, 'bin-3'],
		[5, 'bin-4'],
		[6, 'bin-4'],
		[7, 'bin-5'],
		[40, 'bin-5']
	])('fills a country counting %i with %s', (count, bin) => {
		const html = renderMap({ counts: new Map([['FRA', count]]) });
		expect(stopOf(html, 'FRA').classes).toContain(bin);
	});

	it.each([
		['nothing in the period, in something before', 0, true, 'already'],
		['nothing in the period nor before', 0, false, 'bin-0'],
		['joins in the period, in something before', 2, true, 'bin-2'],
		['joins in the period only', 1, false, 'bin-1']
	])('in a period view, fills a country with %s as %s', (_, count, before, fill) => {
		const html = renderMap({
			from: '2004-01-01',
			counts: new Map([['DEU', count]]),
			alreadyIn: new Set(before ? ['DEU'] : [])
		});
		expect(stopOf(html, 'DEU').classes).toContain(fill);
	});

	it('fills a small state’s stand-in and its dot alike', () => {
		const html = renderMap({ counts: new Map([[STAND_IN, 3]]) });
		const [standIn, dot] = countryElements(html, STAND_IN);
		expect(standIn).toMatchObject({ tag: 'circle', attributes: { role: 'button' } });
		expect(standIn.classes).toEqual(expect.arrayContaining(['country', 'stand-in', 'bin-3']));
		expect(dot.attributes['aria-hidden']).toBe('true');
		expect(dot.classes).toEqual(
			expect.arrayContaining(['country', 'small', 'bin-3', 'pass-through'])
		);
	});

	it('draws a tiny state’s shape as its stop and its dot over it, letting no pointer through', () => {
		const [shape, dot] = countryElements(renderMap(), TINY);
		expect(shape).toMatchObject({ tag: 'path', attributes: { role: 'button' } });
		expect(dot.tag).toBe('circle');
		expect(dot.classes).toContain('small');
		expect(dot.classes).not.toContain('pass-through');
	});

	it.each([
		['a day', {}, 'Country FRA: 3 instruments'],
		[
			'a day, counting meetings',
			{ scope: { members: false, meetings: true } },
			'Country FRA: 3 commitments'
		],
		['a period', { from: '2004-01-01' }, 'Country FRA: 3 instruments joined in the period']
	])('names a country by its count on %s', (_, patch, name) => {
		const html = renderMap({ counts: new Map([['FRA', 3]]), ...patch });
		expect(stopOf(html, 'FRA').attributes['aria-label']).toBe(name);
	});

	it('names a country already in something before the period', () => {
		const html = renderMap({ from: '2004-01-01', alreadyIn: new Set(['JPN']) });
		expect(stopOf(html, 'JPN').attributes['aria-label']).toBe(
			'Country JPN: 0 instruments joined in the period, already in one before it'
		);
	});

	it('makes only the countries with data buttons, and the rest inert', () => {
		const html = renderMap();
		const stops = findAll(html, (element) => element.attributes.role === 'button');
		expect(stops.map((stop) => stop.attributes['data-country'])).toEqual(COUNTRIES);
		const [italy] = countryElements(html, 'ITA');
		expect(italy.classes).toEqual(expect.arrayContaining(['country', 'inert']));
		expect(italy.attributes).not.toHaveProperty('role');
		expect(italy.attributes).not.toHaveProperty('tabindex');
	});

	it.each([
		['nothing selected: the first country', null, 'AUS'],
		['a country selected: it', 'JPN', 'JPN'],
		['a small state selected: its stand-in', STAND_IN, STAND_IN]
	])('has one tab stop, with %s', (_, selected, stop) => {
		const html = renderMap({ selected });
		const reachable = findAll(html, (element) => element.attributes.tabindex === '0');
		expect(reachable.map((element) => element.attributes['data-country'])).toEqual([stop]);
		expect(findAll(html, (element) => element.attributes.tabindex === '-1')).toHaveLength(
			COUNTRIES.length - 1
		);
	});

	it('outlines the selected country, and a small state’s stand-in and dot', () => {
		expect(stopOf(renderMap({ selected: 'USA' }), 'USA').classes).toContain('selected');
		const html = renderMap({ selected: STAND_IN });
		for (const element of countryElements(html, STAND_IN))
			expect(element.classes).toContain('selected');
		expect(findAll(html, (element) => element.classes.includes('selected'))).toHaveLength(2);
	});

	const participants: [Iso3, Role][] = [
		['AUS', 'party'],
		['FRA', 'signatory'],
		['DEU', 'joined'],
		['JPN', 'member'],
		['USA', 'host'],
		[STAND_IN, 'chair'],
		[TINY, 'participant']
	];
	const focusEvent = {
		shortTitle: 'WSIS Tunis',
		participants: participants.slice(0, -1).map(([country, role]) => ({ country, role }))
	};

	it.each([
		...participants
			.slice(0, -1)
			.map(([id, role]): [Iso3, string, string] => [
				id,
				role,
				role === 'member'
					? 'role-member'
					: ['host', 'chair', 'participant'].includes(role)
						? 'role-meeting'
						: 'role-bound'
			]),
		[TINY, 'no part', 'dim'] as [Iso3, string, string]
	])('outlines %s (%s) as %s while an event is focused', (id, _, outline) => {
		const html = renderMap({ focusEvent });
		for (const element of countryElements(html, id)) expect(element.classes).toContain(outline);
	});

	it('dims the countries without data only while an event is focused', () => {
		const [italy] = countryElements(renderMap({ focusEvent }), 'ITA');
		expect(italy.classes).toContain('dim');
		const [plain] = countryElements(renderMap(), 'ITA');
		expect(plain.classes).not.toContain('dim');
		const outlined = findAll(renderMap(), (element) =>
			element.classes.some((name) => name === 'dim' || name.startsWith('role-'))
		);
		expect(outlined).toEqual([]);
	});

	it('shows the key to the outlines, with the event’s title, only while an event is focused', () => {
		const html = renderMap({ focusEvent });
		const key = html.match(/<p class="role-key[^"]*">([\s\S]*?)<\/p>/)?.[1] ?? '';
		expect(key).toContain('<em>WSIS Tunis</em>');
		expect(textOf(key)).toMatch(/^Outlined, participants of WSIS Tunis:/);
		expect(renderMap()).not.toContain('role-key');
	});

	it('rings a stand-in’s dot under the pointer, not a tiny shape’s', () => {
		const pointed = (html: string) =>
			findAll(html, (element) => element.classes.includes('pointed')).map(
				(element) => element.attributes['data-country']
			);
		expect(pointed(renderMap({ hovered: STAND_IN }))).toEqual([STAND_IN]);
		expect(pointed(renderMap({ hovered: TINY }))).toEqual([]);
	});
});

describe('mapLayers', () => {
	it('draws each shape once: inert, or as a country with data', () => {
		const focusable = new Set(COUNTRIES);
		const layers = mapLayers(allShapes, PLACES, focusable);
		expect(layers.inert.length + layers.countries.filter((c) => c.d !== null).length).toBe(
			allShapes.length
		);
		expect(layers.countries.map((country) => country.id)).toEqual(COUNTRIES);
		expect(layers.dots.map((dot) => [dot.id, dot.standIn])).toEqual(
			COUNTRIES.filter((id) => smallStates.some((state) => state.id === id)).map((id) => [
				id,
				id === STAND_IN
			])
		);
	});
});
