import { describe, expect, it } from 'vitest';
import { countryName } from './countries';
import { rawEvents } from './events';
import {
	MEMBERSHIPS,
	expandEntry,
	isMembershipRows,
	membersOn,
	type ConveningBody
} from './memberships';

describe('membership lists', () => {
	const counts: [body: ConveningBody, day: string, count: number][] = [
		['EU', '2003-01-01', 15],
		['EU', '2004-04-30', 15],
		['EU', '2004-05-01', 25],
		['EU', '2006-12-31', 25],
		['EU', '2007-01-01', 27],
		['OECD', '2003-01-01', 30],
		['OECD', '2006-12-31', 30],
		['ASEAN', '2003-01-01', 10],
		['ASEM', '2004-10-06', 25],
		['ASEM', '2004-10-07', 38],
		['ASEM', '2006-12-31', 38]
	];
	it.each(counts)('%s has %s… %i members', (body, day, count) => {
		expect(membersOn(body, day)).toHaveLength(count);
	});

	const accessions: [body: ConveningBody, country: string, from: string | null][] = [
		['EU', 'BEL', '1958-01-01'],
		['EU', 'GBR', '1973-01-01'],
		['EU', 'ESP', '1986-01-01'],
		['EU', 'POL', '2004-05-01'],
		['EU', 'ROU', '2007-01-01'],
		['OECD', 'USA', '1961-09-30'],
		['OECD', 'ITA', '1962-03-29'],
		['OECD', 'MEX', '1994-05-18'],
		['OECD', 'KOR', '1996-12-12'],
		['OECD', 'SVK', '2000-12-14'],
		['OECD', 'LUX', null],
		['ASEAN', 'BRN', '1984-01'],
		['ASEAN', 'KHM', '1999-04-30'],
		['ASEM', 'CHN', '1996-03-01'],
		['ASEM', 'MLT', '2004-10-07'],
		['ASEM', 'LAO', '2004-10-07']
	];
	it.each(accessions)('%s: %s from %s', (body, country, from) => {
		expect(MEMBERSHIPS[body].members.find((m) => m.country === country)?.from).toBe(from);
	});

	it.each(Object.entries(MEMBERSHIPS))(
		'%s: valid, distinct countries, each date or the reason it is missing, and sources',
		(_, { members, sources }) => {
			const codes = members.map((m) => m.country);
			expect(new Set(codes).size).toBe(codes.length);
			for (const m of members) {
				expect(countryName(m.country)).not.toBe(m.country);
				if (m.from === null) expect(m.note).toBeTruthy();
				else expect(m.from).toMatch(/^\d{4}-\d{2}(-\d{2})?$/);
			}
			expect(sources.length).toBeGreaterThan(0);
			for (const source of sources) {
				expect(source.title).toBeTruthy();
				expect(source.url).toMatch(/^https?:\/\//);
			}
		}
	);

	it('lists ASEM partners as the EU members, China, Japan and Korea, then ASEAN members', () => {
		const partners = membersOn('ASEM', '2005-01-01');
		expect(partners.slice(0, 25)).toEqual(membersOn('EU', '2005-01-01'));
		expect(partners.slice(25, 28)).toEqual(['CHN', 'JPN', 'KOR']);
		expect(partners.slice(28)).toEqual(membersOn('ASEAN', '2005-01-01'));
	});
});

describe('membership rows of an event', () => {
	it("gives the body's members on the event's date, with the declared role and note", () => {
		const rows = expandEntry({ membersOf: 'EU', role: 'member', note: 'n' }, '2004-01-22');
		expect(rows).toHaveLength(15);
		expect(rows[0]).toEqual({ country: 'AUT', role: 'member', note: 'n' });
		expect(rows.map((row) => row.country)).not.toContain('POL');
	});

	it('counts a month-only date from its last day', () => {
		expect(expandEntry({ membersOf: 'EU', role: 'member' }, '2004-04')).toHaveLength(15);
		expect(expandEntry({ membersOf: 'EU', role: 'member' }, '2004-05')).toHaveLength(25);
	});

	it('leaves out the excepted and puts overrides in their place in the list', () => {
		const rows = expandEntry(
			{
				membersOf: 'ASEAN',
				role: 'member',
				except: ['MYS'],
				override: [{ country: 'LAO', role: 'host', agency: 'a' }]
			},
			'2005-05-03'
		);
		expect(rows.map((row) => row.country)).toEqual([
			'BRN',
			'KHM',
			'IDN',
			'LAO',
			'MMR',
			'PHL',
			'SGP',
			'THA',
			'VNM'
		]);
		expect(rows[3]).toEqual({ country: 'LAO', role: 'host', agency: 'a' });
	});

	it('adds later members from their accession, up to a day, with their own role and note', () => {
		const rows = expandEntry(
			{
				membersOf: 'EU',
				role: 'party',
				joiners: { until: '2006-12-31', role: 'joined', note: 'Bound from {since}' }
			},
			'2003-10-31'
		);
		expect(rows).toHaveLength(25);
		expect(rows.filter((row) => row.role === 'party')).toHaveLength(15);
		expect(rows[15]).toEqual({
			country: 'CYP',
			role: 'joined',
			since: '2004-05-01',
			note: 'Bound from 2004-05-01'
		});
		expect(rows.map((row) => row.country)).not.toContain('BGR');
	});

	it('passes a named participant through unchanged', () => {
		const row = { country: 'KOR', role: 'signatory' as const, agency: 'KISA' };
		expect(expandEntry(row, '2005-04-27')).toEqual([row]);
	});

	it('leaves fewer than 20 hand-typed membership rows in the dataset', () => {
		const handTyped = rawEvents.flatMap((event) =>
			event.participants.flatMap((entry) => {
				if (isMembershipRows(entry))
					return (entry.override ?? []).filter((row) => row.role === 'member');
				return entry.role === 'member' ? [entry] : [];
			})
		);
		expect(handTyped.length).toBeLessThan(20);
	});
});
