import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, PERIOD_END, PERIOD_START } from '$lib/time/day';
import { eventById, events } from './dataset';
import {
	changeDays,
	countedBefore,
	countryHistory,
	countsAsJoining,
	DEFAULT_COUNTING,
	eventEndDay,
	eventStartDay,
	eventsInRange,
	instrumentCount,
	instrumentKey,
	joinedInRange,
	JOINING_ROLES,
	matchesFilter,
	participationOn,
	rangeSummary,
	type Commitment,
	type CountingScope,
	type EventFilter,
	type ParticipationOptions
} from './participation';
import { ParticipationIndex } from './participationIndex';
import { ROLES, type Category, type EventSummary, type Participant, type Role } from './types';

const get = (id: string) => eventById.get(id)!;
const ids = (list: { id: string }[]) => list.map((e) => e.id);
const total = (day: string, options?: ParticipationOptions) =>
	[...participationOn(day, options).values()].reduce((n, list) => n + list.length, 0);
const anyDay = fc
	.integer({ min: 0, max: daysBetween(PERIOD_START, PERIOD_END) })
	.map((n) => addDays(PERIOD_START, n));
/** The four counting scopes a reader can choose. */
const SCOPES: CountingScope[] = [
	{ includeMembers: false, includeMeetings: false },
	{ includeMembers: true, includeMeetings: false },
	{ includeMembers: false, includeMeetings: true },
	{ includeMembers: true, includeMeetings: true }
];
const anyScope = fc.constantFrom(...SCOPES);
/** A participation map as `{ country: [event ids] }`, for readable comparisons. */
const asIds = (map: Map<string, Commitment[]>) =>
	Object.fromEntries([...map].map(([country, list]) => [country, list.map((c) => c.event.id)]));

describe('countsAsJoining', () => {
	const none = DEFAULT_COUNTING;
	const members = { includeMembers: true, includeMeetings: false };
	const meetings = { includeMembers: false, includeMeetings: true };
	const both = { includeMembers: true, includeMeetings: true };
	// [category, role, scope, counts]
	it.each<[Category, Role, CountingScope, boolean]>([
		['agreement', 'signatory', none, true],
		['agreement', 'party', none, true],
		['agreement', 'joined', none, true],
		['agreement', 'member', none, false],
		['agreement', 'member', members, true],
		['agreement', 'member', meetings, false],
		['agreement', 'member', both, true],
		['agreement', 'host', none, false],
		['agreement', 'host', members, false],
		['agreement', 'host', meetings, false],
		['agreement', 'host', both, false],
		['agreement', 'chair', both, false],
		['agreement', 'participant', both, false],
		['meeting', 'participant', none, false],
		['meeting', 'signatory', members, false],
		['meeting', 'host', meetings, true],
		['meeting', 'chair', meetings, true],
		['meeting', 'participant', meetings, true],
		['meeting', 'member', meetings, true],
		['meeting', 'signatory', both, true]
	])('%s, %s, %o → %s', (category, role, scope, expected) => {
		expect(countsAsJoining({ event: { category }, participant: { role } }, scope)).toBe(expected);
	});

	it('counts only the joining roles by default, and they are roles', () => {
		for (const role of ROLES) {
			expect(countsAsJoining({ event: { category: 'agreement' }, participant: { role } })).toBe(
				JOINING_ROLES.includes(role)
			);
		}
		expect(JOINING_ROLES.every((role) => ROLES.includes(role))).toBe(true);
	});
});

describe('instrumentKey and instrumentCount', () => {
	const event = (id: string, instrumentOf?: string) => ({ event: { id, instrumentOf } });
	it.each<[string, number, ReturnType<typeof event>[]]>([
		['nothing', 0, []],
		['two instruments', 2, [event('a'), event('b')]],
		['a milestone of a listed instrument', 1, [event('a'), event('a-2006', 'a')]],
		['a milestone whose instrument is not listed', 2, [event('b'), event('a-2006', 'a')]],
		['two milestones of one instrument', 1, [event('a-2005', 'a'), event('a-2006', 'a')]],
		['the same event twice', 1, [event('a'), event('a')]]
	])('%s → %i', (_, expected, list) => {
		expect(instrumentCount(list)).toBe(expected);
	});

	it.each([
		[{ id: 'x' }, 'x'],
		[{ id: 'x-2006', instrumentOf: 'x' }, 'x']
	])('%o belongs to %s', (event, key) => {
		expect(instrumentKey(event)).toBe(key);
	});
});

/**
 * A small made-up dataset with every case of counting:
 * - `mou` (2004-01-10): AAA signs, BBB hosts, CCC is a member of the convener, DDD joins in March
 *   2004 (month only: from 2004-03-31);
 * - `meet` (2004-02-01..03, a meeting): AAA hosts, BBB chairs, FFF attends;
 * - `decl` (2004-03-15): BBB chairs, CCC is a member of the convener;
 * - `mou-2006` (2006-02-01), a later milestone of `mou` (a declaration, not in the seed): AAA and
 *   CCC are parties, EEE joins.
 */
function fixture(
	id: string,
	category: Category,
	date: string,
	participants: Participant[],
	extra: Partial<EventSummary> = {}
): EventSummary {
	return {
		id,
		title: id,
		shortTitle: id,
		kind: category === 'agreement' ? 'multilateral-mou' : 'conference',
		category,
		date,
		participants,
		confidence: 'high',
		inSeed: true,
		...extra
	};
}
const FIXTURE = [
	fixture('mou', 'agreement', '2004-01-10', [
		{ country: 'AAA', role: 'signatory' },
		{ country: 'BBB', role: 'host' },
		{ country: 'CCC', role: 'member' },
		{ country: 'DDD', role: 'joined', since: '2004-03' }
	]),
	fixture(
		'meet',
		'meeting',
		'2004-02-01',
		[
			{ country: 'AAA', role: 'host' },
			{ country: 'BBB', role: 'chair' },
			{ country: 'FFF', role: 'participant' }
		],
		{ endDate: '2004-02-03' }
	),
	fixture('decl', 'agreement', '2004-03-15', [
		{ country: 'BBB', role: 'chair' },
		{ country: 'CCC', role: 'member' }
	]),
	fixture(
		'mou-2006',
		'agreement',
		'2006-02-01',
		[
			{ country: 'AAA', role: 'party' },
			{ country: 'CCC', role: 'party' },
			{ country: 'EEE', role: 'party' }
		],
		{ instrumentOf: 'mou', kind: 'declaration', inSeed: false }
	)
];
const small = new ParticipationIndex(FIXTURE);
const MEMBERS: ParticipationOptions = { includeMembers: true };
const MEETINGS: ParticipationOptions = { includeMeetings: true };
const BOTH: ParticipationOptions = { includeMembers: true, includeMeetings: true };

describe('ParticipationIndex on a made-up dataset', () => {
	it.each<[string, ParticipationOptions, Record<string, string[]>]>([
		['2004-01-09', BOTH, {}],
		['2004-01-10', {}, { AAA: ['mou'] }],
		['2004-01-10', MEMBERS, { AAA: ['mou'], CCC: ['mou'] }],
		['2004-02-03', MEETINGS, { AAA: ['mou', 'meet'], BBB: ['meet'], FFF: ['meet'] }],
		['2004-03-30', {}, { AAA: ['mou'] }],
		['2004-03-31', {}, { AAA: ['mou'], DDD: ['mou'] }],
		['2004-03-31', MEMBERS, { AAA: ['mou'], CCC: ['mou', 'decl'], DDD: ['mou'] }],
		// The 2006 milestone is new only to CCC (by default) and EEE.
		['2006-12-31', {}, { AAA: ['mou'], CCC: ['mou-2006'], DDD: ['mou'], EEE: ['mou-2006'] }],
		[
			'2006-12-31',
			MEMBERS,
			{ AAA: ['mou'], CCC: ['mou', 'decl'], DDD: ['mou'], EEE: ['mou-2006'] }
		],
		[
			'2006-12-31',
			BOTH,
			{
				AAA: ['mou', 'meet'],
				BBB: ['meet'],
				CCC: ['mou', 'decl'],
				DDD: ['mou'],
				EEE: ['mou-2006'],
				FFF: ['meet']
			}
		],
		// Only the seed: the later milestone drops out.
		['2006-12-31', { filter: { seedOnly: true } }, { AAA: ['mou'], DDD: ['mou'] }],
		// Without the first milestone, the later one counts from its own day, for everyone in it.
		[
			'2006-12-31',
			{ ...MEMBERS, filter: { kinds: new Set(['declaration']) } },
			{ AAA: ['mou-2006'], CCC: ['mou-2006'], EEE: ['mou-2006'] }
		],
		['2006-12-31', { filter: { kinds: new Set(['conference']) } }, {}]
	])('participationOn(%s, %o)', (day, options, expected) => {
		expect(asIds(small.participationOn(day, options))).toEqual(expected);
	});

	it.each<[ParticipationOptions, string[]]>([
		[{}, ['2004-01-10', '2004-03-31', '2006-02-01']],
		// CCC counts `mou` as a member already: its 2006 milestone adds only EEE.
		[MEMBERS, ['2004-01-10', '2004-03-15', '2004-03-31', '2006-02-01']],
		[MEETINGS, ['2004-01-10', '2004-02-01', '2004-03-31', '2006-02-01']],
		[{ filter: { kinds: new Set(['conference']) } }, []]
	])('changeDays(%o) → %j', (options, expected) => {
		expect(small.changeDays(options)).toEqual(expected);
	});

	it('does not make a change day of a milestone that adds nothing', () => {
		const noNewcomer = new ParticipationIndex([
			FIXTURE[0],
			fixture('mou-2005', 'agreement', '2005-05-05', [{ country: 'AAA', role: 'party' }], {
				instrumentOf: 'mou'
			})
		]);
		expect(noNewcomer.changeDays()).toEqual(['2004-01-10', '2004-03-31']);
	});

	it.each<[string, string, ParticipationOptions, Record<string, string[]>]>([
		['2004-01-10', '2004-01-10', {}, { AAA: ['mou'] }],
		['2004-01-11', '2004-03-30', {}, {}],
		['2004-01-11', '2004-03-30', MEETINGS, { AAA: ['meet'], BBB: ['meet'], FFF: ['meet'] }],
		['2004-01-11', '2004-03-30', MEMBERS, { CCC: ['decl'] }],
		// A month-only `since` takes effect on the month's last day.
		['2004-03-01', '2004-03-30', {}, {}],
		['2004-03-31', '2004-03-31', {}, { DDD: ['mou'] }],
		// AAA already counts `mou`: its 2006 milestone is not a new join.
		['2005-01-01', '2006-12-31', {}, { CCC: ['mou-2006'], EEE: ['mou-2006'] }],
		['2005-01-01', '2006-12-31', MEMBERS, { EEE: ['mou-2006'] }],
		[
			'2003-01-01',
			'2006-12-31',
			{},
			{ AAA: ['mou'], CCC: ['mou-2006'], DDD: ['mou'], EEE: ['mou-2006'] }
		],
		['2006-02-02', '2006-12-31', BOTH, {}],
		['2004-03-31', '2004-01-10', BOTH, {}]
	])('joinedInRange(%s, %s, %o)', (from, to, options, expected) => {
		expect(asIds(small.joinedInRange(from, to, options))).toEqual(expected);
	});

	it.each<[string, ParticipationOptions, string[]]>([
		['2004-01-10', BOTH, []],
		['2004-01-11', {}, ['AAA']],
		['2004-01-11', MEMBERS, ['AAA', 'CCC']],
		['2004-02-02', MEETINGS, ['AAA', 'BBB', 'FFF']],
		['2004-03-31', {}, ['AAA']],
		['2004-04-01', {}, ['AAA', 'DDD']],
		['2006-12-31', {}, ['AAA', 'CCC', 'DDD', 'EEE']]
	])('countedBefore(%s, %o) → %j', (day, options, expected) => {
		expect([...small.countedBefore(day, options)].sort()).toEqual(expected);
	});

	it.each<[string, string, ParticipationOptions, [number, number, number]]>([
		['2004-01-01', '2004-12-31', {}, [2, 1, 3]],
		['2004-01-01', '2004-12-31', MEMBERS, [3, 2, 3]],
		['2004-01-01', '2004-12-31', BOTH, [5, 3, 3]],
		['2004-02-02', '2004-02-02', BOTH, [0, 0, 1]],
		['2005-01-01', '2006-12-31', {}, [2, 1, 1]],
		['2005-01-01', '2005-12-31', BOTH, [0, 0, 0]],
		['2004-01-01', '2006-12-31', { filter: { seedOnly: true } }, [2, 1, 3]]
	])(
		'rangeSummary(%s, %s, %o) → [countries, instruments, events] %j',
		(from, to, options, [countries, instruments, events]) => {
			expect(small.rangeSummary(from, to, options)).toEqual({ countries, instruments, events });
		}
	);

	it('lists every role in a country’s history and says which count', () => {
		const flags = (iso3: string, scope?: CountingScope) =>
			small.countryHistory(iso3, undefined, scope).map((c) => [c.event.id, c.counts]);
		expect(flags('BBB')).toEqual([
			['mou', false],
			['meet', false],
			['decl', false]
		]);
		expect(flags('BBB', { includeMembers: true, includeMeetings: true })).toEqual([
			['mou', false],
			['meet', true],
			['decl', false]
		]);
		expect(flags('CCC')).toEqual([
			['mou', false],
			['decl', false],
			['mou-2006', true]
		]);
		expect(flags('CCC', { includeMembers: true, includeMeetings: false })).toEqual([
			['mou', true],
			['decl', true],
			['mou-2006', true]
		]);
	});
});

describe('eventStartDay and eventEndDay', () => {
	it.each([
		['au-kr-spam-mou-2003', '2003-10-20', '2003-10-20'],
		['asem-joint-statement-anti-spam-2005', '2005-02-21', '2005-02-22'],
		['mit-spam-conference-2006', '2006-03-01', '2006-03-31'],
		['irtf-anti-spam-research-group-2003', '2003-02-01', '2003-03-31']
	])('%s spans %s..%s', (id, start, end) => {
		expect(eventStartDay(get(id))).toBe(start);
		expect(eventEndDay(get(id))).toBe(end);
	});
});

describe('matchesFilter', () => {
	it.each<[string, EventFilter, boolean]>([
		['ceas-2005', {}, true],
		['ceas-2005', { kinds: new Set(['conference']) }, true],
		['ceas-2005', { kinds: new Set(['workshop']) }, false],
		['ceas-2005', { kinds: new Set() }, false],
		['wsis-tunis-2005', { seedOnly: true }, false],
		['wsis-tunis-2005', { seedOnly: false }, true],
		['mit-spam-conference-2006', { minConfidence: 'medium' }, true],
		['mit-spam-conference-2006', { minConfidence: 'high' }, false],
		['captef-anti-spam-declaration-2005', { minConfidence: 'low' }, true],
		['captef-anti-spam-declaration-2005', { minConfidence: 'medium' }, false]
	])('%s with %o → %s', (id, filter, expected) => {
		expect(matchesFilter(get(id), filter)).toBe(expected);
	});
});

describe('participationOn', () => {
	it('is empty before the first commitment and lists only countries with commitments', () => {
		expect(participationOn('2003-01-01').size).toBe(0);
		for (const list of participationOn(PERIOD_END, { includeMeetings: true }).values()) {
			expect(list.length).toBeGreaterThan(0);
		}
	});

	it('counts instruments only, unless meetings are switched on', () => {
		const plain = participationOn('2004-09-08').get('KOR') ?? [];
		const withMeetings = participationOn('2004-09-08', { includeMeetings: true }).get('KOR') ?? [];
		expect(plain.every((c) => c.event.category === 'agreement')).toBe(true);
		expect(ids(plain.map((c) => c.event))).not.toContain('oecd-spam-workshop-busan-2004');
		expect(ids(withMeetings.map((c) => c.event))).toContain('oecd-spam-workshop-busan-2004');
		// Jordan only chaired or attended meetings.
		expect(participationOn(PERIOD_END).has('JOR')).toBe(false);
		expect(participationOn(PERIOD_END, { includeMeetings: true }).has('JOR')).toBe(true);
	});

	// [country, event, scope, counted on the last day]
	it.each<[string, string, ParticipationOptions, boolean]>([
		// Brazil's only instrument is hosting the assembly that adopted the ITU resolutions.
		['BRA', 'itu-wtsa-04-resolutions-51-52-spam', BOTH, false],
		['BRA', 'wtsa-04-florianopolis', MEETINGS, true],
		// The UK hosted the London Action Plan's meeting (its role is `host`).
		['GBR', 'london-action-plan-2004', BOTH, false],
		['USA', 'london-action-plan-2004', {}, true],
		// Korea joined the LAP later: it counts from February 2005, by default.
		['KOR', 'london-action-plan-2004', {}, true],
		['KOR', 'london-action-plan-2004', MEMBERS, true],
		['FRA', 'oecd-task-force-on-spam-2004', {}, false],
		['FRA', 'oecd-task-force-on-spam-2004', MEMBERS, true],
		['FRA', 'oecd-task-force-on-spam-2004', MEETINGS, false],
		['TWN', 'operation-spam-zombies-2005', {}, true],
		['USA', 'operation-spam-zombies-2005', BOTH, false]
	])('%s in %s with %o: %s', (country, id, options, expected) => {
		const counted = ids(
			(participationOn(PERIOD_END, options).get(country) ?? []).map((c) => c.event)
		);
		expect(counted.includes(id)).toBe(expected);
	});

	it('counts the OECD Anti-Spam Toolkit once, from its launch', () => {
		const launch = 'oecd-anti-spam-toolkit-launch-2004';
		expect(instrumentKey(get('oecd-anti-spam-toolkit-2006'))).toBe(launch);
		const toolkit = (map: Map<string, Commitment[]>) =>
			ids(
				(map.get('AUS') ?? []).filter((c) => instrumentKey(c.event) === launch).map((c) => c.event)
			);
		expect(toolkit(participationOn(PERIOD_END, MEMBERS))).toEqual([launch]);
		// Its 2006 publication is not a new join for a member that counts the launch…
		expect(toolkit(joinedInRange('2006-01-01', PERIOD_END, MEMBERS))).toEqual([]);
		// …and it is not counted at all by default: Australia is a member of the OECD, not a party.
		expect(toolkit(participationOn(PERIOD_END))).toEqual([]);
	});

	it('lists only counted commitments, one per instrument, under every scope', () => {
		fc.assert(
			fc.property(anyDay, anyScope, (day, scope) => {
				for (const list of participationOn(day, scope).values()) {
					expect(instrumentCount(list)).toBe(list.length);
					for (const c of list) {
						expect(countsAsJoining(c, scope)).toBe(true);
						expect(c.effective <= day).toBe(true);
					}
				}
			})
		);
	});

	it('applies the event filter', () => {
		const day = '2006-04-30';
		const recommendation = 'oecd-recommendation-spam-enforcement-2006';
		const all = (participationOn(day, MEMBERS).get('FRA') ?? []).map((c) => c.event.id);
		const seed = (
			participationOn(day, { ...MEMBERS, filter: { seedOnly: true } }).get('FRA') ?? []
		).map((c) => c.event.id);
		expect(all).toContain(recommendation);
		expect(seed).not.toContain(recommendation);
		const mous = participationOn(day, { filter: { kinds: new Set(['bilateral-mou']) } });
		expect([...mous.keys()].sort()).toEqual(['AUS', 'ESP', 'KOR', 'MEX', 'USA']);
	});

	it('never loses a commitment as days pass', () => {
		fc.assert(
			fc.property(anyDay, anyDay, anyScope, (a, b, scope) => {
				const [early, late] = a <= b ? [a, b] : [b, a];
				expect(total(early, scope)).toBeLessThanOrEqual(total(late, scope));
			})
		);
	});
});

describe('changeDays', () => {
	it('lists sorted, distinct days, including month-end and since days', () => {
		const days = changeDays();
		expect(days).toEqual([...new Set(days)].sort());
		expect(days).toEqual(expect.arrayContaining(['2003-10-20', '2004-05-01']));
		// The OECD task force (July 2004) is members only; the LAP's later joiners count (Feb 2005).
		expect(days).not.toContain('2004-07-31');
		expect(days).toContain('2005-02-28');
		expect(changeDays(MEMBERS)).toEqual(expect.arrayContaining(['2004-07-31', '2005-02-28']));
		expect(days).not.toContain('2004-09-08');
		expect(changeDays(MEETINGS)).toContain('2004-09-08');
	});

	it('marks exactly the days on which the map changes, under every scope', () => {
		const daysOf = new Map(SCOPES.map((scope) => [scope, new Set(changeDays(scope))]));
		fc.assert(
			fc.property(anyDay, anyScope, (day, scope) => {
				const changed = total(day, scope) !== total(addDays(day, -1), scope);
				expect(changed).toBe(daysOf.get(scope)!.has(day));
			}),
			{ numRuns: 400 }
		);
	});
});

describe('joinedInRange, countedBefore and rangeSummary', () => {
	const anyRange = fc.tuple(anyDay, anyDay).map(([a, b]) => (a <= b ? [a, b] : [b, a]));

	it.each<[string, string, ParticipationOptions, string, string[]]>([
		// Ten states joined the EU, and so the ePrivacy Directive, on 1 May 2004.
		['2004-05-01', '2004-05-01', {}, 'POL', ['eu-eprivacy-directive-2002-58-ec']],
		['2004-04-01', '2004-04-30', {}, 'POL', []],
		['2005-04-27', '2005-04-27', {}, 'HKG', ['seoul-melbourne-multilateral-mou-2005']],
		['2005-02-01', '2005-02-27', MEMBERS, 'KOR', ['asem-joint-statement-anti-spam-2005']],
		['2005-02-28', '2005-02-28', MEMBERS, 'KOR', ['london-action-plan-2004']],
		['2005-02-28', '2005-02-28', {}, 'KOR', ['london-action-plan-2004']]
	])('[%s, %s] with %o: %s joined %j', (from, to, options, country, expected) => {
		const joined = joinedInRange(from, to, options).get(country) ?? [];
		expect(ids(joined.map((c) => c.event))).toEqual(expected);
	});

	it('adds exactly what the range adds to the day before it', () => {
		fc.assert(
			fc.property(anyRange, anyScope, ([from, to], scope) => {
				const before = participationOn(addDays(from, -1), scope);
				const after = participationOn(to, scope);
				const joined = joinedInRange(from, to, scope);
				expect(countedBefore(from, scope)).toEqual(new Set(before.keys()));
				for (const [country, list] of joined) {
					const known = new Set((before.get(country) ?? []).map((c) => instrumentKey(c.event)));
					for (const c of list) {
						expect(known.has(instrumentKey(c.event))).toBe(false);
						expect(c.effective >= from && c.effective <= to).toBe(true);
					}
				}
				for (const [country, list] of after) {
					const had = before.get(country)?.length ?? 0;
					expect(had + (joined.get(country)?.length ?? 0)).toBe(list.length);
				}
			}),
			{ numRuns: 300 }
		);
	});

	it('summarises a range from the same counts', () => {
		fc.assert(
			fc.property(anyRange, anyScope, ([from, to], scope) => {
				const joined = joinedInRange(from, to, scope);
				const instruments = new Set([...joined.values()].flat().map((c) => instrumentKey(c.event)));
				expect(rangeSummary(from, to, scope)).toEqual({
					countries: joined.size,
					instruments: instruments.size,
					events: eventsInRange(from, to).length
				});
			}),
			{ numRuns: 200 }
		);
		const filter: EventFilter = { kinds: new Set(['conference']) };
		expect(rangeSummary(PERIOD_START, PERIOD_END, { filter })).toEqual({
			countries: 0,
			instruments: 0,
			events: eventsInRange(PERIOD_START, PERIOD_END, filter).length
		});
	});
});

describe('countryHistory', () => {
	it('lists a country’s instruments and meetings in order of effect', () => {
		const history = countryHistory('KOR');
		const effective = history.map((c) => c.effective);
		expect(effective).toEqual([...effective].sort());
		expect(history[0].event.id).toBe('au-kr-spam-mou-2003');
		expect(history.map((c) => c.event.id)).toContain('oecd-spam-workshop-busan-2004');
		const lap = history.find((c) => c.event.id === 'london-action-plan-2004');
		expect(lap?.effective).toBe('2005-02-28');
	});

	it('marks what counts under the scope, and lists what does not', () => {
		const brazil = countryHistory('BRA');
		expect(brazil.map((c) => [c.event.id, c.counts])).toEqual(
			expect.arrayContaining([['itu-wtsa-04-resolutions-51-52-spam', false]])
		);
		for (const scope of SCOPES) {
			for (const c of countryHistory('KOR', undefined, scope)) {
				expect(c.counts).toBe(countsAsJoining(c, scope));
			}
		}
		const lap = (scope?: CountingScope) =>
			countryHistory('KOR', undefined, scope).find((c) => c.event.id === 'london-action-plan-2004');
		expect(lap()?.counts).toBe(true);
		expect(lap({ includeMembers: true, includeMeetings: false })?.counts).toBe(true);
		const taskForce = (scope?: CountingScope) =>
			countryHistory('FRA', undefined, scope).find(
				(c) => c.event.id === 'oecd-task-force-on-spam-2004'
			);
		expect(taskForce()?.counts).toBe(false);
		expect(taskForce({ includeMembers: true, includeMeetings: false })?.counts).toBe(true);
	});

	it('applies the filter and knows nothing of countries without data', () => {
		expect(
			countryHistory('KOR', { minConfidence: 'high' }).every((c) => c.event.confidence === 'high')
		).toBe(true);
		// Switzerland hosts meetings (Geneva) but takes part only in OECD instruments.
		expect(countryHistory('CHE').every((c) => c.event.category === 'agreement')).toBe(true);
		expect(countryHistory('XXX')).toEqual([]);
	});
});

describe('eventsInRange', () => {
	it.each<[string, string, string[], string[]]>([
		['2006-03-31', '2006-03-31', ['mit-spam-conference-2006'], []],
		[
			'2005-02-23',
			'2005-02-23',
			['apcauce-antispam-conference-apricot-2005'],
			['asem-joint-statement-anti-spam-2005']
		],
		[
			'2005-02-22',
			'2005-02-22',
			['asem-joint-statement-anti-spam-2005'],
			['ftc-aepd-commercial-email-mou-2005']
		],
		['2003-03-15', '2003-03-15', ['irtf-anti-spam-research-group-2003'], []],
		[
			'2004-10-12',
			'2004-10-20',
			['wtsa-04-florianopolis', 'ec-spam-public-consultation-2004'],
			['london-action-plan-2004']
		]
	])('[%s, %s] includes %j, not %j', (from, to, included, excluded) => {
		const found = ids(eventsInRange(from, to));
		expect(found).toEqual(expect.arrayContaining(included));
		for (const id of excluded) expect(found).not.toContain(id);
	});

	it('returns every event for the whole period, in dataset order, and applies the filter', () => {
		expect(ids(eventsInRange(PERIOD_START, PERIOD_END))).toEqual(ids([...events]));
		const meetings = eventsInRange(PERIOD_START, PERIOD_END, {
			kinds: new Set(['virtual-conference'])
		});
		expect(ids(meetings)).toEqual([
			'itu-grex-virtual-conference-spam-2004',
			'itu-virtual-conference-antispam-regulation-2004-11'
		]);
	});
});

describe('ParticipationWindow', () => {
	const index = new ParticipationIndex(events);
	const instrumentsOf = (map: Map<string, Commitment[]>) =>
		new Set([...map.values()].flat().map((c) => instrumentKey(c.event))).size;

	it('follows any walk of days exactly as participationOn, sharing what did not change', () => {
		fc.assert(
			fc.property(anyScope, fc.array(anyDay, { minLength: 1, maxLength: 25 }), (scope, days) => {
				const window = index.window(scope);
				const handedOut: [Map<string, Commitment[]>, ReturnType<typeof asIds>][] = [];
				for (const day of days) {
					const { byCountry, instruments } = window.on(day);
					const expected = index.participationOn(day, scope);
					expect(asIds(byCountry)).toEqual(asIds(expected));
					expect(instruments).toBe(instrumentsOf(expected));
					handedOut.push([byCountry, asIds(byCountry)]);
				}
				// Maps and lists handed out before are never changed by later moves.
				for (const [map, seen] of handedOut) expect(asIds(map)).toEqual(seen);
			}),
			{ numRuns: 150 }
		);
	});

	it('follows any walk of periods exactly as joinedInRange', () => {
		const anyRange = fc.tuple(anyDay, anyDay);
		fc.assert(
			fc.property(
				anyScope,
				fc.array(anyRange, { minLength: 1, maxLength: 25 }),
				(scope, ranges) => {
					const window = index.window(scope);
					for (const [from, to] of ranges) {
						const { byCountry, instruments } = window.between(from, to);
						const expected = index.joinedInRange(from, to, scope);
						expect(asIds(byCountry)).toEqual(asIds(expected));
						expect(instruments).toBe(instrumentsOf(expected));
					}
				}
			),
			{ numRuns: 150 }
		);
	});

	it('keeps a list it handed out unchanged when the window moves on', () => {
		const window = index.window(DEFAULT_COUNTING);
		const early = window.on('2005-12-31').byCountry.get('KOR')!;
		const ids = early.map((c) => c.event.id);
		window.on('2004-01-01');
		window.on('2006-12-31');
		expect(early.map((c) => c.event.id)).toEqual(ids);
	});
});

describe('eventCounter', () => {
	it('counts what eventsInRange lists, for any period and filter', () => {
		const index = new ParticipationIndex(events);
		const filters: (EventFilter | undefined)[] = [
			undefined,
			{ kinds: new Set(['conference', 'legislation']) },
			{ minConfidence: 'high' }
		];
		fc.assert(
			fc.property(anyDay, anyDay, fc.constantFrom(...filters), (from, to, filter) => {
				expect(index.eventCounter(filter)(from, to)).toBe(
					from > to ? 0 : index.eventsInRange(from, to, filter).length
				);
			}),
			{ numRuns: 300 }
		);
	});
});
