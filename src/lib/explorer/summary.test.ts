import { describe, expect, it } from 'vitest';
import type { AtlasEvent } from '$lib/data/types';
import { latestEventOn, summarizeDay } from './summary';

function event(
	id: string,
	date: string,
	countries: string[],
	category: 'agreement' | 'meeting' = 'agreement'
): AtlasEvent {
	return {
		id,
		title: `Event ${id}`,
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

const events = [
	event('a', '2004-01-10', ['KOR']),
	event('m', '2004-06-01', ['FRA'], 'meeting'),
	event('b', '2005-02', ['USA', 'GBR'])
];

describe('summarizeDay', () => {
	const cases: [day: string, participation: string[], meetings: boolean, sentence: string][] = [
		['2003-05-01', [], false, '1 May 2003: no country in at least one agreement yet.'],
		[
			'2004-01-10',
			['KOR'],
			false,
			'10 January 2004: 1 country in at least one agreement; latest: Event a, 1 economy.'
		],
		[
			'2005-02-27',
			['KOR'],
			false,
			'27 February 2005: 1 country in at least one agreement; latest: Event a, 1 economy.'
		],
		[
			'2005-02-27',
			['KOR', 'FRA'],
			true,
			'27 February 2005: 2 countries in at least one agreement or meeting; latest: Event m, 1 economy.'
		],
		[
			'2005-02-28',
			['KOR', 'USA', 'GBR'],
			false,
			'28 February 2005: 3 countries in at least one agreement; latest: Event b, 2 economies.'
		]
	];
	it.each(cases)('%s', (day, countries, meetings, sentence) => {
		const latest = latestEventOn(events, day, meetings);
		expect(summarizeDay(day, countries.length, latest, meetings).sentence).toBe(sentence);
	});
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
		expect(latestEventOn(sameDay, day, meetings)?.id ?? null).toBe(expected);
	});
});
