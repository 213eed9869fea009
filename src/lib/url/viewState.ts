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
import type { Locale } from '$lib/i18n/locales';
import type { Messages } from '$lib/i18n/messages';
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

/**
 * Why a parameter (or part of one) was not used: a code and the values a message needs (the
 * link's text as it was, cut to 40 characters). `describeIgnored` words it in a language.
 */
export type IgnoredReason =
	/** No parameter of that name. */
	| { code: 'unknown'; param: string }
	/** A second value of a parameter (the first wins). */
	| { code: 'repeated'; param: string }
	| { code: 'empty'; param: string }
	/** An on/off switch that is neither 1 nor 0. */
	| { code: 'flag'; param: string; value: string }
	/** Not a day of the atlas's period. */
	| { code: 'day'; param: 'from' | 'date'; value: string }
	| { code: 'country'; value: string }
	| { code: 'event'; value: string }
	/** One item of the `kinds` list. */
	| { code: 'kind'; value: string }
	/** A `kinds` list without a single known kind. */
	| { code: 'kinds'; value: string }
	| { code: 'confidence'; value: string }
	| { code: 'view'; value: string }
	/** A period's start after its end: one day is shown. */
	| { code: 'fromAfterDate'; from: IsoDay; date: IsoDay }
	/** The report was cut: `count` more entries. */
	| { code: 'more'; count: number };

/** A parameter (or part of one) that was not used, and why: for a notice to the reader. */
export interface IgnoredParam {
	param: string;
	raw: string;
	reason: IgnoredReason;
}

/** `reason` in words, in the language of the notice's messages and `locale`. */
export function describeIgnored(
	reason: IgnoredReason,
	notice: Messages['notice'],
	locale: Locale
): string {
	const words = notice.reasons;
	switch (reason.code) {
		case 'unknown':
		case 'repeated':
		case 'empty':
			return words[reason.code](reason.param);
		case 'flag':
			return words.flag(reason.param, reason.value);
		case 'day':
			return words.day(
				reason.param,
				reason.value,
				formatInWords(PERIOD_START, locale),
				formatInWords(PERIOD_END, locale)
			);
		case 'country':
		case 'event':
		case 'kind':
		case 'kinds':
		case 'confidence':
		case 'view':
			return words[reason.code](reason.value);
		case 'fromAfterDate':
			return words.fromAfterDate(reason.from, reason.date);
		case 'more':
			return words.more(reason.count);
	}
}

type Patch = Partial<ViewState>;
type Parsed = ParsedParam<Patch, IgnoredReason>;
type Parser = (raw: string, known: KnownIds, ignored: IgnoredParam[]) => Parsed;

const KIND_NAMES: ReadonlySet<string> = new Set(ALL_KINDS);
const CONFIDENCES: readonly Confidence[] = ['low', 'medium', 'high'];
const MAX_REPORTED = 20;

const use = (patch: Patch): Parsed => valid(patch);
const reject = (raw: string, reason: IgnoredReason): Parsed => invalid(raw, reason);

function flag(name: string, field: 'meetings' | 'members' | 'seedOnly'): Parser {
	return (raw) =>
		raw === '1' || raw === '0'
			? use({ [field]: raw === '1' })
			: reject(raw, { code: 'flag', param: name, value: truncateRaw(raw) });
}

function day(name: 'from' | 'date'): Parser {
	return (raw) =>
		isIsoDay(raw) && raw >= PERIOD_START && raw <= PERIOD_END
			? use({ [name]: raw })
			: reject(raw, { code: 'day', param: name, value: truncateRaw(raw) });
}

const PARSERS: Record<string, Parser> = {
	from: day('from'),
	date: day('date'),
	country: (raw, known) => {
		const code = raw.toUpperCase();
		return /^[A-Za-z]{3}$/.test(raw) && known.countries.has(code)
			? use({ country: code })
			: reject(raw, { code: 'country', value: truncateRaw(raw) });
	},
	event: (raw, known) =>
		known.eventIds.has(raw)
			? use({ event: raw })
			: reject(raw, { code: 'event', value: truncateRaw(raw) }),
	kinds: (raw, _known, ignored) => {
		const members = raw.split(',').map((member) => member.trim());
		const kinds = new Set(members.filter((m) => KIND_NAMES.has(m)) as EventKind[]);
		for (const member of members) {
			if (member !== '' && !KIND_NAMES.has(member)) {
				const reason: IgnoredReason = { code: 'kind', value: truncateRaw(member) };
				ignored.push({ param: 'kinds', raw: member, reason });
			}
		}
		return kinds.size > 0
			? use({ kinds })
			: reject(raw, { code: 'kinds', value: truncateRaw(raw) });
	},
	meetings: flag('meetings', 'meetings'),
	members: flag('members', 'members'),
	seed: flag('seed', 'seedOnly'),
	confidence: (raw) =>
		(CONFIDENCES as readonly string[]).includes(raw)
			? use({ minConfidence: raw as Confidence })
			: reject(raw, { code: 'confidence', value: truncateRaw(raw) }),
	view: (raw) =>
		raw === 'map' || raw === 'table'
			? use({ view: raw })
			: reject(raw, { code: 'view', value: truncateRaw(raw) })
};

/**
 * The complete view a query string asks for, and what it had to ignore: unknown parameters, repeats
 * (the first value wins), and values that are malformed or name nothing in the dataset, each of which
 * falls back to its default. A `from` after the `date` (which is 31 December 2006 when absent) falls
 * back to a view of one day; a `from` equal to it is a one-day period. Never throws; reported text
 * is cut to 40 characters and the report to its first 20 entries plus a count of the rest. Each
 * entry's reason is a code and values (see {@link describeIgnored} for its words).
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
			ignored.push({ param, raw, reason: { code: 'unknown', param: truncateRaw(param) } });
		} else if (seen.has(param)) {
			ignored.push({ param, raw, reason: { code: 'repeated', param } });
		} else {
			seen.add(param);
			const parsed =
				raw === '' ? reject(raw, { code: 'empty', param }) : parser(raw, known, ignored);
			if (parsed.status === 'valid') Object.assign(state, parsed.value);
			else if (parsed.status === 'invalid') ignored.push({ param, raw, reason: parsed.reason });
		}
	}
	if (state.from !== null && state.from > state.date) {
		const reason: IgnoredReason = { code: 'fromAfterDate', from: state.from, date: state.date };
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
	if (more > 0) shown.push({ param: '', raw: '', reason: { code: 'more', count: more } });
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
