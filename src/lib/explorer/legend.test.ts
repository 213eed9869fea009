import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/en';
import fr from '$lib/i18n/fr';
import { KINDS } from './describe';
import { legendItems, legendTitle } from './legend';

const ALL = {
	members: false,
	meetings: false,
	kinds: new Set(KINDS),
	seedOnly: false,
	minConfidence: 'low' as const
};

describe('legendTitle', () => {
	it.each([
		['a day', ALL, null, 'Instruments joined per country'],
		[
			'a period',
			ALL,
			'2005-01-01',
			'Instruments joined between 1 January 2005 and 31 December 2005, per country'
		],
		[
			'a filtered day',
			{ ...ALL, seedOnly: true },
			null,
			'Instruments joined per country; filtered: items named on the ITU page only'
		]
	] as const)('says what %s counts', (_, view, from, expected) => {
		expect(legendTitle(view, from, '2005-12-31', en, 'en')).toBe(expected);
	});

	it('speaks the page’s language', () => {
		const title = legendTitle(ALL, '2005-01-01', '2005-12-31', fr, 'fr');
		expect(title).toContain('1er janvier 2005');
		expect(title).not.toMatch(/joined|per country/);
	});
});

describe('legendItems', () => {
	it.each([
		[false, ['none', 'bin-1', 'bin-2', 'bin-3', 'bin-4', 'bin-5', 'nodata']],
		[true, ['none', 'already', 'bin-1', 'bin-2', 'bin-3', 'bin-4', 'bin-5', 'nodata']]
	])('lists the swatches of a period view: %s', (period, swatches) => {
		expect(legendItems(period, en).map((item) => item.swatch)).toEqual(swatches);
	});

	it('labels the bins with their counts and the rest in words', () => {
		const labels = legendItems(true, fr).map((item) => item.label);
		expect(labels).toContain('7+');
		expect(labels[0]).toBe(fr.map.legend.nothing);
		expect(labels.at(-1)).toBe(fr.map.legend.noData);
	});
});
