import { describe, expect, it } from 'vitest';
import { BINS, binOf } from './choropleth';

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
		expect(BINS[0].min).toBe(1);
	});
});
