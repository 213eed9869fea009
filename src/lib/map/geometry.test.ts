import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { countryName } from '$lib/data/countries';
import { countriesWithData, events } from '$lib/data/dataset';
import {
	centerOf,
	centers,
	hasGeometry,
	HEIGHT,
	outline,
	placeOf,
	shapes,
	smallStates,
	WIDTH
} from './geometry';

const ROOT = resolve(__dirname, '../../..');
const GENERATED = resolve(__dirname, 'generated/world.ts');
const BUDGET_GZIP = 22 * 1024;

const shapeIds = new Set(shapes.flatMap((shape) => (shape.id === null ? [] : [shape.id])));
const symbolIds = new Set(smallStates.map((symbol) => symbol.id));

/** Which way the map shows a country. */
function drawnAs(iso3: string): 'shape' | 'symbol' | 'shape+symbol' | 'none' {
	const shape = shapeIds.has(iso3);
	const symbol = symbolIds.has(iso3);
	return shape && symbol ? 'shape+symbol' : shape ? 'shape' : symbol ? 'symbol' : 'none';
}

const inside = ([x, y]: readonly number[]) =>
	Number.isFinite(x) && Number.isFinite(y) && x >= 0 && x <= WIDTH && y >= 0 && y <= HEIGHT;

/** The absolute vertices of each subpath of a path written with M, m, l and z. */
function vertices(d: string): number[][][] {
	const rings: number[][][] = [];
	let command = '';
	let numbers: number[] = [];
	let x = 0;
	let y = 0;
	for (const [, letter, value] of d.matchAll(/([MmlZz])|(-?(?:\d+\.?\d*|\.\d+))/g)) {
		if (letter) {
			command = letter;
			if (letter === 'z' || letter === 'Z') [x, y] = rings[rings.length - 1][0];
			continue;
		}
		numbers.push(Number(value));
		if (numbers.length < 2) continue;
		const [a, b] = numbers;
		numbers = [];
		if (command === 'M' || command === 'm') {
			[x, y] = command === 'M' ? [a, b] : [x + a, y + b];
			rings.push([[x, y]]);
			command = command === 'M' ? 'L' : 'l';
		} else {
			[x, y] = [x + a, y + b];
			rings[rings.length - 1].push([x, y]);
		}
	}
	return rings;
}

// The SVG path grammar as the generator writes it: a separator only where the next number would
// otherwise run into the previous one ('1.5.5' is 1.5 then .5; '1-2' is 1 then -2).
const NUMBER = String.raw`(?:-?\d*\.\d+(?!\d)|-?\d+(?![\d.]))`;
const PAIR = String.raw`(?: ?${NUMBER}){2}`;
const SUBPATH = String.raw`${PAIR}l(?:${PAIR})+z`;
const PATH = new RegExp(String.raw`^M${SUBPATH}(?:m${SUBPATH})*$`);

describe('the countries of the dataset are all on the map', () => {
	const participants = new Set(events.flatMap((event) => event.participants.map((p) => p.country)));
	const places = new Set(
		events.flatMap((event) =>
			event.place.kind === 'city' || event.place.kind === 'country' ? [event.place.country] : []
		)
	);
	const rows = [
		...[...participants].map((iso3) => ['participant', iso3] as const),
		...[...places].map((iso3) => ['place', iso3] as const),
		...[...countriesWithData].map((iso3) => ['country with data', iso3] as const)
	].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0]));

	it('has countries to check', () => {
		expect(participants.size).toBeGreaterThan(50);
		expect(places.size).toBeGreaterThan(5);
	});

	it.each(rows)('%s %s resolves to a shape or a symbol with a centre', (_, iso3) => {
		expect(drawnAs(iso3), countryName(iso3)).not.toBe('none');
		expect(hasGeometry(iso3)).toBe(true);
		expect(inside(centerOf(iso3) ?? [NaN, NaN])).toBe(true);
	});
});

describe('explicit countries', () => {
	const rows: [iso3: string, expected: ReturnType<typeof drawnAs>][] = [
		['SGP', 'symbol'],
		['MLT', 'symbol'],
		['HKG', 'symbol'],
		['BHR', 'symbol'],
		['MUS', 'symbol'],
		['MAC', 'symbol'],
		['LUX', 'shape+symbol'],
		['CYP', 'shape+symbol'],
		['BRN', 'shape+symbol'],
		['TWN', 'shape'],
		['KOR', 'shape'],
		['AUS', 'shape'],
		['USA', 'shape'],
		['FJI', 'shape+symbol'],
		['RUS', 'shape'],
		['ATA', 'none'],
		['XKX', 'none'],
		['sgp', 'none'],
		['', 'none']
	];
	it.each(rows)('%s is drawn as %s', (iso3, expected) => {
		expect(drawnAs(iso3)).toBe(expected);
		expect(hasGeometry(iso3)).toBe(expected !== 'none');
		const place = placeOf(iso3);
		if (expected === 'none') expect(place).toBeUndefined();
		else
			expect(place).toEqual({ id: iso3, center: centerOf(iso3), dot: expected.includes('symbol') });
		const center = centerOf(iso3);
		if (expected === 'none') expect(center).toBeUndefined();
		else expect(inside(center ?? [NaN, NaN])).toBe(true);
	});

	it('centres small states on their symbol', () => {
		for (const { id, x, y } of smallStates) expect(centerOf(id), id).toEqual([x, y]);
	});
});

describe('generated geometry', () => {
	it('has unique ids, and three territories without an ISO code', () => {
		const ids = shapes.flatMap((shape) => (shape.id === null ? [] : [shape.id]));
		expect(new Set(ids).size).toBe(ids.length);
		expect(shapes.filter((shape) => shape.id === null)).toHaveLength(3);
		expect(new Set(smallStates.map((s) => s.id)).size).toBe(smallStates.length);
		expect(ids.length).toBeGreaterThan(170);
		expect(smallStates.length).toBeGreaterThan(60);
	});

	it('is sorted by id', () => {
		const ids = shapes.map((shape) => shape.id ?? '\uffff');
		expect(ids).toEqual([...ids].sort());
		const symbols = smallStates.map((s) => s.id);
		expect(symbols).toEqual([...symbols].sort());
	});

	it('has a centre, inside the map, for exactly the drawn countries', () => {
		const drawn = new Set([
			...shapes.flatMap((shape) => (shape.id ? [shape.id] : [])),
			...smallStates.map((state) => state.id)
		]);
		expect(Object.keys(centers).sort()).toEqual([...drawn].sort());
		for (const [id, point] of Object.entries(centers)) expect(inside(point), id).toBe(true);
		for (const { id, x, y } of smallStates) expect(inside([x, y]), id).toBe(true);
	});

	it.each(shapes.map((shape) => [shape.id ?? 'no-id', shape.d] as const))(
		'%s has a well-formed path inside the map',
		(_, d) => {
			expect(d).toMatch(PATH);
			for (const ring of vertices(d)) {
				expect(ring.length).toBeGreaterThanOrEqual(3);
				for (const [i, point] of ring.entries()) {
					expect(inside(point), `${point}`).toBe(true);
					// A segment across the map is a polygon that crossed the antimeridian unclipped.
					const [px, py] = ring[(i + ring.length - 1) % ring.length];
					expect(Math.hypot(point[0] - px, point[1] - py)).toBeLessThan(WIDTH / 8);
				}
			}
		}
	);

	it('has an outline that spans the map', () => {
		expect(outline).toMatch(PATH);
		const [ring] = vertices(outline);
		const xs = ring.map(([x]) => x);
		const ys = ring.map(([, y]) => y);
		expect(Math.min(...xs)).toBeCloseTo(0, 0);
		expect(Math.max(...xs)).toBeCloseTo(WIDTH, 0);
		expect(Math.min(...ys)).toBeCloseTo(0, 0);
		expect(Math.max(...ys)).toBeCloseTo(HEIGHT, 0);
	});

	it(`fits the size budget (${BUDGET_GZIP} bytes gzip)`, () => {
		expect(gzipSync(readFileSync(GENERATED), { level: 9 }).length).toBeLessThanOrEqual(BUDGET_GZIP);
	});

	it('is reproduced byte for byte by scripts/build-geometry.js', () => {
		const dir = mkdtempSync(join(tmpdir(), 'geometry-'));
		try {
			const out = join(dir, 'world.ts');
			execFileSync(process.execPath, [join(ROOT, 'scripts/build-geometry.js')], {
				cwd: ROOT,
				env: { ...process.env, GEOMETRY_OUT: out },
				stdio: 'pipe'
			});
			expect(readFileSync(out).equals(readFileSync(GENERATED))).toBe(true);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}, 60_000);
});
