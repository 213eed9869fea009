/**
 * The view state and its URL: the query string is the single source of the day, the selection and
 * the filters. Parsing never fails (anything unusable falls back to its default and is reported),
 * and serialising leaves defaults out, so every view has exactly one canonical URL.
 */
import {
	AGREEMENT_KINDS,
	MEETING_KINDS,
	type Confidence,
	type EventKind,
	type Iso3,
	type IsoDay
} from '$lib/data/types';
import { PERIOD_END, PERIOD_START, formatInWords, isIsoDay } from '$lib/time/day';
import { invalid, truncateRaw, valid, type ParsedParam } from './parsedParam';

export { invalid, missing, valid, type ParsedParam } from './parsedParam';

/** Everything the page shows that a link can share. */
export interface ViewState {
	/**
	 * The first day of a period view, which ends on `date` (always `from <= date`; equal is a
	 * one-day period); `null` for the usual view of one day.
	 */
	from: IsoDay | null;
	/** The day the map shows (in a period view, the period's last day). */
	date: IsoDay;
	/** The selected country. */
	country: Iso3 | null;
	/** The id of the selected event. */
	event: string | null;
	/** Kinds of event shown; never empty. */
	kinds: ReadonlySet<EventKind>;
	/** Whether the map also counts meetings attended or hosted. */
	meetings: boolean;
	/** Whether the map also counts membership of an instrument's convening body (OECD, ASEM…). */
	members: boolean;
	/** Whether only events named by the ITU page are shown. */
	seedOnly: boolean;
	/** Least confidence an event needs to be shown. */
	minConfidence: Confidence;
	view: 'map' | 'table';
}

/** Every kind, in canonical order: instruments first, then meetings. */
export const ALL_KINDS: readonly EventKind[] = [...AGREEMENT_KINDS, ...MEETING_KINDS];

/** The view of a URL without parameters: the last day, nothing selected, nothing filtered. */
export const DEFAULT_VIEW: Readonly<ViewState> = Object.freeze({
	from: null,
	date: PERIOD_END,
	country: null,
	event: null,
	kinds: new Set(ALL_KINDS),
	meetings: false,
	members: false,
	seedOnly: false,
	minConfidence: 'low',
	view: 'map'
});

/** What the dataset holds, so the URL can only select what exists. */
export interface KnownIds {
	eventIds: ReadonlySet<string>;
	countries: ReadonlySet<string>;
}

/** A parameter (or part of one) that was not used, and why: for a notice to the reader. */
export interface IgnoredParam {
	param: string;
	raw: string;
	reason: string;
}

type Patch = Partial<ViewState>;
type Parser = (raw: string, known: KnownIds, ignored: IgnoredParam[]) => ParsedParam<Patch>;

const PERIOD_IN_WORDS = `between ${formatInWords(PERIOD_START)} and ${formatInWords(PERIOD_END)}`;
const KIND_NAMES: ReadonlySet<string> = new Set(ALL_KINDS);
const CONFIDENCES: readonly Confidence[] = ['low', 'medium', 'high'];
const MAX_REPORTED = 20;

function flag(name: string, field: 'meetings' | 'members' | 'seedOnly'): Parser {
	return (raw) =>
		raw === '1' || raw === '0'
			? valid({ [field]: raw === '1' })
			: invalid(raw, `${name} should be 1, not ${truncateRaw(raw)}`);
}

function day(name: 'from' | 'date'): Parser {
	return (raw) =>
		isIsoDay(raw) && raw >= PERIOD_START && raw <= PERIOD_END
			? valid({ [name]: raw })
			: invalid(raw, `${name} ${truncateRaw(raw)} is not a day ${PERIOD_IN_WORDS}`);
}

const PARSERS: Record<string, Parser> = {
	from: day('from'),
	date: day('date'),
	country: (raw, known) => {
		const code = raw.toUpperCase();
		return /^[A-Za-z]{3}$/.test(raw) && known.countries.has(code)
			? valid({ country: code })
			: invalid(raw, `country ${truncateRaw(raw)} is not a known country code`);
	},
	event: (raw, known) =>
		known.eventIds.has(raw)
			? valid({ event: raw })
			: invalid(raw, `event ${truncateRaw(raw)} is not a known event`),
	kinds: (raw, _known, ignored) => {
		const members = raw.split(',').map((member) => member.trim());
		const kinds = new Set(members.filter((m) => KIND_NAMES.has(m)) as EventKind[]);
		for (const member of members) {
			if (member !== '' && !KIND_NAMES.has(member)) {
				const reason = `kind ${truncateRaw(member)} is not a known kind of event`;
				ignored.push({ param: 'kinds', raw: member, reason });
			}
		}
		return kinds.size > 0
			? valid({ kinds })
			: invalid(raw, `kinds ${truncateRaw(raw)} names no known kind of event`);
	},
	meetings: flag('meetings', 'meetings'),
	members: flag('members', 'members'),
	seed: flag('seed', 'seedOnly'),
	confidence: (raw) =>
		(CONFIDENCES as readonly string[]).includes(raw)
			? valid({ minConfidence: raw as Confidence })
			: invalid(raw, `confidence ${truncateRaw(raw)} is not low, medium or high`),
	view: (raw) =>
		raw === 'map' || raw === 'table'
			? valid({ view: raw })
			: invalid(raw, `view ${truncateRaw(raw)} is not map or table`)
};

/**
 * The complete view a query string asks for, and what it had to ignore: unknown parameters, repeats
 * (the first value wins), and values that are malformed or name nothing in the dataset, each of which
 * falls back to its default. A `from` after the `date` (which is 31 December 2006 when absent) falls
 * back to a view of one day; a `from` equal to it is a one-day period. Never throws; reported text
 * is cut to 40 characters and the report to its first 20 entries plus a count of the rest.
 */
export function parseViewState(
	params: URLSearchParams,
	known: KnownIds
): { state: ViewState; ignored: IgnoredParam[] } {
	const state: ViewState = { ...DEFAULT_VIEW };
	const ignored: IgnoredParam[] = [];
	const seen = new Set<string>();
	for (const [param, raw] of params) {
		const parser = Object.hasOwn(PARSERS, param) ? PARSERS[param] : undefined;
		if (!parser) {
			ignored.push({ param, raw, reason: `${truncateRaw(param)} is not a setting of this page` });
		} else if (seen.has(param)) {
			ignored.push({ param, raw, reason: `${param} is repeated; the first value is used` });
		} else {
			seen.add(param);
			const parsed = raw === '' ? invalid(raw, `${param} is empty`) : parser(raw, known, ignored);
			if (parsed.status === 'valid') Object.assign(state, parsed.value);
			else if (parsed.status === 'invalid') ignored.push({ param, raw, reason: parsed.reason });
		}
	}
	if (state.from !== null && state.from > state.date) {
		const reason = `from ${state.from} is after date ${state.date}; showing a single day`;
		ignored.push({ param: 'from', raw: state.from, reason });
		state.from = null;
	}
	return { state, ignored: summarise(ignored) };
}

function summarise(ignored: IgnoredParam[]): IgnoredParam[] {
	const shown = ignored.slice(0, MAX_REPORTED).map(({ param, raw, reason }) => ({
		param: truncateRaw(param),
		raw: truncateRaw(raw),
		reason
	}));
	const more = ignored.length - shown.length;
	if (more > 0) shown.push({ param: '', raw: '', reason: `${more} more were ignored` });
	return shown;
}

/**
 * The canonical query string of `state`, without `?`: parameters in a fixed order (`from` first,
 * then `date`), defaults left out, kinds in {@link ALL_KINDS} order; `''` for the default view.
 * `state` must keep `from <= date`, as every parsed state does.
 */
export function serializeViewState(state: ViewState): string {
	const kinds = ALL_KINDS.filter((kind) => state.kinds.has(kind));
	const pairs: [string, string | null][] = [
		['from', state.from],
		['date', state.date === DEFAULT_VIEW.date ? null : state.date],
		['country', state.country],
		['event', state.event],
		['kinds', kinds.length === ALL_KINDS.length ? null : kinds.join(',')],
		['meetings', state.meetings ? '1' : null],
		['members', state.members ? '1' : null],
		['seed', state.seedOnly ? '1' : null],
		['confidence', state.minConfidence === DEFAULT_VIEW.minConfidence ? null : state.minConfidence],
		['view', state.view === DEFAULT_VIEW.view ? null : state.view]
	];
	return pairs
		.filter((pair): pair is [string, string] => pair[1] !== null)
		.map(([param, value]) => `${param}=${encodeURIComponent(value).replaceAll('%2C', ',')}`)
		.join('&');
}

/** Whether `search` (with or without its `?`) is already the canonical URL of `state`. */
export function isCanonical(search: string, state: ViewState): boolean {
	return search.replace(/^\?/, '') === serializeViewState(state);
}
