/**
 * Lists and numbers in the page's language (`Intl.ListFormat`, `Intl.NumberFormat`); dates are in
 * `$lib/time/day`, which takes the same `Locale`.
 */
import { INTL_TAG, type Locale } from './locales';

const lists = new Map<string, Intl.ListFormat>();

/** `['A', 'B', 'C']` → "A, B and C" (English), "A, B et C", "A, B y C"; `type: 'disjunction'` for "or". */
export function formatList(
	locale: Locale,
	items: readonly string[],
	type: 'conjunction' | 'disjunction' = 'conjunction'
): string {
	const key = `${locale}:${type}`;
	let format = lists.get(key);
	if (!format) lists.set(key, (format = new Intl.ListFormat(INTL_TAG[locale], { type })));
	return format.format(items);
}

const numbers = new Map<Locale, Intl.NumberFormat>();

/** A count in the language's digits and grouping: 4600 → "4,600", "4 600", "4600". */
export function formatNumber(locale: Locale, value: number): string {
	let format = numbers.get(locale);
	if (!format) numbers.set(locale, (format = new Intl.NumberFormat(INTL_TAG[locale])));
	return format.format(value);
}
