import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from './contrast';

describe('contrast', () => {
	it.each([
		['#ffffff', '#000000', 21],
		['#000000', '#ffffff', 21],
		['#777777', '#ffffff', 4.48],
		['rgb(255, 255, 255)', 'rgba(0, 0, 0, 0.5)', 21],
		['rgb(27, 31, 35)', '#1b1f23', 1]
	])('%s against %s: %f', (a, b, ratio) => {
		expect(contrastRatio(a, b)).toBeCloseTo(ratio, 2);
	});

	it('reads hex and computed forms alike', () => {
		expect(relativeLuminance('#0b5cad')).toBe(relativeLuminance('rgb(11, 92, 173)'));
	});
});
