import { describe, expect, it } from 'vitest';
import { events } from './dataset';
import { CSV_COLUMNS, csvField, toCsv, toExportJson } from './export';
import type { AtlasEvent } from './types';

/** A strict RFC 4180 reader, to check the writer against: every record must end in CRLF. */
function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	const pattern = /"((?:[^"]|"")*)"|([^",\r\n]*)/y;
	let record: string[] = [];
	let at = 0;
	while (at < text.length) {
		pattern.lastIndex = at;
		const match = pattern.exec(text)!;
		record.push(match[1] !== undefined ? match[1].replaceAll('""', '"') : match[2]);
		at = pattern.lastIndex;
		if (text[at] === ',') {
			at += 1;
		} else if (text.startsWith('\r\n', at)) {
			records.push(record);
			record = [];
			at += 2;
		} else {
			throw new Error(`unexpected ${JSON.stringify(text[at])} at ${at}`);
		}
	}
	if (record.length > 0) throw new Error('no CRLF after the last record');
	return records;
}

const exported = toExportJson(events);
const byId = new Map(exported.events.map((e) => [e.id, e]));

describe('toExportJson', () => {
	it('is version 1 with every event, sorted by date', () => {
		expect(exported.version).toBe(1);
		expect(exported.events).toHaveLength(events.length);
		const firstDays = exported.events.map((e) => (e.date.length === 7 ? `${e.date}-01` : e.date));
		expect(firstDays).toEqual([...firstDays].sort());
		expect(toExportJson([...events].reverse())).toEqual(exported);
	});

	it('gives each event exactly the documented keys, omitting absent optional ones', () => {
		expect(Object.keys(byId.get('asem-joint-statement-anti-spam-2005')!)).toEqual([
			'id',
			'title',
			'kind',
			'category',
			'date',
			'endDate',
			'place',
			'participants',
			'nonStateParticipants',
			'sources',
			'confidence',
			'inSeed'
		]);
		expect(byId.get('au-kr-spam-mou-2003')).not.toHaveProperty('endDate');
		const lap = byId.get('london-action-plan-2004')!.participants;
		expect(lap.find((p) => p.country === 'KOR')).toEqual({
			country: 'KOR',
			role: 'joined',
			since: '2005-02'
		});
		expect(lap.find((p) => p.country === 'USA')).toEqual({
			country: 'USA',
			role: 'signatory',
			agency: 'Federal Trade Commission (FTC, co-sponsor)'
		});
		expect(JSON.parse(JSON.stringify(exported))).toEqual(exported);
	});

	it.each([
		['au-kr-spam-mou-2003', { city: 'Melbourne', country: 'AUS' }],
		['itu-grex-virtual-conference-spam-2004', 'virtual'],
		['econfidence-spam-and-scams-2005', null],
		['cnsa-cross-border-spam-complaints-procedure-2005', null]
	])('exports the place of %s as %j', (id, place) => {
		expect(byId.get(id)!.place).toEqual(place);
	});

	it('exports CAPTEF with no participants and the context items as not in the seed', () => {
		expect(byId.get('captef-anti-spam-declaration-2005')!.participants).toEqual([]);
		expect(byId.get('wsis-tunis-2005')!.inSeed).toBe(false);
	});
});

describe('csvField', () => {
	it.each([
		['plain', 'plain'],
		['', ''],
		['a, b', '"a, b"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		['cr\rhere', '"cr\rhere"'],
		['semi; colon', 'semi; colon']
	])('%j → %j', (value, expected) => {
		expect(csvField(value)).toBe(expected);
	});
});

describe('toCsv', () => {
	const rows = parseCsv(toCsv(events));

	it('starts with the documented header and has one row per event–participant pair', () => {
		expect(rows[0]).toEqual([...CSV_COLUMNS]);
		const expected = events.reduce((n, e) => n + Math.max(1, e.participants.length), 0);
		expect(rows).toHaveLength(expected + 1);
		for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
	});

	it('round-trips fields that need quoting', () => {
		const tricky: AtlasEvent = {
			...events[0],
			title: 'A "quoted", comma title',
			participants: [{ country: 'USA', role: 'signatory', agency: 'Line one\r\nline two' }]
		};
		const [, row] = parseCsv(toCsv([tricky]));
		const column = (name: (typeof CSV_COLUMNS)[number]) => row[CSV_COLUMNS.indexOf(name)];
		expect(column('title')).toBe('A "quoted", comma title');
		expect(column('participant_agency')).toBe('Line one\r\nline two');
		expect(column('participant_name')).toBe('United States');
	});

	it('writes an event without participants as one row with empty participant columns', () => {
		const captef = rows.filter((r) => r[0] === 'captef-anti-spam-declaration-2005');
		expect(captef).toHaveLength(1);
		expect(captef[0].slice(CSV_COLUMNS.indexOf('participant_country'))).toEqual([
			'',
			'',
			'',
			'',
			''
		]);
		expect(captef[0][CSV_COLUMNS.indexOf('place_status')]).toBe('unknown');
	});

	it('repeats the event columns on every participant row', () => {
		const lap = rows.filter((r) => r[0] === 'london-action-plan-2004');
		expect(lap).toHaveLength(12);
		expect(new Set(lap.map((r) => r.slice(0, 13).join('\u0000'))).size).toBe(1);
		const korea = lap.find((r) => r[CSV_COLUMNS.indexOf('participant_country')] === 'KOR')!;
		expect(korea[CSV_COLUMNS.indexOf('participant_since')]).toBe('2005-02');
		expect(korea[CSV_COLUMNS.indexOf('participant_name')]).toBe('South Korea');
	});
});
