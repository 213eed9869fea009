import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AtlasEvent, Category } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locales';
import { dayToDate } from '$lib/time/day';
import {
	MIN_SPAN_DAYS,
	MIN_TICK_SPACING,
	eventSpan,
	layoutEvents,
	periodDomain,
	roundTo,
	rowCount,
	ticksFor,
	timeScale,
	type Domain
} from './layout';

const DAY = 86_400_000;
const [P0, P1] = periodDomain().map((d) => d.getTime());

function event(id: string, date: string, endDate?: string, category: Category = 'agreement') {
	return { id, date, endDate, category } as AtlasEvent;
}

function domainOf(from: string, to: string): Domain {
	return [dayToDate(from), dayToDate(to)];
}

describe('timeScale', () => {
	it('maps the period, last day included, onto [0, width]', () => {
		const x = timeScale(1461);
		expect(x(dayToDate('2003-01-01'))).toBe(0);
		expect(x(dayToDate('2006-12-31'))).toBeCloseTo(1460);
		expect(x(dayToDate('2007-01-01'))).toBeCloseTo(1461);
	});
	it('takes a zoomed domain', () => {
		const x = timeScale(100, domainOf('2005-01-01', '2005-01-11'));
		expect(x(dayToDate('2005-01-06'))).toBeCloseTo(50);
	});
});

describe('eventSpan', () => {
	it.each([
		[{ date: '2005-02-14' }, '2005-02-14', '2005-02-14', 'day', false],
		[{ date: '2005-02-14', endDate: '2005-02-16' }, '2005-02-14', '2005-02-16', 'day', true],
		[{ date: '2004-02' }, '2004-02-01', '2004-02-29', 'month', true],
		[{ date: '2004-11-30', endDate: '2004-12' }, '2004-11-30', '2004-12-31', 'month', true],
		[{ date: '2005-03-10', endDate: '2005-03-01' }, '2005-03-10', '2005-03-10', 'day', false]
	])('%o → %s..%s (%s, multiDay %s)', (input, start, end, precision, multiDay) => {
		expect(eventSpan(input)).toEqual({ start, end, precision, multiDay });
	});
});

describe('layoutEvents', () => {
	const x = timeScale(1461); // one pixel per day
	const options = { minMarkWidth: 6, gap: 2 };

	it('packs overlapping marks into rows and keeps lanes apart', () => {
		const placed = layoutEvents(
			[
				event('c', '2005-01-03'),
				event('a', '2005-01-01', '2005-01-05'),
				event('m', '2005-01-02', undefined, 'meeting'),
				event('b', '2005-01-01'),
				event('d', '2005-01-20')
			],
			x,
			options
		);
		const rows = Object.fromEntries(placed.map((p) => [p.event.id, [p.lane, p.row]]));
		expect(placed.map((p) => p.event.id)).toEqual(['a', 'b', 'm', 'c', 'd']);
		expect(rows).toEqual({
			a: ['agreement', 0],
			b: ['agreement', 1],
			m: ['meeting', 0],
			c: ['agreement', 2],
			d: ['agreement', 0]
		});
		expect(rowCount(placed, 'agreement')).toBe(3);
		expect(rowCount(placed, 'meeting')).toBe(1);
		expect(rowCount([], 'meeting')).toBe(0);
	});

	it('widens short marks to minMarkWidth and respects the gap', () => {
		const [a, c, b] = layoutEvents(
			[event('a', '2005-01-01'), event('b', '2005-01-09'), event('c', '2005-01-08')],
			x,
			options
		);
		expect(a.x1 - a.x0).toBeCloseTo(6);
		// c starts 7 px after a: a ends at +6, 6 + gap 2 > 7, so c needs a new row; b fits after a.
		expect([a.row, c.row, b.row]).toEqual([0, 1, 0]);
		expect([a, c, b].map((p) => p.event.id)).toEqual(['a', 'c', 'b']);
	});

	const eventsArb = fc.array(
		fc.record({
			id: fc.string({ minLength: 1, maxLength: 4 }),
			start: fc.integer({ min: 0, max: 1460 }),
			length: fc.integer({ min: 0, max: 60 }),
			category: fc.constantFrom<Category>('agreement', 'meeting')
		}),
		{ maxLength: 40 }
	);
	const toEvents = (specs: { id: string; start: number; length: number; category: Category }[]) =>
		specs.map((s, i) => {
			const start = new Date(P0 + s.start * DAY).toISOString().slice(0, 10);
			const end = new Date(P0 + Math.min(s.start + s.length, 1460) * DAY).toISOString();
			return event(`e${i}-${s.id}`, start, end.slice(0, 10), s.category);
		});

	it('never overlaps marks and always takes the first row that fits', () => {
		fc.assert(
			fc.property(eventsArb, fc.integer({ min: 100, max: 4000 }), (specs, width) => {
				const placed = layoutEvents(toEvents(specs), timeScale(width), options);
				placed.forEach((p, i) => {
					expect(p.x1).toBeGreaterThanOrEqual(p.x0 + options.minMarkWidth - 1e-9);
					const before = placed.slice(0, i).filter((q) => q.lane === p.lane);
					for (let row = 0; row <= p.row; row++) {
						const last = before.filter((q) => q.row === row).at(-1);
						const fits = !last || last.x1 + options.gap <= p.x0;
						expect(fits).toBe(row === p.row);
					}
				});
			})
		);
	});

	it('does not depend on input order', () => {
		const withOrder = eventsArb.chain((specs) =>
			fc.tuple(
				fc.constant(specs),
				fc.shuffledSubarray([...specs.keys()], { minLength: specs.length })
			)
		);
		fc.assert(
			fc.property(withOrder, ([specs, order]) => {
				const events = toEvents(specs);
				const rows = (list: AtlasEvent[]) =>
					layoutEvents(list, timeScale(1000), options).map((p) => [p.event.id, p.row]);
				expect(rows(order.map((i) => events[i]))).toEqual(rows(events));
			})
		);
	});
});

/** The period zoomed to `share` of its length around `centre` (ms), kept inside the period. */
function zoomedPeriod(centre: number, share: number): [Date, Date] {
	const span = Math.max(MIN_SPAN_DAYS * 86_400_000, (P1 - P0) * share);
	const start = Math.min(Math.max(centre - span / 2, P0), P1 - span);
	return [new Date(start), new Date(start + span)];
}

describe('ticksFor', () => {
	const labels = (domain: Domain, width: number, locale: Locale = 'en') =>
		ticksFor(timeScale(width, domain), width, locale).map((t) =>
			t.major ? `[${t.label}]` : t.label
		);

	it.each([
		[periodDomain(), 300, ['[2003]', '[2004]', '[2005]', '[2006]']],
		[periodDomain(), 1000, ['[2003]', 'Jul', '[2004]', 'Jul', '[2005]', 'Jul', '[2006]', 'Jul']],
		[domainOf('2004-11-15', '2005-04-01'), 700, ['Dec 2004', '[2005]', 'Feb', 'Mar']],
		[domainOf('2005-02-01', '2005-02-15'), 1400, ['1 Feb 2005', '2 Feb', '3 Feb']],
		[domainOf('2004-12-20', '2005-01-20'), 400, ['20 Dec 2004', '27 Dec', '[3 Jan 2005]']],
		[periodDomain(), 120, ['[2004]']]
	])('%o at %i px', (domain, width, expected) => {
		expect(labels(domain, width).slice(0, expected.length)).toEqual(expected);
	});

	it.each<[Locale, Domain, number, string[]]>([
		['en', domainOf('2005-08-15', '2006-02-01'), 700, ['Sep 2005', 'Oct', 'Nov', 'Dec']],
		['fr', domainOf('2005-08-15', '2006-02-01'), 700, ['sept. 2005', 'oct.', 'nov.', 'déc.']],
		['es', domainOf('2005-08-15', '2006-02-01'), 700, ['sept 2005', 'oct', 'nov', 'dic']],
		['fr', periodDomain(), 1000, ['[2003]', 'juil.', '[2004]', 'juil.']],
		['es', periodDomain(), 1000, ['[2003]', 'jul', '[2004]', 'jul']],
		['fr', domainOf('2005-02-01', '2005-02-15'), 1400, ['1 févr. 2005', '2 févr.', '3 févr.']],
		['es', domainOf('2005-02-01', '2005-02-15'), 1400, ['1 feb 2005', '2 feb', '3 feb']],
		[
			'fr',
			domainOf('2004-12-20', '2005-01-20'),
			400,
			['20 déc. 2004', '27 déc.', '[3 janv. 2005]']
		],
		['es', domainOf('2004-12-20', '2005-01-20'), 400, ['20 dic 2004', '27 dic', '[3 ene 2005]']]
	])('in %s: %o at %i px', (locale, domain, width, expected) => {
		expect(labels(domain, width, locale).slice(0, expected.length)).toEqual(expected);
	});

	it('returns nothing without room', () => {
		expect(ticksFor(timeScale(0), 0, 'en')).toEqual([]);
	});

	it('keeps labels at least MIN_TICK_SPACING apart, in view, with the year shown', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: P0, max: P1 }),
				fc.double({ min: 0.00001, max: 1, noNaN: true }),
				fc.integer({ min: 40, max: 6000 }),
				fc.constantFrom<Locale>('en', 'fr', 'es'),
				(centre, factor, width, locale) => {
					const domain = zoomedPeriod(centre, factor);
					const x = timeScale(width, domain);
					const ticks = ticksFor(x, width, locale);
					ticks.forEach((tick, i) => {
						expect(x(tick.date)).toBeGreaterThanOrEqual(0);
						expect(x(tick.date)).toBeLessThan(width);
						expect(tick.label).not.toBe('');
						if (i > 0) {
							expect(x(tick.date) - x(ticks[i - 1].date)).toBeGreaterThanOrEqual(
								MIN_TICK_SPACING - 1e-6
							);
						}
					});
					if (ticks.length > 0) expect(ticks[0].label).toMatch(/\d{4}/);
				}
			),
			{ numRuns: 500 }
		);
	});
});

describe('roundTo', () => {
	it.each([
		[36.99110198494182, 2, 36.99],
		[0.021218343600273783, 6, 0.021218],
		[-0.0000004, 6, -0],
		[12, 2, 12]
	])('roundTo(%d, %d) = %d', (value, digits, expected) => {
		expect(roundTo(value, digits)).toBe(expected);
	});
});
