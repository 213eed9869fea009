import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/en/table';
import fr from '$lib/i18n/fr/table';
import type { Locale } from '$lib/i18n/locales';
import type { ViewState } from '$lib/url/viewState';
import { contextFor, findAll, textOf } from './WorldMap/testing';
import { atlasIn, commitmentsOf, viewWith } from './testing';
import CountryTable from './CountryTable.svelte';

const WORDS = { en, fr };

/** The table as the explorer shows it for the URL's `view` (settled: its day and period shown). */
function renderTable(patch: Partial<ViewState>, locale: 'en' | 'fr' = 'en'): string {
	const view = viewWith(patch);
	const props = {
		atlas: atlasIn(locale as Locale),
		words: WORDS[locale],
		commitments: commitmentsOf(view, locale),
		view,
		day: view.date,
		from: view.from,
		onSelectCountry: () => {}
	};
	return render(CountryTable, { props, context: contextFor(locale) }).body;
}

/** The table's rows, in order: country, count, what it joined (item by item), and selection. */
const rowsIn = (html: string) =>
	[...html.matchAll(/(<tr[^>]*>)(\s*<th scope="row"[\s\S]*?)<\/tr>/g)].map(([, tr, row]) => {
		const [name, count, joined] = [...row.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map(
			([, cell]) => cell
		);
		const items = [...joined.matchAll(/<span class="item[^"]*">([\s\S]*?<\/span>)<\/span>/g)];
		return {
			country: textOf(name),
			count: textOf(count),
			joined: items.length > 0 ? items.map(([, item]) => textOf(item)) : [textOf(joined)],
			selected: findAll(tr)[0].classes.includes('selected')
		};
	});
const captionOf = (html: string) => textOf(html.match(/<caption[^>]*>([\s\S]*?)<\/caption>/)![1]);
/** The column headers: their text and sort state. */
const headersIn = (html: string) =>
	[...html.matchAll(/(<th scope="col"[^>]*>)([\s\S]*?)<\/th>/g)].map(([, th, text]) => ({
		text: textOf(text),
		sort: findAll(th)[0].attributes['aria-sort']
	}));

describe('CountryTable', () => {
	it('says what it counts on the day, sorted by count; the sort is on the count column', () => {
		const html = renderTable({ date: '2004-07-02' });
		expect(captionOf(html)).toBe(
			'Instruments per country on 2 July 2004, sorted by count, highest first'
		);
		expect(headersIn(html)).toEqual([
			{ text: 'Country', sort: 'none' },
			{ text: 'Instruments', sort: 'descending' },
			{ text: 'What it had joined', sort: undefined }
		]);
	});

	it('has a row for every country with data, the most counted first, then by name', () => {
		const rows = rowsIn(renderTable({ date: '2004-07-02' }));
		expect(rows).toHaveLength(atlasIn().countries.length);
		expect(rows.slice(0, 5).map(({ country, count }) => `${country} ${count}`)).toEqual([
			'Australia 2',
			'United Kingdom 2',
			'Austria 1',
			'Belgium 1',
			'Cyprus 1'
		]);
		expect(rows[0].joined).toEqual([
			'Australia–Korea MoU on cooperation in the regulation of spam (Signatory, 20 October 2003)',
			'US–UK–Australia MoU on enforcement assistance in commercial e-mail matters (Signatory, 2 July 2004)'
		]);
		expect(rows.at(-1)).toMatchObject({ count: '0', joined: ['—'] });
	});

	it('names each country as a button that opens it, and marks the selected one', () => {
		const html = renderTable({ date: '2004-07-02', country: 'GBR' });
		const buttons = findAll(html, (element) => element.classes.includes('link-button'));
		expect(buttons).toHaveLength(atlasIn().countries.length);
		const selected = rowsIn(html).filter((row) => row.selected);
		expect(selected.map((row) => row.country)).toEqual(['United Kingdom']);
	});

	it.each([
		[
			'a period: what each joined within it',
			{ from: '2004-01-01', date: '2004-12-31' },
			'Instruments per country joined between 1 January 2004 and 31 December 2004, sorted by count, highest first',
			'What it joined',
			['Australia 2', 'United States 2', 'Cyprus 1'],
			// Host of the London Action Plan, which hosting does not join; a party to the MoU.
			'United Kingdom 1'
		],
		[
			'meetings counted too',
			{ date: '2003-12-08', meetings: true },
			'Commitments per country on 8 December 2003, sorted by count, highest first',
			'What it had joined',
			['Australia 1', 'Austria 1', 'Belgium 1'],
			// It chaired GSR 2003 (8 December), and joined no instrument.
			'Jordan 1'
		]
	] as const)('shows %s', (_, view, caption, third, first, also) => {
		const html = renderTable(view);
		expect(captionOf(html)).toBe(caption);
		expect(headersIn(html)[2].text).toBe(third);
		const rows = rowsIn(html).map(({ country, count }) => `${country} ${count}`);
		expect(rows.slice(0, first.length)).toEqual(first);
		expect(rows).toContain(also);
	});

	it('speaks French', () => {
		const html = renderTable({ date: '2004-07-02' }, 'fr');
		expect(captionOf(html)).toMatch(/2 juillet 2004/);
		expect(rowsIn(html)[0]).toMatchObject({ country: 'Australie', count: '2' });
		expect(rowsIn(html)[2]).toMatchObject({ country: 'Allemagne', count: '1' });
	});
});
