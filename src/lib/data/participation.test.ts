import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, PERIOD_END, PERIOD_START } from '$lib/time/day';
import { eventById, events } from './dataset';
import {
	changeDays,
	countryHistory,
	eventEndDay,
	eventStartDay,
	eventsInRange,
	matchesFilter,
	participationOn,
	type EventFilter,
	type ParticipationOptions
} from './participation';

const get = (id: string) => eventById.get(id)!;
const ids = (list: { id: string }[]) => list.map((e) => e.id);
const total = (day: string, options?: ParticipationOptions) =>
	[...participationOn(day, options).values()].reduce((n, list) => n + list.length, 0);
const anyDay = fc
	.integer({ min: 0, max: daysBetween(PERIOD_START, PERIOD_END) })
	.map((n) => addDays(PERIOD_START, n));

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

	it('applies the event filter', () => {
		const day = '2006-04-30';
		const recommendation = 'oecd-recommendation-spam-enforcement-2006';
		const all = (participationOn(day).get('FRA') ?? []).map((c) => c.event.id);
		const seed = (participationOn(day, { filter: { seedOnly: true } }).get('FRA') ?? []).map(
			(c) => c.event.id
		);
		expect(all).toContain(recommendation);
		expect(seed).not.toContain(recommendation);
		const mous = participationOn(day, { filter: { kinds: new Set(['bilateral-mou']) } });
		expect([...mous.keys()].sort()).toEqual(['AUS', 'ESP', 'KOR', 'MEX', 'USA']);
	});

	it('never loses a commitment as days pass', () => {
		fc.assert(
			fc.property(anyDay, anyDay, (a, b) => {
				const [early, late] = a <= b ? [a, b] : [b, a];
				expect(total(early, { includeMeetings: true })).toBeLessThanOrEqual(
					total(late, { includeMeetings: true })
				);
			})
		);
	});

	it('takes well under a millisecond per day', () => {
		const days = daysBetween(PERIOD_START, PERIOD_END) + 1;
		const start = performance.now();
		for (let i = 0; i < days; i++)
			participationOn(addDays(PERIOD_START, i), { includeMeetings: true });
		expect((performance.now() - start) / days).toBeLessThan(0.5);
	});
});

describe('changeDays', () => {
	it('lists sorted, distinct days, including month-end and since days', () => {
		const days = changeDays();
		expect(days).toEqual([...new Set(days)].sort());
		expect(days).toEqual(
			expect.arrayContaining(['2003-10-20', '2004-05-01', '2004-07-31', '2005-02-28'])
		);
		expect(days).not.toContain('2004-09-08');
		expect(changeDays({ includeMeetings: true })).toContain('2004-09-08');
	});

	it('marks exactly the days on which the map changes', () => {
		const days = new Set(changeDays({ includeMeetings: true }));
		fc.assert(
			fc.property(anyDay, (day) => {
				const changed =
					total(day, { includeMeetings: true }) !==
					total(addDays(day, -1), { includeMeetings: true });
				expect(changed).toBe(days.has(day));
			})
		);
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
