import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from './types';
import { formatProblems, SHORT_TITLE_MAX, validateEvents, type Problem } from './validate';

function event(overrides: Partial<AtlasEvent> = {}): AtlasEvent {
	return {
		id: 'a-2005',
		title: 'An instrument',
		// Unique per id, so that lists of fixtures only clash where a test wants them to.
		shortTitle: `Instrument ${overrides.id ?? 'a-2005'}`,
		kind: 'bilateral-mou',
		category: 'agreement',
		date: '2005-02-24',
		place: { kind: 'city', city: 'Washington, DC', country: 'USA' },
		summary: 'Two agencies agreed to cooperate.',
		participants: [
			{ country: 'USA', role: 'signatory' },
			{ country: 'ESP', role: 'signatory' }
		],
		nonStateParticipants: [],
		organizers: [],
		sources: [{ title: 'A source', url: 'https://example.org/a' }],
		confidence: 'high',
		notes: '',
		inSeed: true,
		related: [],
		keyDates: [],
		...overrides
	};
}

const fields = (problems: Problem[]) => problems.map((p) => `${p.id}.${p.field}`);

describe('validateEvents', () => {
	it('accepts a well-formed event', () => {
		expect(validateEvents([event()])).toEqual([]);
	});

	it.each<[string, Partial<AtlasEvent>, string]>([
		['id with capitals', { id: 'A-2005' }, 'A-2005.id'],
		['id with a space', { id: 'a 2005' }, 'a 2005.id'],
		['id with a trailing hyphen', { id: 'a-' }, 'a-.id'],
		['empty title', { title: ' ' }, 'a-2005.title'],
		['empty summary', { summary: '' }, 'a-2005.summary'],
		['meeting kind on an agreement', { kind: 'workshop' }, 'a-2005.kind'],
		['impossible day', { date: '2005-02-30' }, 'a-2005.date'],
		['invented format', { date: '24/02/2005' }, 'a-2005.date'],
		['before the period', { date: '2002-07-12' }, 'a-2005.date'],
		['after the period', { date: '2007-01' }, 'a-2005.date'],
		['end before start', { endDate: '2005-02-23' }, 'a-2005.endDate'],
		['end equal to start', { endDate: '2005-02-24' }, 'a-2005.endDate'],
		['end not a date', { endDate: '2005-02-31' }, 'a-2005.endDate'],
		['end after the period', { endDate: '2007-01-02' }, 'a-2005.date'],
		['bad key date', { keyDates: [{ date: '2002-13', label: 'x' }] }, 'a-2005.keyDates[0].date'],
		[
			'empty key date label',
			{ keyDates: [{ date: '2002-07', label: '' }] },
			'a-2005.keyDates[0].label'
		],
		['empty city', { place: { kind: 'city', city: '', country: 'USA' } }, 'a-2005.place.city'],
		[
			'unknown place country',
			{ place: { kind: 'country', country: 'XXX' } },
			'a-2005.place.country'
		],
		['no sources', { sources: [] }, 'a-2005.sources'],
		[
			'local path as source',
			{ sources: [{ title: 'Seed', url: 'shared/seed/x.txt' }] },
			'a-2005.sources[0].url'
		],
		[
			'truncated URL',
			{ sources: [{ title: 'T', url: 'https://studylib.net/doc/1/x...' }] },
			'a-2005.sources[0].url'
		],
		[
			'untitled source',
			{ sources: [{ title: '', url: 'https://example.org' }] },
			'a-2005.sources[0].title'
		],
		['low confidence without notes', { confidence: 'low', notes: ' ' }, 'a-2005.notes'],
		['unknown confidence', { confidence: 'sure' as never }, 'a-2005.confidence'],
		['unnamed participants left empty', { unnamedParticipants: '' }, 'a-2005.unnamedParticipants']
	])('reports %s', (_, overrides, expected) => {
		expect(fields(validateEvents([event(overrides)]))).toContain(expected);
	});

	it.each<[string, AtlasEvent['participants'], string]>([
		['an alpha-2 code', [{ country: 'US', role: 'signatory' }], 'participants[0].country'],
		['an unassigned code', [{ country: 'XKX', role: 'signatory' }], 'participants[0].country'],
		['a lower-case code', [{ country: 'usa', role: 'signatory' }], 'participants[0].country'],
		[
			'a country twice',
			[
				{ country: 'USA', role: 'signatory' },
				{ country: 'USA', role: 'host' }
			],
			'participants[1].country'
		],
		['an unknown role', [{ country: 'USA', role: 'observer' as never }], 'participants[0].role'],
		[
			'a meeting role on an instrument',
			[{ country: 'USA', role: 'chair' }],
			'participants[0].role'
		],
		['joined without since', [{ country: 'POL', role: 'joined' }], 'participants[0].since'],
		[
			'since not a date',
			[{ country: 'POL', role: 'joined', since: '2004-5-1' }],
			'participants[0].since'
		],
		[
			'since before the event',
			[{ country: 'POL', role: 'party', since: '2005-01' }],
			'participants[0].since'
		],
		[
			'since the event day',
			[{ country: 'POL', role: 'party', since: '2005-02-24' }],
			'participants[0].since'
		],
		[
			'since after the period',
			[{ country: 'POL', role: 'party', since: '2007-01' }],
			'participants[0].since'
		],
		[
			'a since date on a role other than joined',
			[{ country: 'POL', role: 'member', since: '2005-06' }],
			'participants[0].role'
		],
		[
			'an empty agency',
			[{ country: 'USA', role: 'signatory', agency: '' }],
			'participants[0].agency'
		]
	])('reports a participant with %s', (_, participants, field) => {
		expect(fields(validateEvents([event({ participants })]))).toContain(`a-2005.${field}`);
	});

	it('reports a company, association or person also mapped as its country, or badly described', () => {
		const company = { name: 'eBay Inc., signatory', kind: 'company' as const, country: 'USA' };
		const mapped = event({
			participants: [{ country: 'USA', role: 'signatory', agency: 'eBay Inc.' }],
			nonStateParticipants: [company]
		});
		expect(fields(validateEvents([mapped]))).toContain('a-2005.nonStateParticipants[0].name');
		const listed = event({ nonStateParticipants: [company, 'OECD'] });
		expect(validateEvents([listed])).toEqual([]);
		const bad = event({
			nonStateParticipants: [{ name: '', kind: 'robot' as never, country: 'XXX' }, '']
		});
		expect(fields(validateEvents([bad]))).toEqual(
			expect.arrayContaining([
				'a-2005.nonStateParticipants[0].name',
				'a-2005.nonStateParticipants[0].kind',
				'a-2005.nonStateParticipants[0].country',
				'a-2005.nonStateParticipants[1]'
			])
		);
	});

	it('accepts a later since, a month since, and a meeting role on a meeting', () => {
		const later = event({ participants: [{ country: 'POL', role: 'joined', since: '2005-03' }] });
		const meeting = event({
			kind: 'workshop',
			category: 'meeting',
			participants: [{ country: 'USA', role: 'chair' }]
		});
		expect(validateEvents([later])).toEqual([]);
		expect(validateEvents([meeting])).toEqual([]);
	});

	it('reports a signatory of a meeting', () => {
		const meeting = event({ kind: 'workshop', category: 'meeting' });
		expect(fields(validateEvents([meeting]))).toContain('a-2005.participants[0].role');
	});

	it.each<[string, AtlasEvent[], string[]]>([
		['duplicate ids', [event(), event({ shortTitle: 'Another' })], ['a-2005.id']],
		['a related id that does not exist', [event({ related: ['nope'] })], ['a-2005.related']],
		['a related link to itself', [event({ related: ['a-2005'] })], ['a-2005.related']],
		[
			'a one-way link',
			[event({ related: ['b-2005'] }), event({ id: 'b-2005' })],
			['a-2005.related']
		],
		[
			'a duplicate link',
			[event({ related: ['b-2005', 'b-2005'] }), event({ id: 'b-2005', related: ['a-2005'] })],
			['a-2005.related']
		]
	])('reports %s', (_, events, expected) => {
		expect(fields(validateEvents(events))).toEqual(expected);
	});

	it('accepts a two-way link', () => {
		const pair = [event({ related: ['b-2005'] }), event({ id: 'b-2005', related: ['a-2005'] })];
		expect(validateEvents(pair)).toEqual([]);
	});

	describe('shortTitle', () => {
		it.each<[string, string]>([
			['one character', 'A'],
			[`exactly ${SHORT_TITLE_MAX} characters`, 'x'.repeat(SHORT_TITLE_MAX)],
			// 32 code points but 33 UTF-16 units: the en dash is one character.
			['en dashes counted once', `Seoul–Melbourne ${'x'.repeat(16)}`],
			// A character outside the BMP is one code point, two UTF-16 units.
			['an astral character counted once', `${'x'.repeat(SHORT_TITLE_MAX - 1)}𝔸`]
		])('accepts %s', (_, shortTitle) => {
			expect(validateEvents([event({ shortTitle })])).toEqual([]);
		});

		it.each<[string, unknown, string]>([
			['an empty shortTitle', '', 'missing or empty'],
			['a blank shortTitle', '   ', 'missing or empty'],
			['a missing shortTitle', undefined, 'missing or empty'],
			['a shortTitle that is not a string', 42, 'missing or empty'],
			['a leading space', ' London Action Plan', 'leading or trailing space'],
			['a trailing space', 'London Action Plan ', 'leading or trailing space'],
			['a trailing newline', 'London Action Plan\n', 'leading or trailing space'],
			[
				`${SHORT_TITLE_MAX + 1} characters`,
				'x'.repeat(SHORT_TITLE_MAX + 1),
				`${SHORT_TITLE_MAX + 1} characters, more than ${SHORT_TITLE_MAX}`
			],
			[
				`${SHORT_TITLE_MAX + 1} characters with en dashes`,
				`Seoul–Melbourne ${'x'.repeat(17)}`,
				`${SHORT_TITLE_MAX + 1} characters, more than ${SHORT_TITLE_MAX}`
			]
		])('reports %s', (_, shortTitle, message) => {
			const problems = validateEvents([event({ shortTitle: shortTitle as string })]);
			expect(problems).toEqual([{ id: 'a-2005', field: 'shortTitle', message }]);
		});

		it.each<[string, string, string]>([
			['the same shortTitle', 'London Action Plan', 'London Action Plan'],
			['the same shortTitle in another case', 'London Action Plan', 'london action plan'],
			[
				'the same shortTitle, composed and decomposed',
				'WTSA-04, Floriano\u0301polis',
				'WTSA-04, Florian\u00f3polis'
			]
		])('reports two events with %s, on the second', (_, first, second) => {
			const pair = [event({ shortTitle: first }), event({ id: 'b-2005', shortTitle: second })];
			expect(validateEvents(pair)).toEqual([
				{ id: 'b-2005', field: 'shortTitle', message: 'same as the shortTitle of a-2005' }
			]);
		});

		it('accepts different shortTitles', () => {
			const pair = [
				event({ shortTitle: 'OECD Toolkit launched' }),
				event({ id: 'b-2005', shortTitle: 'OECD Toolkit published' })
			];
			expect(validateEvents(pair)).toEqual([]);
		});
	});

	describe('instrumentOf', () => {
		// An instrument and a later milestone of it, as the OECD Anti-Spam Toolkit (2004, 2006).
		const first = (overrides: Partial<AtlasEvent> = {}) =>
			event({ id: 'toolkit-2004', date: '2004-09-21', ...overrides });
		const later = (overrides: Partial<AtlasEvent> = {}) =>
			event({ id: 'toolkit-2006', date: '2006-04-19', instrumentOf: 'toolkit-2004', ...overrides });

		it.each<[string, AtlasEvent[]]>([
			['a later milestone of an agreement', [first(), later()]],
			['a milestone on the same day', [first(), later({ date: '2004-09-21' })]],
			[
				'a day-dated milestone in the month of a month-only instrument',
				[first({ date: '2004-09' }), later({ date: '2004-09-01' })]
			],
			['a milestone listed before its instrument', [later(), first()]],
			[
				'two milestones of one instrument',
				[first(), later(), later({ id: 'toolkit-2005', date: '2005-01' })]
			]
		])('accepts %s', (_, events) => {
			expect(validateEvents(events)).toEqual([]);
		});

		it.each<[string, AtlasEvent[], string]>([
			['an unknown event', [later({ instrumentOf: 'nope' })], 'unknown event nope'],
			['an empty id', [first(), later({ instrumentOf: '' })], 'empty'],
			[
				'itself',
				[later({ instrumentOf: 'toolkit-2006' })],
				'an event cannot be a milestone of itself'
			],
			[
				'a meeting',
				[first({ kind: 'workshop', category: 'meeting', participants: [] }), later()],
				'toolkit-2004 is a meeting, not an agreement'
			],
			[
				'a later event',
				[first({ date: '2006-05-01' }), later()],
				'toolkit-2004 (2006-05-01) is later than this event (2006-04-19)'
			],
			[
				'a later event, by a day',
				[first({ date: '2006-04-20' }), later()],
				'toolkit-2004 (2006-04-20) is later than this event (2006-04-19)'
			],
			[
				'a month-only event that starts after a day',
				[first({ date: '2006-05' }), later({ date: '2006-04-30' })],
				'toolkit-2004 (2006-05) is later than this event (2006-04-30)'
			],
			[
				// Not surely earlier: the milestone may fall on 1 to 14 April.
				'a day inside the month of a month-only milestone',
				[first({ date: '2006-04-15' }), later({ date: '2006-04' })],
				'toolkit-2004 (2006-04-15) is later than this event (2006-04)'
			],
			[
				'a milestone of another instrument (a chain)',
				[
					event({ id: 'plan-2003', date: '2003-11-01' }),
					first({ instrumentOf: 'plan-2003' }),
					later()
				],
				'toolkit-2004 is itself a milestone of plan-2003'
			]
		])('reports a milestone of %s', (_, events, message) => {
			expect(validateEvents(events)).toEqual([
				{ id: 'toolkit-2006', field: 'instrumentOf', message }
			]);
		});
	});

	it('formats problems as id.field: message lines', () => {
		const text = formatProblems(validateEvents([event({ date: '2005-02-30', title: '' })]));
		expect(text.split('\n')).toEqual([
			'a-2005.title: empty',
			'a-2005.date: not YYYY-MM-DD or YYYY-MM: 2005-02-30'
		]);
	});
});
