import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/en/notice';
import fr from '$lib/i18n/fr/notice';
import type { Locale } from '$lib/i18n/locales';
import { parseViewState, type IgnoredParam } from '$lib/url/viewState';
import { contextFor, findAll, textOf } from './WorldMap/testing';
import { atlasIn } from './testing';
import Notice from './Notice.svelte';

const WORDS = { en, fr };

/** What the explorer ignored of a link's query string (`parseViewState`, on the real data). */
const ignoredIn = (query: string): IgnoredParam[] =>
	parseViewState(new URLSearchParams(query), atlasIn().known).ignored;

function renderNotice(ignored: readonly IgnoredParam[], locale: Locale = 'en'): string {
	const props = { words: WORDS[locale as 'en' | 'fr'], ignored, onDismiss: () => {} };
	return render(Notice, { props, context: contextFor(locale) }).body;
}

/** The notice's list of what was ignored, in order. */
const itemsIn = (html: string) =>
	[...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map(([, item]) => textOf(item));

describe('Notice', () => {
	it('shows nothing when nothing was ignored', () => {
		expect(textOf(renderNotice([]))).toBe('');
		expect(findAll(renderNotice([]), (element) => element.tag === 'div')).toEqual([]);
	});

	it('is a status message saying the link was partly ignored, with a way to dismiss it', () => {
		const html = renderNotice(ignoredIn('zoom=3'));
		const [notice] = findAll(html, (element) => element.classes.includes('notice'));
		expect(notice.attributes.role).toBe('status');
		expect(html).toMatch(/<strong>Part of this link could not be used<\/strong>/);
		expect(textOf(html)).toMatch(/^Part of this link could not be used, so the explorer shows/);
		const [dismiss] = findAll(html, (element) => element.tag === 'button');
		expect(dismiss.attributes.type).toBe('button');
		expect(textOf(html)).toMatch(/Dismiss$/);
	});

	it.each([
		['an unknown setting', 'zoom=3', ['zoom is not a setting of this page']],
		[
			'a day outside the period',
			'date=2002-12-31',
			['date 2002-12-31 is not a day between 1 January 2003 and 31 December 2006']
		],
		['an unknown country', 'country=XYZ', ['country XYZ is not a known country code']],
		[
			'several things',
			'meetings=yes&event=nope&view=globe',
			[
				'meetings should be 1, not yes',
				'event nope is not a known event',
				'view globe is not map or table'
			]
		]
	])('lists what it ignored: %s', (_, query, items) => {
		expect(itemsIn(renderNotice(ignoredIn(query)))).toEqual(items);
	});

	it('shows what the link said as text, never as markup', () => {
		const html = renderNotice(ignoredIn('country=<b>x</b>'));
		expect(html).not.toContain('<b>');
		expect(itemsIn(html)).toEqual(['country &lt;b>x&lt;/b> is not a known country code']);
	});

	it('speaks French', () => {
		const html = renderNotice(ignoredIn('zoom=3&country=XYZ'), 'fr');
		expect(textOf(html)).toMatch(/^Une partie de ce lien n’a pas pu être utilisée/);
		expect(itemsIn(html)).toEqual([
			'zoom n’est pas un réglage de cette page',
			// (textOf reads the no-break space before the colon as a space.)
			'country=XYZ : code de pays inconnu'
		]);
		expect(textOf(html)).toMatch(/Fermer$/);
	});
});
