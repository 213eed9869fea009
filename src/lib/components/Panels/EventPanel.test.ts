import { render } from 'svelte/server';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ComponentProps } from 'svelte';
import en from '$lib/i18n/en/panels';
import fr from '$lib/i18n/fr/panels';
import type { IsoDay } from '$lib/data/types';
import { contextFor, findAll, textOf } from '../WorldMap/testing';
import { atlasIn, eventIn } from '../testing';
import EventPanel from './EventPanel.svelte';

type Props = ComponentProps<typeof EventPanel>;

const WORDS = { en, fr };

// The details (summary, agencies, sources…) load on demand: on the server they never arrive, so
// this is what shows before they do.
beforeAll(() => void vi.stubGlobal('fetch', () => new Promise(() => {})));
afterAll(() => void vi.unstubAllGlobals());

/** The panel of the event `id` as the explorer shows it on `day` (or in the period to it). */
function renderPanel(
	id: string,
	day: IsoDay = '2006-12-31',
	more: Partial<Props> = {},
	locale: 'en' | 'fr' = 'en'
): string {
	const props: Props = {
		event: eventIn(id, locale),
		words: WORDS[locale],
		atlas: atlasIn(locale),
		day,
		from: null,
		onShowDays: () => {},
		onSelectCountry: () => {},
		onShowEvent: () => {},
		onClose: () => {},
		...more
	};
	return render(EventPanel, { props, context: contextFor(locale) }).body;
}

const paragraph = (html: string, name: string) =>
	textOf(html.match(new RegExp(`<p class="${name}[^"]*">([\\s\\S]*?)</p>`))![1]);
/** The participants, role by role: the role's heading, then the countries' buttons. */
const participantsOf = (html: string) =>
	[...html.matchAll(/<h4[^>]*>([\s\S]*?)<\/h4>\s*<ul>([\s\S]*?)<\/ul>/g)].map(([, role, list]) => [
		textOf(role),
		...[...list.matchAll(/<li[^>]*>([\s\S]*?)<\/li>/g)].map(([, item]) => textOf(item))
	]);
/** The button that shows the map on the event's day, if there is one. */
const showMapIn = (html: string) =>
	html.match(/<button type="button" class="button secondary">([\s\S]*?)<\/button>/)?.[1] ?? null;

describe('EventPanel', () => {
	it('is a sheet headed by the event, with its full page and a close button', () => {
		const html = renderPanel('seoul-melbourne-multilateral-mou-2005');
		expect(html).toMatch(/<p class="eyebrow[^"]*">Event<\/p>/);
		expect(html).toMatch(
			/<h2[^>]*>Seoul–Melbourne multilateral MoU on cooperation in countering spam<\/h2>/
		);
		const [page] = findAll(html, (element) => element.classes.includes('full-page'));
		expect(page.attributes.href).toBe('/events/seoul-melbourne-multilateral-mou-2005');
		const [close] = findAll(html, (element) => element.classes.includes('close'));
		expect(close.attributes['aria-label']).toBe('Close event details');
	});

	it.each([
		[
			'a day',
			'seoul-melbourne-multilateral-mou-2005',
			'Multilateral MoU · 27 April 2005 ·',
			'Confidence: high'
		],
		[
			'a range of days, not on the ITU page',
			'gsr-2003-geneva',
			'Symposium · 8–9 December 2003 ·',
			'Confidence: high · not on the ITU page (context)'
		],
		[
			'a month only, of low confidence',
			'asean-atrc-anti-spam-working-group-2004',
			'Initiative · July 2004 (only the month is known) ·',
			'Confidence: low'
		]
	])('gives the kind, date and confidence of %s', (_, id, facts, confidence) => {
		const html = renderPanel(id);
		expect(paragraph(html, 'facts')).toBe(facts);
		expect(paragraph(html, 'confidence')).toBe(confidence);
		const [level] = findAll(html, (element) => element.classes.includes('confidence'));
		expect(level.classes).toContain(eventIn(id).confidence);
	});

	it('says the summary and sources are loading until they arrive', () => {
		expect(paragraph(renderPanel('london-action-plan-2004'), 'muted')).toBe(
			'Loading the summary and sources…'
		);
	});

	it('lists the participants role by role, by name, each a button, with when they joined', () => {
		const html = renderPanel('london-action-plan-2004');
		expect(textOf(html)).toContain('Participants');
		expect(participantsOf(html)).toEqual([
			[
				'Signatory (signed the instrument)',
				'Australia',
				'Denmark',
				'Ireland',
				'Japan',
				'United States'
			],
			[
				'Joined later (became bound after it was adopted)',
				'Canada (from February 2005)',
				'Chile (from February 2005)',
				'China (from July 2005)',
				'Mexico (from February 2005)',
				'South Korea (from February 2005)',
				'Spain (from February 2005)'
			],
			['Host (hosted the meeting)', 'United Kingdom']
		]);
		const buttons = findAll(html, (element) => element.classes.includes('link-button'));
		expect(buttons).toHaveLength(12);
	});

	it('lists no one for an event that names no country', () => {
		const html = renderPanel('oecd-spam-workshop-brussels-2004');
		expect(participantsOf(html)).toEqual([]);
		expect(findAll(html, (element) => element.classes.includes('link-button'))).toEqual([]);
	});

	it.each([
		['on another day', '2006-12-31', null, 'Show the map on 27 April 2005'],
		['on its day', '2005-04-27', null, null],
		['in a period that holds its day', '2005-12-31', '2005-01-01', 'Show the map on 27 April 2005'],
		// The map shows a period, not the day: the button leaves the period for the day.
		[
			'in a period that ends on its day',
			'2005-04-27',
			'2005-01-01',
			'Show the map on 27 April 2005'
		]
	] as const)('offers the map on the event’s day when shown %s', (_, day, from, button) => {
		const html = renderPanel('seoul-melbourne-multilateral-mou-2005', day, { from });
		expect(showMapIn(html)).toBe(button);
	});

	it('shows a trail back to the panel beneath, by the event’s short title', () => {
		const html = renderPanel('seoul-melbourne-multilateral-mou-2005', undefined, {
			back: 'South Korea'
		});
		expect(textOf(html.match(/<nav[^>]*>([\s\S]*?)<\/nav>/)![1])).toBe(
			'Back to South Korea › Seoul–Melbourne MoU'
		);
	});

	it('speaks French', () => {
		const html = renderPanel('seoul-melbourne-multilateral-mou-2005', '2006-12-31', {}, 'fr');
		const [page] = findAll(html, (element) => element.classes.includes('full-page'));
		expect(page.attributes.href).toBe('/fr/events/seoul-melbourne-multilateral-mou-2005');
		expect(paragraph(html, 'facts')).toMatch(/27 avril 2005/);
		expect(showMapIn(html)).toMatch(/27 avril 2005/);
		expect(participantsOf(html)[0].slice(1, 4)).toEqual(['Australie', 'Chine', 'Corée du Sud']);
	});
});
