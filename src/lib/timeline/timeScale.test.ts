import { describe, expect, it } from 'vitest';
import { scaleTime } from './timeScale';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const x = scaleTime([day('2003-01-01'), day('2007-01-01')], [0, 1461]);

describe('scaleTime', () => {
	const cases: [iso: string, px: number][] = [
		['2003-01-01', 0],
		['2003-01-02', 1],
		['2005-04-27', 847],
		['2007-01-01', 1461],
		['2002-12-31', -1]
	];
	it.each(cases)('%s ↔ %s px', (iso, px) => {
		expect(x(day(iso))).toBeCloseTo(px, 9);
		expect(x.invert(px).getTime()).toBe(day(iso).getTime());
	});

	it('reports its domain and range as fresh copies', () => {
		const domain = x.domain();
		domain[0].setUTCFullYear(1999);
		expect(x.domain()).toEqual([day('2003-01-01'), day('2007-01-01')]);
		expect(x.range()).toEqual([0, 1461]);
	});

	it('maps onto a reversed or offset range', () => {
		const y = scaleTime([day('2003-01-01'), day('2003-01-11')], [100, 0]);
		expect(y(day('2003-01-06'))).toBe(50);
		expect(y.invert(0)).toEqual(day('2003-01-11'));
	});

	it('never divides by zero', () => {
		const flat = scaleTime([day('2003-01-01'), day('2003-01-01')], [5, 5]);
		expect(Number.isFinite(flat(day('2004-01-01')))).toBe(true);
		expect(Number.isFinite(flat.invert(7).getTime())).toBe(true);
	});
});
