import { describe, expect, it } from 'vitest';
import { formatBytes, formatDuration } from './format';

describe('formatDuration', () => {
	it.each([
		['en', 24, '24 secs'],
		['en', 72, '1 min 12 secs'],
		['en', 120, '2 mins'],
		['en', 0.4, '0 secs'],
		['fr', 72, '1 min 12 s'],
		['es', 72, '1 min 12 s']
	] as const)('%s: %d s → %s', (locale, seconds, expected) => {
		expect(formatDuration(locale, seconds).replace(/\s/g, ' ')).toBe(expected);
	});
});

describe('formatBytes', () => {
	it.each([
		['en', 840_000, '820 kB'],
		['en', 2_000_000, '1.9 MB'],
		['en', 25_000_000, '24 MB'],
		['fr', 2_000_000, '1,9 Mo'],
		['es', 2_000_000, '1,9 MB']
	] as const)('%s: %d bytes → %s', (locale, bytes, expected) => {
		expect(formatBytes(locale, bytes).replace(/\s/g, ' ')).toBe(expected);
	});
});
