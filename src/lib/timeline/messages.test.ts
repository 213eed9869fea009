import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/en';
import es from '$lib/i18n/es';
import fr from '$lib/i18n/fr';
import type { Messages } from '$lib/i18n/messages';

const catalogues: Record<string, Messages> = { en, fr, es };

describe('the timeline’s messages', () => {
	it.each([
		['en', 0, 'no country mapped'],
		['en', 1, '1 country'],
		['en', 12, '12 countries'],
		['fr', 0, 'aucun pays sur la carte'],
		['fr', 1, '1 pays'],
		['fr', 12, '12 pays'],
		['es', 1, '1 país'],
		['es', 12, '12 países']
	])('counts an event’s countries (%s, %i)', (locale, count, expected) => {
		expect(catalogues[locale].timeline.marks.countries(count)).toBe(expected);
	});

	it.each([
		['en', true, 'OECD Recommendation, 13 April 2006, Declaration, low confidence'],
		['fr', true, 'OECD Recommendation, 13 April 2006, Declaration, confiance faible'],
		['es', false, 'OECD Recommendation, 13 April 2006, Declaration']
	])('names a mark (%s)', (locale, low, expected) => {
		const m = catalogues[locale];
		expect(m.timeline.marks.mark('OECD Recommendation', '13 April 2006', 'Declaration', low)).toBe(
			expected
		);
	});
});
