import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventKind } from '$lib/data/types';
import en from '$lib/i18n/en';
import es from '$lib/i18n/es';
import fr from '$lib/i18n/fr';
import { addDays, isIsoDay } from '$lib/time/day';
import {
	ALL_KINDS,
	DEFAULT_VIEW,
	describeIgnored,
	isCanonical,
	parseViewState,
	serializeViewState,
	type IgnoredParam,
	type IgnoredReason,
	type ViewState
} from './viewState';

const known = {
	eventIds: new Set(['lap-2004', 'seoul-melbourne-mou', 'oecd-toolkit-2006']),
	countries: new Set(['KOR', 'AUS', 'USA', 'GBR', 'HKG'])
};
const view = (patch: Partial<ViewState> = {}): ViewState => ({ ...DEFAULT_VIEW, ...patch });
const parse = (search: string) => parseViewState(new URLSearchParams(search), known);
const kinds = (...list: EventKind[]) => new Set(list);
/** A reason in the English the notice shows. */
const words = (reason: IgnoredReason) => describeIgnored(reason, en.notice, 'en');
const OUT_OF_PERIOD = 'is not a day between 1 January 2003 and 31 December 2006';

describe('parseViewState', () => {
	it.each<[string, Partial<ViewState>, string[]]>([
		['', {}, []],
		['?', {}, []],
		['date=2005-02-14', { date: '2005-02-14' }, []],
		['date=2003-01-01', { date: '2003-01-01' }, []],
		['date=2006-12-31', {}, []],
		['date=2002-12-31', {}, [`date 2002-12-31 ${OUT_OF_PERIOD}`]],
		['date=2007-01-01', {}, [`date 2007-01-01 ${OUT_OF_PERIOD}`]],
		['date=2005-02-29', {}, [`date 2005-02-29 ${OUT_OF_PERIOD}`]],
		['date=2004-02-29', { date: '2004-02-29' }, []],
		['date=2005-2-3', {}, [`date 2005-2-3 ${OUT_OF_PERIOD}`]],
		['date=%202005-02-03', {}, [`date  2005-02-03 ${OUT_OF_PERIOD}`]],
		['date=', {}, ['date is empty']],
		['from=2005-01-01', { from: '2005-01-01' }, []],
		['from=2005-01-01&date=2005-06-30', { from: '2005-01-01', date: '2005-06-30' }, []],
		['date=2005-06-30&from=2005-01-01', { from: '2005-01-01', date: '2005-06-30' }, []],
		['from=2003-01-01&date=2003-01-01', { from: '2003-01-01', date: '2003-01-01' }, []],
		['from=2006-12-31', { from: '2006-12-31' }, []],
		[
			'from=2006-02-01&date=2005-01-01',
			{ date: '2005-01-01' },
			['from 2006-02-01 is after date 2005-01-01; showing a single day']
		],
		[
			'from=2005-01-02&date=2005-01-01',
			{ date: '2005-01-01' },
			['from 2005-01-02 is after date 2005-01-01; showing a single day']
		],
		[
			'from=2005-01-01&date=2002-01-01',
			{ from: '2005-01-01' },
			[`date 2002-01-01 ${OUT_OF_PERIOD}`]
		],
		['from=2002-12-31', {}, [`from 2002-12-31 ${OUT_OF_PERIOD}`]],
		[
			'from=2005-02-29&date=2005-06-30',
			{ date: '2005-06-30' },
			[`from 2005-02-29 ${OUT_OF_PERIOD}`]
		],
		['from=', {}, ['from is empty']],
		[
			'from=2004-01-01&from=2005-01-01&date=2004-06-01',
			{ from: '2004-01-01', date: '2004-06-01' },
			['from is repeated; the first value is used']
		],
		[
			'from=2005-01-01&from=2004-01-01&date=2004-06-01',
			{ date: '2004-06-01' },
			[
				'from is repeated; the first value is used',
				'from 2005-01-01 is after date 2004-06-01; showing a single day'
			]
		],
		['country=KOR', { country: 'KOR' }, []],
		['country=kor', { country: 'KOR' }, []],
		['country=hKg', { country: 'HKG' }, []],
		['country=FRA', {}, ['country FRA is not a known country code']],
		['country=KO', {}, ['country KO is not a known country code']],
		['country=%C4%B1or', {}, ['country ıor is not a known country code']],
		['event=lap-2004', { event: 'lap-2004' }, []],
		['event=LAP-2004', {}, ['event LAP-2004 is not a known event']],
		['event=constructor', {}, ['event constructor is not a known event']],
		['kinds=legislation,conference', { kinds: kinds('legislation', 'conference') }, []],
		['kinds=conference+,+legislation', { kinds: kinds('legislation', 'conference') }, []],
		[
			'kinds=summit,bogus,',
			{ kinds: kinds('summit') },
			['kind bogus is not a known kind of event']
		],
		[
			'kinds=bogus',
			{},
			['kind bogus is not a known kind of event', 'kinds bogus names no known kind of event']
		],
		['kinds=,,', {}, ['kinds ,, names no known kind of event']],
		['meetings=1', { meetings: true }, []],
		['meetings=0', {}, []],
		['meetings=yes', {}, ['meetings should be 1, not yes']],
		['members=1', { members: true }, []],
		['members=0', {}, []],
		['members=true', {}, ['members should be 1, not true']],
		['members=1&meetings=1', { members: true, meetings: true }, []],
		['seed=1', { seedOnly: true }, []],
		['seed=true', {}, ['seed should be 1, not true']],
		['confidence=medium', { minConfidence: 'medium' }, []],
		['confidence=high', { minConfidence: 'high' }, []],
		['confidence=low', {}, []],
		['confidence=HIGH', {}, ['confidence HIGH is not low, medium or high']],
		['view=table', { view: 'table' }, []],
		['view=map', {}, []],
		['view=globe', {}, ['view globe is not map or table']],
		[
			'date=2005-01-01&date=2006-01-01',
			{ date: '2005-01-01' },
			['date is repeated; the first value is used']
		],
		[
			'date=bad&date=2006-01-01',
			{},
			[`date bad ${OUT_OF_PERIOD}`, 'date is repeated; the first value is used']
		],
		['foo=bar', {}, ['foo is not a setting of this page']],
		[
			'__proto__=1&constructor=2',
			{},
			['__proto__ is not a setting of this page', 'constructor is not a setting of this page']
		],
		[
			'?date=9999-99-99&country=<script>alert(1)</script>&event=../../etc',
			{},
			[
				`date 9999-99-99 ${OUT_OF_PERIOD}`,
				'country <script>alert(1)</script> is not a known country code',
				'event ../../etc is not a known event'
			]
		],
		[
			'country=usa&date=2004-04-01&kinds=workshop&seed=1&view=table&confidence=high&meetings=1&event=lap-2004&members=1&from=2004-01-01',
			{
				from: '2004-01-01',
				date: '2004-04-01',
				country: 'USA',
				event: 'lap-2004',
				kinds: kinds('workshop'),
				meetings: true,
				members: true,
				seedOnly: true,
				minConfidence: 'high',
				view: 'table'
			},
			[]
		]
	])('%s', (search, patch, reasons) => {
		const { state, ignored } = parse(search);
		expect(state).toEqual(view(patch));
		expect(ignored.map((entry) => words(entry.reason))).toEqual(reasons);
	});

	it.each<[string, IgnoredParam[]]>([
		[
			'date=2002-12-31',
			[
				{
					param: 'date',
					raw: '2002-12-31',
					reason: { code: 'day', param: 'date', value: '2002-12-31' }
				}
			]
		],
		['date=', [{ param: 'date', raw: '', reason: { code: 'empty', param: 'date' } }]],
		[
			'meetings=yes',
			[{ param: 'meetings', raw: 'yes', reason: { code: 'flag', param: 'meetings', value: 'yes' } }]
		],
		['seed=2', [{ param: 'seed', raw: '2', reason: { code: 'flag', param: 'seed', value: '2' } }]],
		['country=FRA', [{ param: 'country', raw: 'FRA', reason: { code: 'country', value: 'FRA' } }]],
		[
			'kinds=bogus',
			[
				{ param: 'kinds', raw: 'bogus', reason: { code: 'kind', value: 'bogus' } },
				{ param: 'kinds', raw: 'bogus', reason: { code: 'kinds', value: 'bogus' } }
			]
		],
		[
			'view=globe&view=map',
			[
				{ param: 'view', raw: 'globe', reason: { code: 'view', value: 'globe' } },
				{ param: 'view', raw: 'map', reason: { code: 'repeated', param: 'view' } }
			]
		],
		['foo=bar', [{ param: 'foo', raw: 'bar', reason: { code: 'unknown', param: 'foo' } }]],
		[
			'from=2006-02-01&date=2005-01-01',
			[
				{
					param: 'from',
					raw: '2006-02-01',
					reason: { code: 'fromAfterDate', from: '2006-02-01', date: '2005-01-01' }
				}
			]
		]
	])('reports %s as data: what was ignored and why', (search, expected) => {
		expect(parse(search).ignored).toEqual(expected);
	});

	it.each([
		[
			'fr',
			'date=2002-12-31',
			'date=2002-12-31\u00a0: ce n’est pas un jour entre le 1er janvier 2003 et le 31 décembre 2006'
		],
		['fr', 'foo=bar', 'foo n’est pas un réglage de cette page'],
		['fr', 'meetings=yes', 'meetings=yes\u00a0: la valeur attendue est 1'],
		[
			'fr',
			'from=2006-02-01&date=2005-01-01',
			'from=2006-02-01 est après date=2005-01-01\u00a0; un seul jour est affiché'
		],
		[
			'es',
			'date=2007-01-01',
			'date=2007-01-01: no es un día entre el 1 de enero de 2003 y el 31 de diciembre de 2006'
		],
		['es', 'country=FRA', 'country=FRA: código de país desconocido'],
		[
			'es',
			'date=1&date=2',
			'date=1: no es un día entre el 1 de enero de 2003 y el 31 de diciembre de 2006'
		],
		['es', 'view=', 'view está vacío']
	] as const)('in %s, words %s', (locale, search, text) => {
		const m = { fr, es }[locale];
		expect(describeIgnored(parse(search).ignored[0].reason, m.notice, locale)).toBe(text);
	});

	it.each([
		['en', 1, '1 more was ignored'],
		['en', 2, '2 more were ignored'],
		['fr', 1, 'et 1 autre élément ignoré'],
		['fr', 80, 'et 80 autres éléments ignorés'],
		['es', 1, 'y 1 elemento más ignorado'],
		['es', 80, 'y 80 elementos más ignorados']
	] as const)('in %s, counts %i more', (locale, count, text) => {
		expect(describeIgnored({ code: 'more', count }, { en, fr, es }[locale].notice, locale)).toBe(
			text
		);
	});

	it('keeps hostile and huge text short in the report', () => {
		const huge = 'x'.repeat(1_000_000);
		const { state, ignored } = parse(`date=${huge}&${huge}=1&kinds=🎉${huge}`);
		expect(state).toEqual(view());
		expect(ignored).toHaveLength(4);
		for (const entry of ignored) {
			expect(entry.raw.length).toBeLessThanOrEqual(40);
			expect(entry.param.length).toBeLessThanOrEqual(40);
			expect(words(entry.reason).length).toBeLessThan(120);
		}
		expect(ignored[3].raw).toBe(`🎉${'x'.repeat(37)}…`);
	});

	it('lists at most 20 problems and counts the rest', () => {
		const search = Array.from({ length: 100 }, (_, i) => `p${i}=1`).join('&');
		const { ignored } = parse(search);
		expect(ignored).toHaveLength(21);
		expect(ignored[20]).toEqual({ param: '', raw: '', reason: { code: 'more', count: 80 } });
		expect(words(ignored[20].reason)).toBe('80 more were ignored');
	});
});

describe('serializeViewState', () => {
	it.each<[Partial<ViewState>, string]>([
		[{}, ''],
		[{ date: '2005-02-14' }, 'date=2005-02-14'],
		[{ country: 'KOR' }, 'country=KOR'],
		[{ event: 'lap-2004' }, 'event=lap-2004'],
		[{ event: 'a b&c' }, 'event=a%20b%26c'],
		[{ kinds: kinds('conference', 'legislation') }, 'kinds=legislation,conference'],
		[{ kinds: new Set(ALL_KINDS) }, ''],
		[{ meetings: true, seedOnly: true }, 'meetings=1&seed=1'],
		[{ members: true }, 'members=1'],
		[{ meetings: true, members: true }, 'meetings=1&members=1'],
		[{ from: '2005-01-01' }, 'from=2005-01-01'],
		[{ from: '2005-01-01', date: '2005-03-01' }, 'from=2005-01-01&date=2005-03-01'],
		[{ from: '2005-03-01', date: '2005-03-01' }, 'from=2005-03-01&date=2005-03-01'],
		[{ minConfidence: 'medium', view: 'table' }, 'confidence=medium&view=table'],
		[
			{
				view: 'table',
				minConfidence: 'high',
				seedOnly: true,
				members: true,
				meetings: true,
				kinds: kinds('report', 'initiative'),
				event: 'seoul-melbourne-mou',
				country: 'AUS',
				date: '2003-04-05',
				from: '2003-01-01'
			},
			'from=2003-01-01&date=2003-04-05&country=AUS&event=seoul-melbourne-mou&kinds=initiative,report&meetings=1&members=1&seed=1&confidence=high&view=table'
		]
	])('%o → %s', (patch, expected) => {
		expect(serializeViewState(view(patch))).toBe(expected);
	});
});

describe('isCanonical', () => {
	it.each([
		['', view(), true],
		['?', view(), true],
		['?date=2005-01-01', view({ date: '2005-01-01' }), true],
		['date=2005-01-01', view({ date: '2005-01-01' }), true],
		['?country=kor', view({ country: 'KOR' }), false],
		['?date=2006-12-31', view(), false],
		['?from=2005-01-01', view({ from: '2005-01-01' }), true],
		['?date=2005-02-01&from=2005-01-01', view({ from: '2005-01-01', date: '2005-02-01' }), false],
		['?members=1', view({ members: true }), true],
		['?kinds=conference,legislation', view({ kinds: kinds('legislation', 'conference') }), false]
	])('%s for %o → %s', (search, state, expected) => {
		expect(isCanonical(search, state)).toBe(expected);
	});
});

const days = Array.from({ length: 1461 }, (_, i) => addDays('2003-01-01', i));
const anyDay = fc.constantFrom(...days);
/** A `from` and a `date` with `from <= date`, or no `from`. */
const period = fc.oneof(
	fc.record({ from: fc.constant(null), date: anyDay }),
	fc.tuple(anyDay, anyDay).map(([a, b]) => (a <= b ? { from: a, date: b } : { from: b, date: a })),
	anyDay.map((day) => ({ from: day, date: day }))
);
const validState: fc.Arbitrary<ViewState> = fc
	.tuple(
		period,
		fc.record({
			country: fc.option(fc.constantFrom(...known.countries)),
			event: fc.option(fc.constantFrom(...known.eventIds)),
			kinds: fc.subarray([...ALL_KINDS], { minLength: 1 }).map((list) => new Set(list)),
			meetings: fc.boolean(),
			members: fc.boolean(),
			seedOnly: fc.boolean(),
			minConfidence: fc.constantFrom('low', 'medium', 'high'),
			view: fc.constantFrom('map', 'table')
		})
	)
	.map(([range, rest]) => ({ ...range, ...rest }));

function expectComplete(state: ViewState): void {
	expect(Object.keys(state).sort()).toEqual(Object.keys(DEFAULT_VIEW).sort());
	expect(isIsoDay(state.date) && state.date >= '2003-01-01' && state.date <= '2006-12-31').toBe(
		true
	);
	expect(
		state.from === null ||
			(isIsoDay(state.from) && state.from >= '2003-01-01' && state.from <= state.date)
	).toBe(true);
	expect(state.country === null || known.countries.has(state.country)).toBe(true);
	expect(state.event === null || known.eventIds.has(state.event)).toBe(true);
	expect(state.kinds.size).toBeGreaterThan(0);
	for (const kind of state.kinds) expect(ALL_KINDS).toContain(kind);
	expect(['low', 'medium', 'high']).toContain(state.minConfidence);
	expect(['map', 'table']).toContain(state.view);
	for (const flag of [state.meetings, state.members, state.seedOnly]) {
		expect(typeof flag).toBe('boolean');
	}
}

const nearMiss = fc.constantFrom(
	...[
		'2004-02-29',
		'2005-02-29',
		'2003-01-01',
		'2006-12-31',
		'2005-06-15',
		'2003-00-10',
		'2006-12-32',
		'9999-99-99',
		'2005-1-1',
		' 2005-01-01'
	],
	...['kor', 'KOR', 'kOr', 'FRA', 'XKX', 'ko', 'KORE', 'İOR', '1', '0', 'true', 'yes', ''],
	...['medium', 'HIGH', 'low', 'table', 'map', 'lap-2004', '../../etc', '__proto__'],
	...['legislation,,conference', 'summit,bogus', ',', '<script>alert(1)</script>', '%00', '\u0000']
);
const paramName = fc.oneof(
	fc.constantFrom('from', 'date', 'country', 'event', 'kinds', 'meetings', 'members', 'seed'),
	fc.constantFrom('confidence', 'view'),
	fc.constantFrom('Date', 'date ', 'kinds[]', '__proto__', 'constructor', 'toString', ''),
	fc.string({ unit: 'binary', maxLength: 8 })
);
const paramValue = fc.oneof(
	nearMiss,
	fc.string({ unit: 'binary' }),
	fc.string({ unit: 'grapheme' })
);
const encode = (text: string, raw: boolean) => (raw ? text : encodeURIComponent(text));
const builtQuery = fc
	.array(fc.tuple(paramName, paramValue, fc.boolean()), { maxLength: 12 })
	.map((pairs) => pairs.map(([k, v, raw]) => `${encode(k, raw)}=${encode(v, raw)}`).join('&'));
const anyQuery = fc.oneof(
	builtQuery,
	fc.string({ unit: 'binary', maxLength: 200 }),
	fc.string({ unit: 'grapheme', maxLength: 100 }),
	fc.webQueryParameters()
);

// Thousands of runs each: on a shared, loaded machine they can outlast vitest's default 5 s.
describe('parse and serialize, as properties', () => {
	it('round-trips every valid state', () => {
		fc.assert(
			fc.property(validState, (state) => {
				const search = serializeViewState(state);
				const again = parse(search);
				expect(again.ignored).toEqual([]);
				expect(again.state).toEqual(state);
				expect(isCanonical(`?${search}`, state)).toBe(true);
			}),
			{ numRuns: 2000 }
		);
	});

	it('turns any query string into a complete state whose URL is a fixed point', () => {
		fc.assert(
			fc.property(anyQuery, (search) => {
				const { state, ignored } = parse(search);
				expectComplete(state);
				expect(ignored.length).toBeLessThanOrEqual(21);
				for (const entry of ignored) expect(entry.raw.length).toBeLessThanOrEqual(40);
				const canonical = serializeViewState(state);
				const again = parse(canonical);
				expect(again.state).toEqual(state);
				expect(again.ignored).toEqual([]);
				expect(serializeViewState(again.state)).toBe(canonical);
			}),
			{ numRuns: 5000 }
		);
	}, 30_000);

	it('keeps a from on or before the date, and drops one after it with a notice', () => {
		fc.assert(
			fc.property(anyDay, fc.option(anyDay), fc.boolean(), (from, date, fromFirst) => {
				const pairs = [`from=${from}`, ...(date ? [`date=${date}`] : [])];
				const { state, ignored } = parse((fromFirst ? pairs : pairs.reverse()).join('&'));
				const end = date ?? '2006-12-31';
				expect(state.date).toBe(end);
				expect(state.from).toBe(from <= end ? from : null);
				expect(ignored.map((entry) => entry.param)).toEqual(from <= end ? [] : ['from']);
			}),
			{ numRuns: 1000 }
		);
	});

	it('survives huge values', () => {
		const huge = fc.string({ unit: 'binary', minLength: 5_000, maxLength: 20_000 });
		fc.assert(
			fc.property(paramName, huge, (name, value) => {
				const { state, ignored } = parseViewState(new URLSearchParams([[name, value]]), known);
				expectComplete(state);
				for (const entry of ignored) expect(entry.raw.length).toBeLessThanOrEqual(40);
			}),
			{ numRuns: 200 }
		);
	});
});
