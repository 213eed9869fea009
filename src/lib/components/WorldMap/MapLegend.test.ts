import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { ComponentProps } from 'svelte';
import { DEFAULT_VIEW } from '$lib/url/viewState';
import { contextFor, findAll, textOf } from './testing';
import MapLegend from './MapLegend.svelte';

type Props = ComponentProps<typeof MapLegend>;

function renderLegend(patch: Partial<Props> = {}, locale: 'en' | 'fr' = 'en'): string {
	const props: Props = {
		view: DEFAULT_VIEW,
		from: null,
		day: '2005-06-30',
		onBackToDay: () => {},
		...patch
	};
	return render(MapLegend, { props, context: contextFor(locale) }).body;
}

/** The colour key's entries, in order. */
const keyOf = (html: string) =>
	[...html.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map(([, item]) => textOf(item));
const whatOf = (html: string) => textOf(html.match(/<p class="what[^"]*">([\s\S]*?)<\/p>/)![1]);

describe('MapLegend', () => {
	it('shows the day legend without a period', () => {
		const html = renderLegend();
		expect(whatOf(html)).toBe('Instruments joined per country');
		expect(keyOf(html)).toEqual(['None', '1', '2', '3–4', '5–6', '7+', 'No data']);
		const [legend] = findAll(html, (element) => element.classes.includes('legend'));
		expect(legend.classes).not.toContain('period');
		expect(html).not.toContain('<button');
	});

	it('shows the period legend when a period is given, with the way back to a day', () => {
		const html = renderLegend({ from: '2005-01-01' });
		expect(whatOf(html)).toBe(
			'Instruments joined between 1 January 2005 and 30 June 2005, per country'
		);
		expect(keyOf(html)).toEqual([
			'Nothing',
			'Nothing new; in one before',
			'1',
			'2',
			'3–4',
			'5–6',
			'7+',
			'No data'
		]);
		const [legend] = findAll(html, (element) => element.classes.includes('legend'));
		expect(legend.classes).toContain('period');
		const [back] = findAll(html, (element) => element.tag === 'button');
		expect(back.classes).toContain('link-button');
		expect(textOf(html)).toContain('Back to a single day');
	});

	it.each([
		['the default view', {}, 'Instruments joined per country'],
		['members counted', { members: true }, 'Instruments joined or through membership per country'],
		['meetings counted', { meetings: true }, 'Instruments joined, and meetings per country'],
		[
			'a filter',
			{ seedOnly: true },
			'Instruments joined per country; filtered: items named on the ITU page only'
		]
	])('says what is counted, with %s', (_, view, what) => {
		expect(whatOf(renderLegend({ view: { ...DEFAULT_VIEW, ...view } }))).toBe(what);
	});

	it('names the colour key, and offers the counting rule', () => {
		const html = renderLegend();
		const [bins] = findAll(html, (element) => element.tag === 'ul');
		expect(bins.attributes['aria-label']).toBe('Colour key');
		expect(html).toMatch(/<summary[^>]*>How counted<\/summary>/);
	});

	it('speaks French', () => {
		const html = renderLegend({ from: '2005-01-01' }, 'fr');
		expect(whatOf(html)).toMatch(/par pays$/);
		expect(textOf(html)).toContain('Revenir à un seul jour');
	});
});
