/**
 * Every event's reader-facing text exists in every language: title, short title (at most 32
 * characters, unique), summary, each key date's label and the unnamed participants; every city has
 * a name (the English one when none is given); and no text is left in English by mistake.
 */
import { describe, expect, it } from 'vitest';
import { events, eventById } from '../dataset';
import { DATASET_TEXT, localizeEvent } from '../localized';

const LANGUAGES = Object.entries(DATASET_TEXT);

describe.each(LANGUAGES)('the dataset in %s', (locale, text) => {
	it('has a text for every event and none for an unknown one', () => {
		expect(Object.keys(text.events).sort()).toEqual(events.map((event) => event.id).sort());
	});

	it.each(events.map((event) => [event.id, event] as const))('%s is complete', (id, event) => {
		const own = text.events[id];
		expect(own.title.trim()).not.toBe('');
		expect(own.summary.trim()).not.toBe('');
		expect(own.shortTitle.trim()).not.toBe('');
		expect([...own.shortTitle].length).toBeLessThanOrEqual(32);
		// Written for the language, not copied: a summary is never the English one.
		expect(own.summary).not.toBe(event.summary);
		expect(Object.keys(own.keyDates ?? {}).sort()).toEqual(
			event.keyDates.map((keyDate) => keyDate.date).sort()
		);
		expect(own.unnamedParticipants === undefined).toBe(event.unnamedParticipants === undefined);
		if (own.titleSource) {
			expect(own.titleSource.title.trim()).not.toBe('');
			expect(new URL(own.titleSource.url).protocol).toMatch(/^https?:$/);
		}
	});

	it('has unique short titles', () => {
		const shortTitles = Object.values(text.events).map((own) =>
			own.shortTitle.normalize('NFC').trim().toLocaleLowerCase(locale)
		);
		expect(new Set(shortTitles).size).toBe(shortTitles.length);
	});

	it('names only cities of the dataset', () => {
		const cities = new Set(
			events.flatMap((event) => (event.place.kind === 'city' ? [event.place.city] : []))
		);
		for (const city of Object.keys(text.cities)) expect(cities).toContain(city);
	});
});

describe('localizeEvent', () => {
	const lap = eventById.get('london-action-plan-2004')!;

	it('keeps the facts and replaces the text', () => {
		const french = localizeEvent(lap, 'fr');
		expect(french.title).toBe(DATASET_TEXT.fr.events[lap.id].title);
		expect(french.summary).toBe(DATASET_TEXT.fr.events[lap.id].summary);
		expect(french.place).toEqual({ kind: 'city', city: 'Londres', country: 'GBR' });
		expect(french.participants).toBe(lap.participants);
		expect(french.sources).toBe(lap.sources);
		expect(french.date).toBe(lap.date);
	});

	it('is the event itself in English', () => {
		expect(localizeEvent(lap, 'en')).toBe(lap);
	});

	it('adds no detail field to an event without them', () => {
		const bare = { id: lap.id, title: lap.title, shortTitle: lap.shortTitle, date: lap.date };
		const spanish = localizeEvent(bare, 'es');
		expect('summary' in spanish).toBe(false);
		expect('place' in spanish).toBe(false);
		expect(spanish.shortTitle).toBe(DATASET_TEXT.es.events[lap.id].shortTitle);
	});
});
