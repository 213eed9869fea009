/**
 * Country codes and names. Codes come from `i18n-iso-countries`; names come from the platform's
 * `Intl.DisplayNames`, which gives short, neutral English names ("Taiwan", "South Korea") where the
 * ISO tables use contested forms. No hand-typed tables.
 */
import countries from 'i18n-iso-countries';
import type { Iso3 } from './types';

const ISO3_PATTERN = /^[A-Z]{3}$/;
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** Whether `code` is an assigned ISO 3166-1 alpha-3 code (upper case), e.g. `KOR`, `HKG`. */
export function isIso3(code: string): code is Iso3 {
	return ISO3_PATTERN.test(code) && countries.alpha3ToAlpha2(code) !== undefined;
}

/** The ISO 3166-1 numeric code as a 3-digit string (`'036'`), or `undefined` for an unknown code. */
export function countryNumeric(iso3: Iso3): string | undefined {
	return isIso3(iso3) ? countries.alpha3ToNumeric(iso3) : undefined;
}

/** The English short name of a country ("South Korea", "Hong Kong SAR China"); the code if unknown. */
export function countryName(iso3: Iso3): string {
	const alpha2 = isIso3(iso3) ? countries.alpha3ToAlpha2(iso3) : undefined;
	return (alpha2 && regionNames.of(alpha2)) || iso3;
}
