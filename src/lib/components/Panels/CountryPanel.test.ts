import { render } from 'svelte/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ComponentProps } from 'svelte';
import type { Iso3 } from '$lib/data/types';
import en from '$lib/i18n/en/panels';
import fr from '$lib/i18n/fr/panels';
import type { ViewState } from '$lib/url/viewState';
import { contextFor, findAll, textOf } from '../WorldMap/testing';
import { atlasIn, commitmentsOf, countingOf, viewWith } from '../testing';
import CountryPanel from './CountryPanel.svelte';

type Props = ComponentProps<typeof CountryPanel>;

const WORDS = { en, fr };

// Agencies load with each event's details: on the server they never arrive (what shows first).
beforeAll(() => void vi.stubGlobal('fetch', () => new Promise(() => {})));
afterAll(() => void vi.unstubAllGlobals());

/** The panel of `country` as the explorer shows it for the URL's `view` (its day or period). */
function renderPanel(
	country: Iso3,
	patch: Partial<ViewState> = {},
	more: Partial<Props> = {},
	locale: 'en' | 'fr' = 'en'
): string {
	const view = viewWith(patch);
	const props: Props = {
		country,
		words: WORDS[locale],
		atlas: atlasIn(locale),
		counting: countingOf(view),
		commitments: commitmentsOf(view, locale),
		day: view.date,
		from: view.from,
		onShowEvent: () => {},
		onClose: () => {},
		...more
	};
	return render(CountryPanel, { props, context: contextFor(locale) }).body;
}

/** The first line: how many are counted, and how many events name the country. */
const lineOf = (html: string) =>
	textOf(html.match(/<div class="content[^"]*">\s*<p>([\s\S]*?)<\/p>/)![1]);
/** The story's entries, in order: when, the event, its kind, role and remarks, and if outside. */
const storyOf = (html: string) =>
	[...html.matchAll(/(<li[^>]*>)([\s\S]*?)<\/li>/g)].map(([, li, entry]) => ({
		when: textOf(entry.match(/<span class="when[^"]*">([\s\S]*?)<\/span>/)![1]),
		title: textOf(entry.match(/<button[^>]*>([\s\S]*?)<\/button>/)![1]),
		meta: textOf(entry.match(/<span class="meta[^"]*">([\s\S]*?)<\/span>/)![1]),
		outside: findAll(li)[0].classes.includes('future')
	}));

describe('CountryPanel', () => {
	it('is a sheet headed by the country, with its full page and a close button', () => {
		const html = renderPanel('KOR', { date: '2005-06-30' });
		expect(html).toMatch(/<p class="eyebrow[^"]*">Country<\/p>/);
		const [heading] = findAll(html, (element) => element.tag === 'h2');
		expect(html).toMatch(/<h2[^>]*>South Korea<\/h2>/);
		const [section] = findAll(html, (element) => element.tag === 'section');
		expect(section.attributes['aria-labelledby']).toBe(heading.attributes.id);
		const [page] = findAll(html, (element) => element.classes.includes('full-page'));
		expect(page.attributes.href).toBe('/countries/KOR');
		const [close] = findAll(html, (element) => element.classes.includes('close'));
		expect(close.attributes['aria-label']).toBe('Close country details');
		expect(findAll(html, (element) => element.tag === 'nav')).toEqual([]);
	});

	it.each([
		[
			'on a day',
			'KOR',
			{ date: '2005-06-30' },
			'5 instruments on 30 June 2005; 14 events in 2003–2006 (with the current filters).'
		],
		[
			'on a day before all but one',
			'KOR',
			{ date: '2004-07-02' },
			'1 instrument on 2 July 2004; 14 events in 2003–2006 (with the current filters).'
		],
		[
			'in a period',
			'KOR',
			{ from: '2005-01-01', date: '2005-12-31' },
			'4 instruments joined between 1 January 2005 and 31 December 2005; 14 events in 2003–2006 (with the current filters).'
		],
		[
			'with meetings counted',
			'JOR',
			{ date: '2005-06-30', meetings: true },
			'2 commitments on 30 June 2005; 2 events in 2003–2006 (with the current filters).'
		]
	])('counts what the map counts, %s', (_, country, view, line) => {
		const html = renderPanel(country as Iso3, view);
		expect(lineOf(html)).toBe(line);
		// Its number in bold.
		const bold = html.match(/<div class="content[^"]*">\s*<p>[\s\S]*?<strong>([\s\S]*?)<\/strong>/);
		expect(bold?.[1]).toBe(line.split(' ')[0]);
	});

	it('tells the country’s story in date order, each event a button, its role and remarks', () => {
		const story = storyOf(renderPanel('KOR', { date: '2004-07-02' }));
		expect(story).toHaveLength(14);
		expect(story.slice(0, 3)).toEqual([
			{
				when: '20 October 2003',
				title: 'Australia–Korea MoU on cooperation in the regulation of spam',
				meta: 'Bilateral MoU · Signatory',
				outside: false
			},
			{
				when: '30 March 2004',
				title: 'ITU G-REX virtual conference on regulatory cooperation on spam',
				meta: 'Virtual conference · Participant · not counted on the map',
				outside: false
			},
			{
				when: 'July 2004',
				title: 'OECD Task Force on Spam set up',
				meta: 'Initiative · Member · not counted on the map',
				outside: true
			}
		]);
		expect(story.every((entry, i) => i < 2 || entry.outside)).toBe(true);
	});

	it('marks the entries outside a period, before it as after it', () => {
		const story = storyOf(renderPanel('KOR', { from: '2005-01-01', date: '2005-04-30' }));
		expect(story.filter((entry) => !entry.outside).map((entry) => entry.when)).toEqual([
			'21–22 February 2005',
			'21–22 February 2005',
			'February 2005',
			'27 April 2005'
		]);
	});

	it('says when no event names the country under the filters', () => {
		const html = renderPanel('KOR', { kinds: new Set(['summit']) });
		expect(lineOf(html)).toMatch(/; 0 events in 2003–2006/);
		expect(textOf(html)).toContain(
			'No event in the dataset names this country under the current filters.'
		);
		expect(html).not.toContain('<ol');
	});

	it('shows a trail back to the panel beneath', () => {
		const html = renderPanel('KOR', {}, { back: 'Seoul–Melbourne MoU' });
		const [trail] = findAll(html, (element) => element.tag === 'nav');
		expect(trail.attributes['aria-label']).toBe('Panel trail');
		expect(textOf(html.match(/<nav[^>]*>([\s\S]*?)<\/nav>/)![1])).toBe(
			'Back to Seoul–Melbourne MoU › South Korea'
		);
	});

	it('speaks French', () => {
		const html = renderPanel('DEU', { date: '2005-06-30' }, {}, 'fr');
		expect(html).toMatch(/<h2[^>]*>Allemagne<\/h2>/);
		const [page] = findAll(html, (element) => element.classes.includes('full-page'));
		expect(page.attributes.href).toBe('/fr/countries/DEU');
		expect(lineOf(html)).toMatch(/^3 instruments au 30 juin 2005/);
	});
});
