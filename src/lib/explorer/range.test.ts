import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/en';
import es from '$lib/i18n/es';
import fr from '$lib/i18n/fr';
import {
	PERIOD_PRESETS,
	constrainMove,
	periodPresets,
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
		for (const choice of PERIOD_PRESETS) {
			const { from, date } = presetRange(choice, '2004-06-15');
			expect(periodChoiceOf(from, date)).toBe(choice);
		}
	});

	it.each([
		[en, ['A single day', '2003', '2004', '2005', '2006', 'All']],
		[fr, ['Un seul jour', '2003', '2004', '2005', '2006', 'Toute la période']],
		[es, ['Un solo día', '2003', '2004', '2005', '2006', 'Todo el periodo']]
	])('labels the presets in menu order', (m, labels) => {
		expect(periodPresets(m).map((preset) => preset.label)).toEqual(labels);
		expect(periodPresets(m).map((preset) => preset.choice)).toEqual(PERIOD_PRESETS);
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
		expect(periodInWords('2005-01-01', '2005-12-31', en, 'en')).toBe(
			'between 1 January 2005 and 31 December 2005'
		);
		expect(periodInWords('2005-05-03', '2005-05-03', en, 'en')).toBe('on 3 May 2005');
		expect(periodInWords('2005-01-01', '2005-12-31', fr, 'fr')).toBe(
			'entre le 1er janvier 2005 et le 31 décembre 2005'
		);
		expect(periodInWords('2005-05-03', '2005-05-03', fr, 'fr')).toBe('le 3 mai 2005');
		expect(periodInWords('2005-01-01', '2005-12-31', es, 'es')).toBe(
			'entre el 1 de enero de 2005 y el 31 de diciembre de 2005'
		);
		expect(periodInWords('2005-05-03', '2005-05-03', es, 'es')).toBe('el 3 de mayo de 2005');
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
		expect(summarizePeriod('2005-01-01', '2005-12-31', numbers, scope, en, 'en').sentence).toBe(
			sentence
		);
	});

	const ALL_COUNTED = { includeMeetings: true, includeMembers: true };
	it.each([
		[
			'fr',
			{ countries: 12, instruments: 5, events: 14 },
			COUNT_INSTRUMENTS,
			'1er janvier – 31 décembre 2005\u00a0: 12 pays ont rejoint au moins un des 5 instruments\u00a0; 14 événements sur la période.'
		],
		[
			'fr',
			{ countries: 1, instruments: 3, events: 1 },
			COUNT_INSTRUMENTS,
			'1er janvier – 31 décembre 2005\u00a0: 1 pays a rejoint 3 instruments\u00a0; 1 événement sur la période.'
		],
		[
			'fr',
			{ countries: 7, instruments: 1, events: 2 },
			ALL_COUNTED,
			'1er janvier – 31 décembre 2005\u00a0: 7 pays ont rejoint 1 instrument ou réunion (appartenance comprise)\u00a0; 2 événements sur la période.'
		],
		[
			'fr',
			{ countries: 0, instruments: 0, events: 0 },
			COUNT_INSTRUMENTS,
			'1er janvier – 31 décembre 2005\u00a0: aucun pays n’a rejoint d’instrument\u00a0; 0 événement sur la période.'
		],
		[
			'fr',
			{ countries: 0, instruments: 0, events: 3 },
			ALL_COUNTED,
			'1er janvier – 31 décembre 2005\u00a0: aucun pays n’a rejoint d’instrument ni de réunion (appartenance comprise)\u00a0; 3 événements sur la période.'
		],
		[
			'es',
			{ countries: 12, instruments: 5, events: 14 },
			COUNT_INSTRUMENTS,
			'1 de enero – 31 de diciembre de 2005: 12 países se adhirieron a al menos uno de 5 instrumentos; 14 eventos en el periodo.'
		],
		[
			'es',
			{ countries: 1, instruments: 3, events: 1 },
			COUNT_INSTRUMENTS,
			'1 de enero – 31 de diciembre de 2005: 1 país se adhirió a 3 instrumentos; 1 evento en el periodo.'
		],
		[
			'es',
			{ countries: 7, instruments: 1, events: 2 },
			ALL_COUNTED,
			'1 de enero – 31 de diciembre de 2005: 7 países se adhirieron a 1 instrumento o reunión (contando la pertenencia); 2 eventos en el periodo.'
		],
		[
			'es',
			{ countries: 0, instruments: 0, events: 0 },
			COUNT_INSTRUMENTS,
			'1 de enero – 31 de diciembre de 2005: ningún país se adhirió a ningún instrumento; 0 eventos en el periodo.'
		]
	] as const)('in %s, summarises %o', (locale, numbers, scope, sentence) => {
		const m = { fr, es }[locale];
		expect(summarizePeriod('2005-01-01', '2005-12-31', numbers, scope, m, locale).sentence).toBe(
			sentence
		);
	});

	it('heads a period that spans two years with both years', () => {
		expect(
			summarizePeriod(
				'2004-12-08',
				'2005-01-10',
				{ countries: 0, instruments: 0, events: 0 },
				COUNT_INSTRUMENTS,
				en,
				'en'
			).heading
		).toBe('8 December 2004 – 10 January 2005');
	});
});
