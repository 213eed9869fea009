import { describe, expect, it } from 'vitest';
import { LOCALES } from '$lib/i18n/locales';
import { countryName, countryNumeric, isIso3 } from './countries';
import { countriesWithData } from './dataset';

describe('countries', () => {
	it.each([
		['KOR', 'South Korea', '410'],
		['TWN', 'Taiwan', '158'],
		['HKG', 'Hong Kong SAR China', '344'],
		['AUS', 'Australia', '036'],
		['GBR', 'United Kingdom', '826'],
		['USA', 'United States', '840'],
		['LAO', 'Laos', '418'],
		['SGP', 'Singapore', '702'],
		['MLT', 'Malta', '470'],
		['CHE', 'Switzerland', '756']
	])('%s is %s, numeric %s', (iso3, name, numeric) => {
		expect(isIso3(iso3)).toBe(true);
		expect(countryName(iso3)).toBe(name);
		expect(countryNumeric(iso3)).toBe(numeric);
	});

	it.each(['XXX', 'XKX', 'kor', 'KO', 'KORE', '410', ''])('rejects %j', (code) => {
		expect(isIso3(code)).toBe(false);
		expect(countryNumeric(code)).toBeUndefined();
		expect(countryName(code)).toBe(code);
	});

	it('never shows the contested ISO forms', () => {
		expect(countryName('TWN')).not.toMatch(/Province/);
		expect(countryName('KOR')).not.toMatch(/Republic of/);
	});
});

describe('country names in each language', () => {
	it.each([
		['KOR', 'fr', 'Corée du Sud'],
		['KOR', 'es', 'Corea del Sur'],
		['DEU', 'fr', 'Allemagne'],
		['DEU', 'es', 'Alemania'],
		['GBR', 'en', 'United Kingdom'],
		['GBR', 'fr', 'Royaume-Uni']
	] as const)('%s in %s is %s', (iso3, locale, name) => {
		expect(countryName(iso3, locale)).toBe(name);
	});

	it('an unknown code stays a code in every language', () => {
		expect(countryName('XXX', 'fr')).toBe('XXX');
	});

	it('every country of the dataset has a name in every language, never its code', () => {
		for (const locale of LOCALES) {
			for (const iso3 of countriesWithData) expect(countryName(iso3, locale)).not.toBe(iso3);
		}
	});
});
