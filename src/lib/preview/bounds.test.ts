import { describe, expect, it } from 'vitest';
import { largestRingExtent } from './bounds';

describe('largestRingExtent', () => {
	it.each([
		['one ring', 'M0 0l10 0 0 5z', 10],
		['a taller ring', 'M100 100l2 0 0 -7z', 7],
		['the larger of two rings', 'M0 0l10 0 0 5zm20 0l3 0 0 3z', 10],
		['the second ring when it is larger', 'M0 0l1 0 0 1zm5 5l20 0 0 1z', 20],
		['absolute line-tos', 'M0 0L4 0L4 9z', 9],
		['compact numbers', 'M1.5 2l.5-.5-1 0 .5 2z', 2],
		['an empty path', '', 0]
	])('measures %s', (_name, d, extent) => {
		expect(largestRingExtent(d)).toBeCloseTo(extent, 6);
	});
});
