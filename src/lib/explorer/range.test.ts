import { describe, expect, it } from 'vitest';
import {
	PERIOD_PRESETS,
	constrainMove,
	periodChoiceOf,
	periodInWords,
	presetRange,
	summarizePeriod
} from './range';

const COUNT_INSTRUMENTS = { includeMeetings: false, includeMembers: false };

describe('presets', () => {
	it.each([
		['day', '2005-04-27', { from: null, date: '2005-04-27' }],
		['2003', '2005-04-27', { from: '2003-01-01', date: '2003-12-31' }],
		['2006', '2003-01-01', { from: '2006-01-01', date: '2006-12-31' }],
		['all', '2005-04-27', { from: '2003-01-01', date: '2006-12-31' }]
	] as const)('%s from %s shows %o', (choice, date, expected) => {
		expect(presetRange(choice, date)).toEqual(expected);
	});

	it('every preset is recognised again from the days it shows', () => {
		for (const { choice } of PERIOD_PRESETS) {
			const { from, date } = presetRange(choice, '2004-06-15');
			expect(periodChoiceOf(from, date)).toBe(choice);
		}
	});

	it.each([
		['2005-01-01', '2005-12-30'],
		['2005-01-02', '2005-12-31'],
		['2004-01-01', '2005-12-31'],
		['2005-03-01', '2005-03-01']
	])('%s to %s is a custom period', (from, date) => {
		expect(periodChoiceOf(from, date)).toBe('custom');
	});
});

describe('constrainMove', () => {
	const range = { from: '2005-01-01', date: '2005-06-30' };
	it.each([
		['from', '2004-03-01', '2004-03-01'],
		['from', '2005-06-30', '2005-06-30'],
		['from', '2005-07-01', '2005-06-30'],
		['from', '2006-12-31', '2005-06-30'],
		['date', '2005-07-01', '2005-07-01'],
		['date', '2005-01-01', '2005-01-01'],
		['date', '2004-12-31', '2005-01-01'],
		['date', '2003-01-01', '2005-01-01']
	] as const)('moving %s to %s lands on %s', (end, day, expected) => {
		expect(constrainMove(end, day, range)).toBe(expected);
	});

	it('outside a period any day goes', () => {
		expect(constrainMove('date', '2003-01-01', { from: null, date: '2006-12-31' })).toBe(
			'2003-01-01'
		);
	});
});

describe('words', () => {
	it('names a period by its two days, or its one day', () => {
		expect(periodInWords('2005-01-01', '2005-12-31')).toBe(
			'between 1 January 2005 and 31 December 2005'
		);
		expect(periodInWords('2005-05-03', '2005-05-03')).toBe('on 3 May 2005');
	});

	it.each([
		[
			{ countries: 12, instruments: 5, events: 14 },
			COUNT_INSTRUMENTS,
			'1 January – 31 December 2005: 12 countries joined at least one of 5 instruments; 14 events in the period.'
		],
		[
			{ countries: 1, instruments: 3, events: 1 },
			COUNT_INSTRUMENTS,
			'1 January – 31 December 2005: 1 country joined 3 instruments; 1 event in the period.'
		],
		[
			{ countries: 7, instruments: 1, events: 2 },
			COUNT_INSTRUMENTS,
			'1 January – 31 December 2005: 7 countries joined 1 instrument; 2 events in the period.'
		],
		[
			{ countries: 0, instruments: 0, events: 0 },
			COUNT_INSTRUMENTS,
			'1 January – 31 December 2005: no country joined any instrument; 0 events in the period.'
		],
		[
			{ countries: 9, instruments: 4, events: 6 },
			{ includeMeetings: true, includeMembers: true },
			'1 January – 31 December 2005: 9 countries joined at least one of 4 instruments or meetings (membership counted); 6 events in the period.'
		]
	])('summarises %o', (numbers, scope, sentence) => {
		expect(summarizePeriod('2005-01-01', '2005-12-31', numbers, scope).sentence).toBe(sentence);
	});

	it('heads a period that spans two years with both years', () => {
		expect(
			summarizePeriod(
				'2004-12-08',
				'2005-01-10',
				{ countries: 0, instruments: 0, events: 0 },
				COUNT_INSTRUMENTS
			).heading
		).toBe('8 December 2004 – 10 January 2005');
	});
});
