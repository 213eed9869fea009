import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	addDays,
	addMonths,
	clampDay,
	dayToDate,
	daysBetween,
	firstDayOf,
	formatDay,
	formatInWords,
	formatRangeInWords,
	isIsoDay,
	isIsoMonth,
	lastDayOf,
	PERIOD_END,
	PERIOD_START,
	precisionOf
} from './day';

describe('isIsoDay', () => {
	it.each([
		['2005-02-28', true],
		['2004-02-29', true],
		['2005-02-29', false],
		['2005-02-30', false],
		['2005-04-31', false],
		['2005-13-01', false],
		['2005-00-10', false],
		['2005-1-01', false],
		['2005-01-1', false],
		['2005-01', false],
		['2005-01-01T00:00', false],
		[' 2005-01-01', false],
		['', false]
	])('%j → %s', (value, expected) => {
		expect(isIsoDay(value)).toBe(expected);
	});
});

describe('isIsoMonth and precisionOf', () => {
	it.each([
		['2005-02', true, 'month'],
		['2005-12', true, 'month'],
		['2005-13', false, 'day'],
		['2005-00', false, 'day'],
		['2005-2', false, 'day'],
		['2005-02-01', false, 'day']
	])('%j: month %s, precision %s', (value, month, precision) => {
		expect(isIsoMonth(value)).toBe(month);
		expect(precisionOf(value)).toBe(precision);
	});
});

describe('firstDayOf and lastDayOf', () => {
	it.each([
		['2004-02', '2004-02-01', '2004-02-29'],
		['2005-02', '2005-02-01', '2005-02-28'],
		['2000-02', '2000-02-01', '2000-02-29'],
		['2005-04', '2005-04-01', '2005-04-30'],
		['2005-12', '2005-12-01', '2005-12-31'],
		['2005-02-24', '2005-02-24', '2005-02-24']
	])('%s → %s … %s', (value, first, last) => {
		expect(firstDayOf(value)).toBe(first);
		expect(lastDayOf(value)).toBe(last);
	});
});

describe('addDays, addMonths, daysBetween, clampDay', () => {
	it.each([
		['2004-02-28', 1, '2004-02-29'],
		['2004-12-31', 1, '2005-01-01'],
		['2005-03-01', -1, '2005-02-28'],
		['2005-03-27', 1, '2005-03-28'],
		['2005-10-30', 1, '2005-10-31']
	])('addDays(%s, %i) = %s', (day, count, expected) => {
		expect(addDays(day, count)).toBe(expected);
	});

	it.each([
		['2005-01-31', 1, '2005-02-28'],
		['2004-01-31', 1, '2004-02-29'],
		['2005-03-31', -1, '2005-02-28'],
		['2005-08-31', 1, '2005-09-30'],
		['2005-01-15', 12, '2006-01-15'],
		['2005-01-15', -13, '2003-12-15']
	])('addMonths(%s, %i) = %s', (day, count, expected) => {
		expect(addMonths(day, count)).toBe(expected);
	});

	it.each([
		['2005-02-21', '2005-02-22', 1],
		['2005-02-22', '2005-02-21', -1],
		['2003-01-01', '2006-12-31', 1460],
		['2005-03-26', '2005-03-28', 2]
	])('daysBetween(%s, %s) = %i', (from, to, expected) => {
		expect(daysBetween(from, to)).toBe(expected);
	});

	it.each([
		['2002-07-12', PERIOD_START],
		['2007-01-01', PERIOD_END],
		['2005-05-05', '2005-05-05']
	])('clampDay(%s) = %s', (day, expected) => {
		expect(clampDay(day)).toBe(expected);
	});

	it('dayToDate is UTC midnight whatever the local zone, and rejects non-days', () => {
		expect(dayToDate('2005-04-27').toISOString()).toBe('2005-04-27T00:00:00.000Z');
		expect(() => dayToDate('2005-02-30')).toThrow(RangeError);
		expect(() => dayToDate('2005-02')).toThrow(RangeError);
	});

	it('addDays then daysBetween round-trips, and formatDay(dayToDate(d)) = d', () => {
		const day = fc
			.integer({ min: 0, max: daysBetween(PERIOD_START, PERIOD_END) })
			.map((n) => addDays(PERIOD_START, n));
		fc.assert(
			fc.property(day, fc.integer({ min: -800, max: 800 }), (d, n) => {
				expect(daysBetween(d, addDays(d, n))).toBe(n);
				expect(formatDay(dayToDate(d))).toBe(d);
				expect(isIsoDay(addDays(d, n))).toBe(true);
			})
		);
	});
});

describe('formatInWords and formatRangeInWords', () => {
	it.each([
		['2005-04-27', '27 April 2005'],
		['2003-10-31', '31 October 2003'],
		['2006-03', 'March 2006'],
		['2004-07', 'July 2004']
	])('formatInWords(%s) = %s', (value, expected) => {
		expect(formatInWords(value)).toBe(expected);
	});

	it.each([
		['2005-02-21', '2005-02-22', '21–22 February 2005'],
		['2005-06-28', '2005-07-01', '28 June – 1 July 2005'],
		['2004-12-08', '2005-01-10', '8 December 2004 – 10 January 2005'],
		['2003-02', '2003-03', 'February – March 2003'],
		['2005-11', '2006-03', 'November 2005 – March 2006'],
		['2005-05', '2005-05-20', 'May 2005 – 20 May 2005'],
		['2005-04-27', undefined, '27 April 2005'],
		['2005-04-27', '2005-04-27', '27 April 2005']
	])('formatRangeInWords(%s, %s) = %s', (start, end, expected) => {
		expect(formatRangeInWords(start, end)).toBe(expected);
	});

	it.each([
		['fr', '2005-04-27', undefined, '27 avril 2005'],
		['es', '2005-04-27', undefined, '27 de abril de 2005'],
		['fr', '2006-03', undefined, 'mars 2006'],
		['es', '2006-03', undefined, 'marzo de 2006'],
		['fr', '2004-09-08', '2004-09-09', '8–9 septembre 2004'],
		['es', '2004-09-08', '2004-09-09', '8–9 de septiembre de 2004'],
		['fr', '2005-06-28', '2005-07-01', '28 juin – 1er juillet 2005'],
		['fr', '2005-07-01', '2005-07-03', '1er–3 juillet 2005'],
		['fr', '2004-05-01', undefined, '1er mai 2004'],
		['fr', '2004-05-11', undefined, '11 mai 2004'],
		['es', '2005-06-28', '2005-07-01', '28 de junio – 1 de julio de 2005'],
		['fr', '2003-02', '2003-03', 'février – mars 2003'],
		['es', '2004-12-08', '2005-01-10', '8 de diciembre de 2004 – 10 de enero de 2005'],
		['en', '2005-04-27', undefined, '27 April 2005']
	] as const)('in %s, %s to %s is %s', (locale, start, end, expected) => {
		expect(formatRangeInWords(start, end, locale)).toBe(expected);
		if (!end) expect(formatInWords(start, locale)).toBe(expected);
	});
});
