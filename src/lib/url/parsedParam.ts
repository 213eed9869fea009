/**
 * The outcome of reading one query parameter (after OWID's GrapherQueryParamParser): a value, a
 * reason to ignore what was there, or nothing at all.
 */

/**
 * One query parameter, read: `valid`, `invalid` (with the raw text and why) or `missing`. The
 * reason is data (`Reason`: a code and its values, say), so a component can word it in the page's
 * language.
 */
export type ParsedParam<T, Reason = string> =
	| { status: 'valid'; value: T }
	| { status: 'invalid'; raw: string; reason: Reason }
	| { status: 'missing' };

/** A parameter that holds `value`. */
export function valid<T, Reason = string>(value: T): ParsedParam<T, Reason> {
	return { status: 'valid', value };
}

/** A parameter whose text `raw` cannot be used, and why (for the caller to word for the reader). */
export function invalid<T = never, Reason = string>(
	raw: string,
	reason: Reason
): ParsedParam<T, Reason> {
	return { status: 'invalid', raw, reason };
}

/** A parameter that is absent. */
export function missing<T = never, Reason = string>(): ParsedParam<T, Reason> {
	return { status: 'missing' };
}

/** Longest raw text kept in a report, so hostile or huge values stay readable. */
export const MAX_RAW_LENGTH = 40;

/**
 * `raw` cut to at most {@link MAX_RAW_LENGTH} characters, ending in `…` when cut, without splitting
 * a surrogate pair.
 */
export function truncateRaw(raw: string): string {
	if (raw.length <= MAX_RAW_LENGTH) return raw;
	let cut = raw.slice(0, MAX_RAW_LENGTH - 1);
	const last = cut.charCodeAt(cut.length - 1);
	if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1);
	return `${cut}…`;
}
