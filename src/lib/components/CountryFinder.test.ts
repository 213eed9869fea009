import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { ComponentProps } from 'svelte';
import type { Locale } from '$lib/i18n/locales';
import { contextFor, findAll, textOf } from './WorldMap/testing';
import { atlasIn } from './testing';
import CountryFinder from './CountryFinder.svelte';

type Props = ComponentProps<typeof CountryFinder>;

function renderFinder(patch: Partial<Props> = {}, locale: Locale = 'en'): string {
	const props: Props = {
		atlas: atlasIn(locale),
		selected: null,
		onSelectCountry: async () => {},
		...patch
	};
	return render(CountryFinder, { props, context: contextFor(locale) }).body;
}

/** The list's options, in order: value, name, and whether it is the one selected. */
const optionsIn = (html: string) =>
	[...html.matchAll(/(<option[^>]*>)([^<]*)<\/option>/g)].map(([, tag, name]) => {
		const { attributes } = findAll(tag)[0];
		return { value: attributes.value, name, selected: 'selected' in attributes };
	});

describe('CountryFinder', () => {
	it('is a list named "Country", whose empty choice shows that name, then every country with data', () => {
		const html = renderFinder();
		expect(html).toMatch(
			/<label class="finder[^"]*"><span class="visually-hidden">Country<\/span>/
		);
		const options = optionsIn(html);
		expect(options[0]).toEqual({ value: '', name: 'Country', selected: true });
		expect(
			options
				.slice(1)
				.map((option) => option.value)
				.sort()
		).toEqual([...atlasIn('en').countries].sort());
	});

	it.each([
		['en', ['Albania', 'Argentina', 'Australia', 'Austria', 'Belgium', 'Brazil']],
		['fr', ['Albanie', 'Allemagne', 'Argentine', 'Australie', 'Autriche', 'Belgique']]
	] as const)('lists the countries in the order of their names (%s)', (locale, first) => {
		const names = optionsIn(renderFinder({}, locale)).map((option) => option.name);
		expect(names.slice(1, 7)).toEqual(first);
	});

	it('keeps the order the page gives (the build sorted the names; the list does not sort)', () => {
		const atlas = atlasIn('en');
		const reversed = { countries: [...atlas.countries].reverse(), nameOf: atlas.nameOf };
		const values = optionsIn(renderFinder({ atlas: reversed })).map((option) => option.value);
		expect(values.slice(1)).toEqual(reversed.countries);
	});

	it.each([
		['KOR', 'South Korea'],
		['FRA', 'France'],
		['USA', 'United States']
	])('shows the selected country, %s', (id, name) => {
		const selected = optionsIn(renderFinder({ selected: id })).filter((option) => option.selected);
		expect(selected).toEqual([{ value: id, name, selected: true }]);
	});

	it('speaks French', () => {
		const html = renderFinder({ selected: 'DEU' }, 'fr');
		expect(textOf(html)).toMatch(/^Pays /);
		expect(optionsIn(html).find((option) => option.selected)?.name).toBe('Allemagne');
	});
});
