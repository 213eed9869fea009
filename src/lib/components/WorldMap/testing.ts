/**
 * Helpers for the map's component tests: the map's props, render on the server with the i18n
 * context, and read elements back from the HTML (no DOM in the node environment).
 */
import type { ComponentProps } from 'svelte';
import { i18nContext } from '$lib/i18n/context';
import en from '$lib/i18n/en';
import fr from '$lib/i18n/fr';
import type { Locale } from '$lib/i18n/locales';
import type { Messages } from '$lib/i18n/messages';
import type { MapPlace } from '$lib/map/geometry';
import type WorldMap from './WorldMap.svelte';

const MESSAGES: Partial<Record<Locale, Messages>> = { en, fr };

/** The `context` option of `render` for a language (English by default). */
export function contextFor(locale: Locale = 'en'): Map<unknown, unknown> {
	const m = MESSAGES[locale];
	if (!m) throw new Error(`No test messages for ${locale}`);
	return i18nContext({ locale, m });
}

/** The props of the explorer's map (WorldMap.svelte). */
export type MapProps = ComponentProps<typeof WorldMap>;

/** The map's props for `countries`: nothing selected or counted, a day view; `patch` changes some. */
export function mapProps(countries: readonly MapPlace[], patch: Partial<MapProps> = {}): MapProps {
	return {
		countries,
		selected: null,
		scope: { members: false, meetings: false },
		counts: new Map(),
		commitments: new Map(),
		alreadyIn: null,
		from: null,
		day: '2005-06-01',
		focusEvent: null,
		hovered: null,
		nameOf: (id) => `Country ${id}`,
		onSelectCountry: () => {},
		onHoverCountry: () => {},
		...patch
	};
}

/** An element read back from server-rendered HTML: its tag, attributes and classes. */
export interface Found {
	tag: string;
	attributes: Record<string, string>;
	classes: string[];
}

/** Every opening tag in `html` that matches `test`, with its attributes. */
export function findAll(html: string, test: (element: Found) => boolean = () => true): Found[] {
	const found: Found[] = [];
	for (const [, tag, rest] of html.matchAll(
		/<([a-z][\w-]*)((?:\s+[^\s=>/]+(?:="[^"]*")?)*)\s*\/?>/g
	)) {
		const attributes: Record<string, string> = {};
		for (const [, name, value] of rest.matchAll(/([^\s=>/]+)(?:="([^"]*)")?/g))
			attributes[name] = decode(value ?? '');
		const element = {
			tag,
			attributes,
			classes: (attributes.class ?? '').split(/\s+/).filter(Boolean)
		};
		if (test(element)) found.push(element);
	}
	return found;
}

/** The HTML attribute escapes svelte/server writes. */
function decode(value: string): string {
	return value
		.replaceAll('&quot;', '"')
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&#39;', "'")
		.replaceAll('&amp;', '&');
}

/** The elements drawn for a country (its shape or stand-in, and its dot), in document order. */
export function countryElements(html: string, id: string): Found[] {
	return findAll(html, (element) => element.attributes['data-country'] === id);
}

/** The text of `html` without tags or hydration comments, spaces collapsed. */
export function textOf(html: string): string {
	return html
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}
