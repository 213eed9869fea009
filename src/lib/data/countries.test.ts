import { describe, expect, it } from 'vitest';
import { countryName, countryNumeric, isIso3 } from './countries';

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
