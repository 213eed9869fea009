import { describe, expect, it } from 'vitest';
import { centerOf } from '$lib/map/geometry';
import { countriesWithData, eventById } from './dataset';
import { explorerData, summarize } from './explorerData';
import { DETAIL_FIELDS } from './types';
import { INTL_TAG, LOCALES } from '$lib/i18n/locales';

describe('explorerData', () => {
	const data = explorerData();

	it('ships every event without its detail fields', () => {
		expect(data.events).toHaveLength(eventById.size);
		for (const event of data.events) {
			for (const field of DETAIL_FIELDS) expect(event).not.toHaveProperty(field);
			// Participants ship without their notes and agencies, which load with the event's details.
			expect(event.participants).toEqual(
				eventById
					.get(event.id)!
					.participants.map(({ country, role, since }) =>
						Object.fromEntries(
							Object.entries({ country, role, since }).filter(([, v]) => v !== undefined)
						)
					)
			);
			expect(event.participants.some((p) => 'note' in p || 'agency' in p)).toBe(false);
		}
	});

	it.each([
		['KOR', 'South Korea', false],
		['TWN', 'Taiwan', false],
		['SGP', 'Singapore', true],
		['MLT', 'Malta', true]
	])('names %s %s and places it on the map (a dot: %s)', (id, name, dot) => {
		expect(data.countries).toContainEqual({ id, name, center: centerOf(id), dot });
	});

	it('places every country with data on the map, and only those', () => {
		expect(data.countries.map((country) => country.id).sort()).toEqual(
			[...countriesWithData].sort()
		);
		for (const country of data.countries) expect(country.center, country.id).toHaveLength(2);
	});

	it.each(LOCALES)('lists the countries in the order of their names in %s', (locale) => {
		const names = explorerData(locale).countries.map((country) => country.name);
		const collator = new Intl.Collator(INTL_TAG[locale]);
		expect(names).toEqual([...names].sort(collator.compare));
		expect(new Set(names).size).toBe(names.length);
	});

	it('does not change the dataset', () => {
		const event = eventById.get('london-action-plan-2004')!;
		summarize(event);
		expect(event.sources.length).toBeGreaterThan(0);
	});
});
