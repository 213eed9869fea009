import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '$lib/data/types';
import en from '$lib/i18n/en';
import es from '$lib/i18n/es';
import fr from '$lib/i18n/fr';
import { addDays, lastDayOf } from '$lib/time/day';
import { selectionDay } from './describe';
import { eventsHappeningOn, happeningFinder, latestEventOn, summarizeDay } from './summary';

function event(
	id: string,
	date: string,
	countries: string[],
	category: 'agreement' | 'meeting' = 'agreement'
): AtlasEvent {
	return {
		id,
		title: `Event ${id}`,
		shortTitle: `Short ${id}`,
		kind: category === 'agreement' ? 'declaration' : 'workshop',
		category,
		date,
		place: { kind: 'unknown' },
		summary: '',
		participants: countries.map((country) => ({ country, role: 'signatory' as const })),
		nonStateParticipants: [],
		organizers: [],
		sources: [],
		confidence: 'high',
		notes: '',
		inSeed: true,
		related: [],
		keyDates: []
	};
}

const scope = (includeMeetings: boolean, includeMembers = false) => ({
	includeMeetings,
	includeMembers
});

const events = [
	event('a', '2004-01-10', ['KOR']),
	event('m', '2004-06-01', ['FRA'], 'meeting'),
	event('b', '2005-02', ['USA', 'GBR'])
];

describe('summarizeDay', () => {
	const cases: [day: string, participation: string[], meetings: boolean, sentence: string][] = [
		['2003-05-01', [], false, '1 May 2003: no country yet in any instrument signed or joined.'],
		[
			'2004-01-10',
			['KOR'],
			false,
			'10 January 2004: 1 country in at least one instrument signed or joined; latest: Short a.'
		],
		[
			'2005-02-27',
			['KOR'],
			false,
			'27 February 2005: 1 country in at least one instrument signed or joined; latest: Short a.'
		],
		[
			'2005-02-27',
			['KOR', 'FRA'],
			true,
			'27 February 2005: 2 countries in at least one instrument signed or joined or one meeting; latest: Short m.'
		],
		[
			'2005-02-28',
			['KOR', 'USA', 'GBR'],
			false,
			'28 February 2005: 3 countries in at least one instrument signed or joined; latest: Short b.'
		]
	];
	it.each(cases)('%s', (day, countries, meetings, sentence) => {
		const latest = latestEventOn(events, day, scope(meetings));
		expect(summarizeDay(day, countries.length, latest, scope(meetings), en, 'en').sentence).toBe(
			sentence
		);
	});

	it('says when membership of the convening body is counted too', () => {
		expect(summarizeDay('2005-02-28', 2, null, scope(false, true), en, 'en').countries).toBe(
			'2 countries in at least one instrument signed or joined (or through membership)'
		);
	});

	it.each([
		[
			'fr',
			0,
			false,
			false,
			'1er mai 2005\u00a0: encore aucun pays avec un instrument signé ou rejoint.'
		],
		[
			'fr',
			0,
			true,
			true,
			'1er mai 2005\u00a0: encore aucun pays avec un instrument signé ou rejoint (ou par appartenance) ou une réunion.'
		],
		[
			'fr',
			1,
			false,
			false,
			'1er mai 2005\u00a0: 1 pays avec au moins un instrument signé ou rejoint\u00a0; dernier\u00a0: Short a.'
		],
		[
			'fr',
			12,
			true,
			false,
			'1er mai 2005\u00a0: 12 pays avec au moins un instrument signé ou rejoint ou une réunion\u00a0; dernier\u00a0: Short a.'
		],
		[
			'es',
			0,
			false,
			false,
			'1 de mayo de 2005: todavía ningún país con un instrumento firmado o suscrito.'
		],
		[
			'es',
			1,
			false,
			true,
			'1 de mayo de 2005: 1 país con al menos un instrumento firmado o suscrito (o por pertenencia); último: Short a.'
		],
		[
			'es',
			12,
			false,
			false,
			'1 de mayo de 2005: 12 países con al menos un instrumento firmado o suscrito; último: Short a.'
		]
	] as const)(
		'in %s, %i countries (meetings %s, members %s)',
		(locale, count, meetings, members, sentence) => {
			const latest = count === 0 ? null : events[0];
			const m = { fr, es }[locale];
			expect(
				summarizeDay('2005-05-01', count, latest, scope(meetings, members), m, locale).sentence
			).toBe(sentence);
		}
	);
});

describe('latestEventOn', () => {
	const sameDay = [...events, event('c', '2005-02-28', ['FRA'])];
	const cases: [day: string, meetings: boolean, expected: string | null][] = [
		['2004-01-09', false, null],
		['2004-01-10', false, 'a'],
		['2004-06-01', false, 'a'],
		['2004-06-01', true, 'm'],
		// A month-only event counts from the last day of its month.
		['2005-02-27', true, 'm'],
		['2005-02-28', false, 'c'],
		['2006-12-31', true, 'c']
	];
	it.each(cases)('%s (meetings %s) → %s', (day, meetings, expected) => {
		expect(latestEventOn(sameDay, day, scope(meetings))?.id ?? null).toBe(expected);
	});

	// An instrument that only a host or a convening body's members took part in counts for no one
	// by default, so it is not the latest event the map counts.
	const hostOnly = [
		event('a', '2004-01-10', ['KOR']),
		{ ...event('h', '2004-02-01', []), participants: [{ country: 'BRA', role: 'host' as const }] },
		{ ...event('o', '2004-03-01', []), participants: [{ country: 'FRA', role: 'member' as const }] }
	];
	it.each([
		[false, 'a'],
		[true, 'o']
	])('with members counted %s, the latest is %s', (members, expected) => {
		expect(latestEventOn(hostOnly, '2004-12-31', scope(false, members))?.id).toBe(expected);
	});
});

describe('eventsHappeningOn', () => {
	const happening = [
		event('one-day', '2005-04-27', ['KOR']),
		{ ...event('meeting', '2005-06-28', [], 'meeting'), endDate: '2005-07-01' },
		event('month', '2005-02', ['USA']),
		event('same-day', '2005-04-27', ['AUS'])
	];
	const cases: [day: string, expected: string[]][] = [
		['2005-04-26', []],
		['2005-04-27', ['one-day', 'same-day']],
		['2005-04-28', []],
		['2005-06-28', ['meeting']],
		['2005-07-01', ['meeting']],
		['2005-07-02', []],
		// Known to the month: named on the month's last day, when the map counts it.
		['2005-02-01', []],
		['2005-02-28', ['month']],
		// Before and after everything.
		['2003-01-01', []],
		['2006-12-31', []]
	];
	it.each(cases)('%s → %j', (day, expected) => {
		expect(eventsHappeningOn(happening, day).map((e) => e.id)).toEqual(expected);
	});
});

describe('happeningFinder', () => {
	it('answers every day as a scan of all events would, in the order given', () => {
		const many = [
			...events,
			{ ...event('long', '2004-05-30', [], 'meeting'), endDate: '2004-06-03' },
			event('same', '2004-06-01', ['USA'], 'meeting')
		];
		const find = happeningFinder(many);
		for (let day = '2004-05-25'; day <= '2004-06-10'; day = addDays(day, 1)) {
			const scanned = many.filter(
				(e) => selectionDay(e) <= day && day <= lastDayOf(e.endDate ?? e.date)
			);
			expect(find(day), day).toEqual(scanned);
		}
	});
});
