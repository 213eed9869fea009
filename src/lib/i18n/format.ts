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

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A memoised `Intl.NumberFormat`: making one costs far more than using it. */
function numberFormat(locale: Locale, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}:${JSON.stringify(options)}`;
	let format = numberFormats.get(key);
	if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(INTL_TAG[locale], options)));
	return format;
}

/** A count in the language's digits and grouping: 4600 → "4,600", "4 600", "4600". */
export function formatNumber(locale: Locale, value: number): string {
	return numberFormat(locale).format(value);
}

/** A length of time in the language's short units: 24 → "24 secs", 72 → "1 min 12 secs" (British English). */
export function formatDuration(locale: Locale, seconds: number): string {
	const whole = Math.max(0, Math.round(seconds));
	const unit = (value: number, name: 'minute' | 'second') =>
		numberFormat(locale, { style: 'unit', unit: name }).format(value);
	const minutes = Math.floor(whole / 60);
	if (minutes === 0) return unit(whole, 'second');
	const rest = whole % 60;
	return rest === 0
		? unit(minutes, 'minute')
		: `${unit(minutes, 'minute')} ${unit(rest, 'second')}`;
}

/** A file's size: 840 000 → "820 kB", 2 000 000 → "1.9 MB" (English; 1 kB = 1024 bytes). */
export function formatBytes(locale: Locale, bytes: number): string {
	const megabytes = bytes / 1024 ** 2;
	const [value, unit] = megabytes >= 1 ? [megabytes, 'megabyte'] : [bytes / 1024, 'kilobyte'];
	return numberFormat(locale, {
		style: 'unit',
		unit,
		maximumFractionDigits: value < 10 ? 1 : 0
	}).format(value);
}
