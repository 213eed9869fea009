import { describe, expect, it } from 'vitest';
import { isIsoDay, isIsoMonth, lastDayOf } from '$lib/time/day';
import { countryName, countryNumeric } from './countries';
import { countriesWithData, eventById, events } from './dataset';
import { eventEndDay, eventStartDay } from './event-days';
import { eventModules, rawEvents } from './events';
import { AGREEMENT_KINDS, MEETING_KINDS, type AtlasEvent } from './types';
import { SHORT_TITLE_MAX, validateEvents } from './validate';

// 20 agreements + 28 meetings, two pairs merged (research README, "One happening, one event").
const EXPECTED_EVENT_COUNT = 46;
const isDate = (value: string) => isIsoDay(value) || isIsoMonth(value);
const each = (check: (event: AtlasEvent) => void) => () => events.forEach(check);

describe('dataset schema', () => {
	it('validates with no problems', () => {
		expect(validateEvents(events)).toEqual([]);
	});

	it(`has exactly ${EXPECTED_EVENT_COUNT} events`, () => {
		expect(events).toHaveLength(EXPECTED_EVENT_COUNT);
		expect(rawEvents).toHaveLength(EXPECTED_EVENT_COUNT);
	});

	it('keeps each event in the module named by its id', () => {
		expect(eventModules).toHaveLength(EXPECTED_EVENT_COUNT);
		for (const [name, event] of eventModules) expect(event.id).toBe(name);
	});

	it('cites sources at well-formed addresses, never through a proxy, copies labelled as mirrors', () => {
		// Hosts that pass another site through (never cited) and hosts of copies of other
		// publishers' documents (cited only as a labelled mirror, where the original is gone).
		const PROXIES = ['webchannel-proxy.scarabresearch.com', 'know.cf', 'translate.goog'];
		const MIRRORS = [
			'studylib.net',
			'slideplayer.com',
			'slideserve.com',
			'docslib.org',
			'docplayer.net'
		]
			.concat(['docstoc.com', 'docsbay.net', 'pdfslide.tips', 'vdocuments.mx', 'powershow.com'])
			.concat(['tmttlt.com', 'indexarticles.com', 'scoop.co.nz', 'internetdistinction.com']);
		const onHost = (host: string, list: string[]) =>
			list.some((h) => host === h || host.endsWith(`.${h}`));
		for (const event of events) {
			for (const { title, url } of event.sources) {
				const parsed = new URL(url);
				expect(parsed.protocol, url).toMatch(/^https?:$/);
				expect(parsed.hostname, url).not.toMatch(/\.$/);
				expect(onHost(parsed.hostname, PROXIES), url).toBe(false);
				if (onHost(parsed.hostname, MIRRORS)) expect(title, url).toMatch(/\bmirror\)$/);
			}
		}
	});

	it('has unique, URL-safe ids', () => {
		const ids = events.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
		expect([...eventById.keys()].sort()).toEqual([...ids].sort());
	});

	it(
		'has real dates within 2003-01-01..2006-12-31, endDate after date',
		each((event) => {
			expect(isDate(event.date), event.id).toBe(true);
			expect(eventStartDay(event) >= '2003-01-01', event.id).toBe(true);
			expect(eventEndDay(event) <= '2006-12-31', event.id).toBe(true);
			if (event.endDate === undefined) return;
			expect(isDate(event.endDate), event.id).toBe(true);
			expect(lastDayOf(event.endDate) > lastDayOf(event.date), event.id).toBe(true);
		})
	);

	it(
		'has a kind that matches the category, and the fields every view reads',
		each((event) => {
			const kinds: readonly string[] =
				event.category === 'agreement' ? AGREEMENT_KINDS : MEETING_KINDS;
			expect(kinds, event.id).toContain(event.kind);
			expect(event.title.trim(), event.id).not.toBe('');
			expect(event.summary.trim(), event.id).not.toBe('');
			expect(['high', 'medium', 'low'], event.id).toContain(event.confidence);
			expect(typeof event.inSeed, event.id).toBe('boolean');
		})
	);

	it(
		`has a trimmed shortTitle of 1..${SHORT_TITLE_MAX} characters, free of working words`,
		each((event) => {
			expect(typeof event.shortTitle, event.id).toBe('string');
			expect(event.shortTitle, event.id).toBe(event.shortTitle.trim());
			const length = [...event.shortTitle].length; // code points: an en dash is one
			expect(length, `${event.id}: ${event.shortTitle}`).toBeGreaterThan(0);
			expect(length, `${event.id}: ${event.shortTitle}`).toBeLessThanOrEqual(SHORT_TITLE_MAX);
			expect(event.shortTitle, event.id).not.toMatch(/seed|research/i);
		})
	);

	it('has a different shortTitle for every event, whatever the case', () => {
		const keys = events.map((e) => e.shortTitle.normalize('NFC').toLocaleLowerCase('en'));
		const repeated = keys.filter((key, i) => keys.indexOf(key) !== i);
		expect(repeated).toEqual([]);
	});

	it(
		'points every instrumentOf at an earlier or same-day agreement that is no milestone itself',
		each((event) => {
			if (event.instrumentOf === undefined) return;
			const first = eventById.get(event.instrumentOf);
			expect(first, event.id).toBeDefined();
			expect(first?.id, event.id).not.toBe(event.id);
			expect(first?.category, event.id).toBe('agreement');
			expect(first?.instrumentOf, event.id).toBeUndefined();
			if (first) expect(eventStartDay(first) <= eventStartDay(event), event.id).toBe(true);
		})
	);

	it(
		'has at least one source per event, each with a title and a full http(s) URL',
		each((event) => {
			expect(event.sources.length, event.id).toBeGreaterThan(0);
			for (const source of event.sources) {
				expect(source.title.trim(), event.id).not.toBe('');
				expect(source.url, event.id).toMatch(/^https?:\/\/[^\s/]+/);
				expect(source.url, event.id).not.toMatch(/\.\.\.$/);
			}
		})
	);

	it(
		'says why in the notes of every low-confidence event',
		each((event) => {
			if (event.confidence === 'low') expect(event.notes.length, event.id).toBeGreaterThan(40);
		})
	);

	it(
		'names participant and place countries by valid ISO 3166-1 alpha-3 codes, once per event',
		each((event) => {
			const codes = event.participants.map((p) => p.country);
			expect(new Set(codes).size, event.id).toBe(codes.length);
			for (const code of codes)
				expect(countryNumeric(code), `${event.id} ${code}`).toMatch(/^\d{3}$/);
			if (event.place.kind === 'city') expect(countryNumeric(event.place.country)).toBeDefined();
		})
	);

	it(
		'links related events that exist, both ways',
		each((event) => {
			for (const id of event.related) {
				expect(id, event.id).not.toBe(event.id);
				expect(eventById.get(id)?.related, `${event.id} → ${id}`).toContain(event.id);
			}
		})
	);

	it('is sorted by first day, then id', () => {
		const keys = events.map((e) => `${eventStartDay(e)} ${e.id}`);
		expect(keys).toEqual([...keys].sort());
	});

	it('lists every participant or place country once in countriesWithData, by English name', () => {
		expect(new Set(countriesWithData).size).toBe(countriesWithData.length);
		for (const event of events) {
			for (const p of event.participants) expect(countriesWithData).toContain(p.country);
		}
		expect(countriesWithData).toContain('CHE'); // Geneva: a place, never a participant
		// By name, not code: "South Korea" sorts between "Slovenia" and "Spain".
		const at = (code: string) => countriesWithData.indexOf(code);
		expect(at('SVN')).toBeLessThan(at('KOR'));
		expect(at('KOR')).toBeLessThan(at('ESP'));
		const names = countriesWithData.map((iso3) => countryName(iso3));
		expect(names).toEqual([...names].sort((x, y) => x.localeCompare(y, 'en')));
	});
});
