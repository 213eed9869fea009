import { describe, expect, it } from 'vitest';
import { PERIOD_END, PERIOD_START, isIsoMonth } from '$lib/time/day';
import { explorerData } from './explorerData';
import { synthesize } from './synthetic';

const { events } = explorerData();
const inPeriod = (value: string) =>
	(isIsoMonth(value) ? `${value}-01` : value) >= PERIOD_START.slice(0, 7) &&
	(isIsoMonth(value) ? `${value}-01` : value) <= PERIOD_END;

describe('synthesize', () => {
	it('returns the events themselves at scale 1', () => {
		expect(synthesize(events, 1)).toEqual(events);
	});

	it.each([10, 100])('makes %i× the events, each copy like its original', (scale) => {
		const copies = synthesize(events, scale);
		expect(copies).toHaveLength(events.length * scale);
		expect(new Set(copies.map((event) => event.id)).size).toBe(copies.length);
		const byId = new Map(events.map((event) => [event.id, event]));
		for (const copy of copies) {
			const original = byId.get(copy.id.replace(/~\d+$/, ''))!;
			expect(copy.kind).toBe(original.kind);
			expect(copy.participants.map((p) => [p.country, p.role])).toEqual(
				original.participants.map((p) => [p.country, p.role])
			);
			expect(isIsoMonth(copy.date)).toBe(isIsoMonth(original.date));
			for (const value of [copy.date, copy.endDate, ...copy.participants.map((p) => p.since)]) {
				if (value) expect(inPeriod(value), `${copy.id}: ${value}`).toBe(true);
			}
			if (copy.endDate) expect(copy.endDate >= copy.date).toBe(true);
			if (original.instrumentOf)
				expect(copy.instrumentOf).toBe(
					copy.id === original.id
						? original.instrumentOf
						: `${original.instrumentOf}~${copy.id.split('~')[1]}`
				);
		}
	});

	it('is the same on every build', () => {
		expect(synthesize(events, 10)).toEqual(synthesize(events, 10));
	});

	it('spreads the copies over the whole period', () => {
		const years = new Set(synthesize(events, 10).map((event) => event.date.slice(0, 4)));
		expect([...years].sort()).toEqual(['2003', '2004', '2005', '2006']);
	});
});
