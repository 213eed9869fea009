import { describe, expect, it } from 'vitest';
import { BINS, BIN_COLOR_PROPERTIES, binNumber, binOf } from './choropleth';

describe('binOf', () => {
	const cases: [count: number, label: string | null][] = [
		[0, null],
		[-1, null],
		[Number.NaN, null],
		[1, '1'],
		[2, '2'],
		[3, '3–4'],
		[4, '3–4'],
		[5, '5–6'],
		[6, '5–6'],
		[7, '7+'],
		[40, '7+']
	];
	it.each(cases)('count %s → %s', (count, label) => {
		expect(binOf(count)?.label ?? null).toBe(label);
	});
});

describe('BINS', () => {
	it('cover every positive count once, in order, with distinct colours', () => {
		for (let count = 1; count <= 20; count++) {
			expect(BINS.filter((bin) => count >= bin.min && count <= bin.max)).toHaveLength(1);
		}
		expect(new Set(BINS.map((bin) => bin.color)).size).toBe(BINS.length);
		expect(new Set(BINS.map((bin) => bin.darkColor)).size).toBe(BINS.length);
		expect(BINS[0].min).toBe(1);
	});
});

describe('binNumber', () => {
	it.each([
		[0, 0],
		[1, 1],
		[4, 3],
		[9, 5]
	])('count %s → bin %s', (count, number) => {
		expect(binNumber(count)).toBe(number);
	});

	it('has a colour property for every bin', () => {
		expect(BIN_COLOR_PROPERTIES.split('; ')).toHaveLength(BINS.length);
		expect(BIN_COLOR_PROPERTIES).toContain(
			`--bin-5: light-dark(${BINS[4].color}, ${BINS[4].darkColor})`
		);
	});
});
