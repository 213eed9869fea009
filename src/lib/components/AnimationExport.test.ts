import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { sourceOf } from '$lib/export/animation/testing';
import { framesOf } from '$lib/export/animation/source';
import en from '$lib/i18n/en/share';
import fr from '$lib/i18n/fr/share';
import type { Locale } from '$lib/i18n/locales';
import { contextFor, findAll, textOf } from './WorldMap/testing';
import { viewWith } from './testing';
import AnimationExport from './AnimationExport.svelte';
import type { ViewState } from '$lib/url/viewState';

const WORDS = { en, fr };

function renderPanel(
	view: ViewState,
	locale: 'en' | 'fr' = 'en',
	theme: 'light' | 'dark' = 'light'
) {
	const props = {
		words: WORDS[locale],
		animationOf: () => sourceOf(view, locale as Locale),
		host: {} as HTMLElement,
		locale,
		theme,
		onClose: () => {}
	};
	return render(AnimationExport, { props, context: contextFor(locale) }).body;
}

/** The values of the date fields, in order (From, To), and the words of their labels. */
function dateFields(html: string) {
	const values = findAll(
		html,
		(element) => element.tag === 'input' && element.attributes.type === 'date'
	).map((element) => element.attributes.value);
	const labels = [
		...html.matchAll(/<label[^>]*>((?:(?!<label)[\s\S])*?)<input[^>]*type="date"/g)
	].map(([, words]) => textOf(words));
	return { values, labels };
}

describe('AnimationExport', () => {
	it('is a region named by its heading, with a form and no progress before Export', () => {
		const html = renderPanel(viewWith({ date: '2005-04-27' }));
		const [region] = findAll(html, (element) => element.tag === 'section');
		const [heading] = findAll(html, (element) => element.tag === 'h2');
		expect(region.attributes['aria-labelledby']).toBe(heading.attributes.id);
		expect(html).toMatch(/<h2[^>]*>Export an animation<\/h2>/);
		expect(findAll(html, (element) => element.tag === 'progress')).toEqual([]);
		expect(html).toMatch(/<p class="status[^"]*" role="status"><\/p>/);
		expect(dateFields(html).labels).toEqual(['From', 'To']);
	});

	it.each([
		[
			'a day’s view offers all of 2003–2006',
			viewWith({ date: '2005-04-27' }),
			'2003-01-01',
			'2006-12-31'
		],
		[
			'a period view offers its period',
			viewWith({ from: '2005-01-01', date: '2005-12-31' }),
			'2005-01-01',
			'2005-12-31'
		]
	])('%s, and says how long the file will be', (_, view, from, to) => {
		const html = renderPanel(view);
		expect(dateFields(html).values).toEqual([from, to]);
		const frames = framesOf(sourceOf(view), { from, to }).length;
		expect(textOf(html)).toContain(
			`${frames.toLocaleString('en-GB')} frames at 30 frames per second`
		);
	});

	it('chooses the video and the page’s colours first', () => {
		const html = renderPanel(viewWith(), 'en', 'dark');
		const checked = findAll(
			html,
			(element) =>
				element.tag === 'input' &&
				element.attributes.type === 'radio' &&
				'checked' in element.attributes
		).map((element) => element.attributes.value);
		expect(checked).toEqual(['webm', 'dark']);
	});

	it('speaks French', () => {
		const html = renderPanel(viewWith({ from: '2005-01-01', date: '2005-12-31' }), 'fr');
		expect(textOf(html)).toMatch(/^Exporter une animation/);
		expect(textOf(html)).toMatch(/images à 30 images par seconde/);
		expect(dateFields(html)).toEqual({
			values: ['2005-01-01', '2005-12-31'],
			labels: ['Du', 'Au']
		});
	});
});
