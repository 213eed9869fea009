import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from './types';
import { formatProblems, validateEvents, type Problem } from './validate';

function event(overrides: Partial<AtlasEvent> = {}): AtlasEvent {
	return {
		id: 'a-2005',
		title: 'An instrument',
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
			'an empty agency',
			[{ country: 'USA', role: 'signatory', agency: '' }],
			'participants[0].agency'
		]
	])('reports a participant with %s', (_, participants, field) => {
		expect(fields(validateEvents([event({ participants })]))).toContain(`a-2005.${field}`);
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
		['duplicate ids', [event(), event()], ['a-2005.id']],
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

	it('formats problems as id.field: message lines', () => {
		const text = formatProblems(validateEvents([event({ date: '2005-02-30', title: '' })]));
		expect(text.split('\n')).toEqual([
			'a-2005.title: empty',
			'a-2005.date: not YYYY-MM-DD or YYYY-MM: 2005-02-30'
		]);
	});
});
