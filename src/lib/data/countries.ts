/**
 * Country codes and names. Codes come from `i18n-iso-countries`; names come from the platform's
 * `Intl.DisplayNames`, which gives short, neutral English names ("Taiwan", "South Korea") where the
 * ISO tables use contested forms. No hand-typed tables.
 */
import countries from 'i18n-iso-countries';
import { DEFAULT_LOCALE, INTL_TAG, type Locale } from '$lib/i18n/locales';
import type { Iso3 } from './types';

const ISO3_PATTERN = /^[A-Z]{3}$/;
const regionNames = new Map<Locale, Intl.DisplayNames>();
function namesIn(locale: Locale): Intl.DisplayNames {
	let names = regionNames.get(locale);
	if (!names) {
		names = new Intl.DisplayNames([INTL_TAG[locale]], { type: 'region', fallback: 'none' });
		regionNames.set(locale, names);
	}
	return names;
}

/** Whether `code` is an assigned ISO 3166-1 alpha-3 code (upper case), e.g. `KOR`, `HKG`. */
export function isIso3(code: string): code is Iso3 {
	return ISO3_PATTERN.test(code) && countries.alpha3ToAlpha2(code) !== undefined;
}

/** The ISO 3166-1 numeric code as a 3-digit string (`'036'`), or `undefined` for an unknown code. */
export function countryNumeric(iso3: Iso3): string | undefined {
	return isIso3(iso3) ? countries.alpha3ToNumeric(iso3) : undefined;
}

/**
 * The short name of a country in `locale` ("South Korea", "Corée du Sud", "Corea del Sur"); where
 * the platform has no name in that language, the English one; the code if unknown.
 */
export function countryName(iso3: Iso3, locale: Locale = DEFAULT_LOCALE): string {
	const alpha2 = isIso3(iso3) ? countries.alpha3ToAlpha2(iso3) : undefined;
	if (!alpha2) return iso3;
	return namesIn(locale).of(alpha2) ?? namesIn(DEFAULT_LOCALE).of(alpha2) ?? iso3;
}
