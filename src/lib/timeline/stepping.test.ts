import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PERIOD_START, addDays, daysBetween, dayToDate } from '$lib/time/day';
import { periodDomain, timeScale } from './layout';
import {
	dayFromPosition,
	mergeDays,
	nextStop,
	previousStop,
	quietPeriodOf,
	stepDay,
	stopOnOrBefore
} from './stepping';

const allDays = Array.from({ length: 1461 }, (_, i) => addDays('2003-01-01', i));
const dayArb = fc.constantFrom(...allDays);

describe('stepDay', () => {
	it.each([
		['2005-03-10', 'ArrowLeft', '2005-03-09'],
		['2005-03-10', 'ArrowDown', '2005-03-09'],
		['2005-03-10', 'ArrowRight', '2005-03-11'],
		['2005-03-10', 'ArrowUp', '2005-03-11'],
		['2005-03-31', 'PageDown', '2005-02-28'],
		['2004-01-31', 'PageUp', '2004-02-29'],
		['2005-03-10', 'Home', '2003-01-01'],
		['2005-03-10', 'End', '2006-12-31'],
		['2003-01-01', 'ArrowLeft', '2003-01-01'],
		['2003-01-15', 'PageDown', '2003-01-01'],
		['2006-12-31', 'ArrowUp', '2006-12-31'],
		['2006-12-15', 'PageUp', '2006-12-31'],
		['2005-03-10', 'Enter', null],
		['2005-03-10', 'a', null],
		['2005-03-10', 'toString', null],
		['2005-03-10', '__proto__', null]
	])('%s + %s → %s', (day, key, expected) => {
		expect(stepDay(day, key)).toBe(expected);
	});
});

describe('nextStop and previousStop', () => {
	const stops = ['2003-05-01', '2004-02-29', '2004-02-29', '2005-10-10'];
	it.each([
		['2003-01-01', '2003-05-01', null],
		['2003-05-01', '2004-02-29', null],
		['2004-02-29', '2005-10-10', '2003-05-01'],
		['2004-03-01', '2005-10-10', '2004-02-29'],
		['2005-10-10', null, '2004-02-29'],
		['2006-12-31', null, '2005-10-10']
	])('around %s: next %s, previous %s', (day, next, previous) => {
		expect(nextStop(stops, day)).toBe(next);
		expect(previousStop(stops, day)).toBe(previous);
	});

	it('handles no stops', () => {
		expect(nextStop([], '2005-01-01')).toBeNull();
		expect(previousStop([], '2005-01-01')).toBeNull();
	});

	it('agrees with a linear scan', () => {
		const sorted = fc.array(dayArb, { maxLength: 30 }).map((days) => days.sort());
		fc.assert(
			fc.property(sorted, dayArb, (stops, day) => {
				expect(nextStop(stops, day)).toBe(stops.find((s) => s > day) ?? null);
				expect(previousStop(stops, day)).toBe(stops.findLast((s) => s < day) ?? null);
			})
		);
	});
});

describe('dayFromPosition', () => {
	const x = timeScale(1461 * 3);
	it.each([
		[0, '2003-01-01'],
		[2.9, '2003-01-01'],
		[3, '2003-01-02'],
		[1461 * 3 - 0.1, '2006-12-31'],
		[1461 * 3, '2006-12-31'],
		[-50, '2003-01-01'],
		[1e20, '2006-12-31'],
		[-Infinity, '2003-01-01'],
		[NaN, '2003-01-01']
	])('%d px → %s', (px, day) => {
		expect(dayFromPosition(x, px)).toBe(day);
	});

	it('clamps a zoomed scale to the period, not to the view', () => {
		const zoomed = timeScale(100, [dayToDate('2005-01-01'), dayToDate('2005-01-11')]);
		expect(dayFromPosition(zoomed, 150)).toBe('2005-01-16');
		expect(dayFromPosition(zoomed, -1e9)).toBe('2003-01-01');
	});

	it('finds every day from any point of its mark', () => {
		fc.assert(
			fc.property(dayArb, fc.double({ min: 0, max: 0.99, noNaN: true }), (day, within) => {
				const width = 2000;
				const scale = timeScale(width, periodDomain());
				const px = scale(dayToDate(day)) + (within * width) / 1461;
				expect(daysBetween(dayFromPosition(scale, px), day)).toBe(0);
			})
		);
	});
});

describe('stopOnOrBefore', () => {
	const stops = ['2004-01-10', '2004-05-01', '2005-02-28'];
	it.each([
		['2003-06-01', null],
		['2004-01-10', '2004-01-10'],
		['2004-04-30', '2004-01-10'],
		['2004-05-01', '2004-05-01'],
		['2006-12-31', '2005-02-28']
	])('%s → %s', (day, expected) => {
		expect(stopOnOrBefore(stops, day)).toBe(expected);
	});

	it('is null on an empty list', () => {
		expect(stopOnOrBefore([], '2005-01-01')).toBeNull();
	});
});

describe('quietPeriodOf', () => {
	const boundaries = ['2004-01-10', '2004-05-01', '2005-02-28'];
	it.each([
		['2003-01-01', PERIOD_START],
		['2004-01-09', PERIOD_START],
		['2004-01-10', '2004-01-10'],
		['2004-04-30', '2004-01-10'],
		['2004-05-01', '2004-05-01'],
		['2006-12-31', '2005-02-28']
	])('%s starts on %s', (day, start) => {
		expect(quietPeriodOf(boundaries, day)).toEqual({ start, boundaries });
	});

	it('gives every day between two boundaries the same start', () => {
		fc.assert(
			fc.property(fc.integer({ min: 0, max: 1460 }), (offset) => {
				const day = addDays(PERIOD_START, offset);
				const { start } = quietPeriodOf(boundaries, day);
				const between = boundaries.filter((b) => b > start && b <= day);
				expect(start <= day || start === PERIOD_START).toBe(true);
				expect(between).toEqual([]);
			})
		);
	});
});

describe('mergeDays', () => {
	it.each([
		[[], [], []],
		[['2004-01-10'], [], ['2004-01-10']],
		[
			['2004-01-10', '2005-02-28'],
			['2004-01-10', '2004-05-01'],
			['2004-01-10', '2004-05-01', '2005-02-28']
		]
	])('%j ∪ %j → %j', (a, b, expected) => {
		expect(mergeDays(a, b)).toEqual(expected);
	});
});
