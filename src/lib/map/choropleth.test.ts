import { describe, expect, it } from 'vitest';
import { BINS, binColorProperties, binNumber, binOf } from './choropleth';
import { contrastRatio, relativeLuminance } from './contrast';

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

	it('has a colour property for every bin, in each view', () => {
		const day = binColorProperties('day');
		const period = binColorProperties('period');
		expect(day.split('; ')).toHaveLength(BINS.length);
		expect(period.split('; ')).toHaveLength(BINS.length);
		expect(day).toContain(`--bin-5: light-dark(${BINS[4].color}, ${BINS[4].darkColor})`);
		expect(period).toContain(
			`--bin-5: light-dark(${BINS[4].periodColor}, ${BINS[4].periodDarkColor})`
		);
	});

	it("gives a period's map colours of its own", () => {
		const dayColors = new Set(BINS.flatMap((bin) => [bin.color, bin.darkColor]));
		for (const bin of BINS) {
			expect(dayColors.has(bin.periodColor)).toBe(false);
			expect(dayColors.has(bin.periodDarkColor)).toBe(false);
		}
	});
});

describe('colours', () => {
	it.each([
		['day, light', BINS.map((bin) => bin.color)],
		['day, dark', BINS.map((bin) => bin.darkColor)],
		['period, light', BINS.map((bin) => bin.periodColor)],
		['period, dark', BINS.map((bin) => bin.periodDarkColor)]
	])('%s: each bin told from the next (≥ 1.3:1), in order of lightness', (_, colors) => {
		for (let i = 1; i < colors.length; i++) {
			expect(contrastRatio(colors[i - 1], colors[i])).toBeGreaterThanOrEqual(1.3);
		}
		const lightness = colors.map(relativeLuminance);
		const ascending = lightness.every((l, i) => i === 0 || l > lightness[i - 1]);
		const descending = lightness.every((l, i) => i === 0 || l < lightness[i - 1]);
		expect(ascending || descending).toBe(true);
	});
});
