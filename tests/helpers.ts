/**
 * Shared helpers for the browser tests: error tracking and the explorer's main controls, found the
 * way a reader finds them (by role and name).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type APIRequestContext, type Page } from '@playwright/test';
import isoCountries from 'i18n-iso-countries';

/** Collects page errors, console errors and dialogs; call `expectClean()` at the end of a test. */
export function trackProblems(page: Page) {
	const problems: string[] = [];
	page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error') problems.push(`console: ${message.text()}`);
	});
	page.on('dialog', (dialog) => {
		problems.push(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	return {
		problems,
		expectClean: () => expect(problems, problems.join('\n')).toEqual([])
	};
}

/** The timeline's date slider. */
export const slider = (page: Page) => page.getByRole('slider', { name: 'Date', exact: true });

/** A country on the map, by its English short name. */
export const mapCountry = (page: Page, name: string) =>
	page
		.getByRole('group', { name: /World map/ })
		.getByRole('button', { name: new RegExp(`^${name}:`) });

/** The tooltip of the map or timeline. */
export const tooltip = (page: Page) => page.getByRole('tooltip');

/** Opens the explorer and waits until it has applied the URL (the app hides the view until then). */
export async function openExplorer(page: Page, search = '') {
	await page.goto(`/${search}`);
	await explorerReady(page);
	await expect(slider(page)).toBeVisible();
}

/**
 * Waits until the explorer has hydrated and applied its URL, so that a click is not lost on the
 * prerendered page: the summary's live sentence, empty when prerendered, is filled in only then.
 * (The `view-pending` class is not enough: a page without a query never sets it, and it also lifts
 * after 3 s, before a slow hydration ends.)
 */
export async function explorerReady(page: Page) {
	await expect(page.locator('html')).not.toHaveClass(/view-pending/);
	await expect(page.locator('h2[aria-live="polite"]')).toHaveText(/\S/);
}

/**
 * Fails unless the country list (named `name`) shows its empty choice whole: a copy of the list
 * holding only that choice, sized to its content, is no wider than the list. A native list clips
 * its text without a sign, so a word too long reads as "Trou".
 */
export async function expectFinderWordWhole(page: Page, name: string) {
	const { word, needed, width } = await page
		.getByRole('combobox', { name, exact: true })
		.evaluate((select: HTMLSelectElement) => {
			const copy = select.cloneNode() as HTMLSelectElement;
			copy.append(new Option(select.options[0].text));
			copy.style.cssText = 'position: absolute; visibility: hidden; width: auto';
			select.after(copy);
			const needed = copy.getBoundingClientRect().width;
			copy.remove();
			return { word: copy.options[0].text, needed, width: select.getBoundingClientRect().width };
		});
	expect(needed, `"${word}" needs ${needed} px; the list is ${width} px wide`).toBeLessThanOrEqual(
		width + 0.5
	);
}

/** The WCAG 2.0, 2.1 and 2.2 level A and AA rules, as axe tags them. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe (WCAG A and AA) on the page as it is now; fails listing each rule and its targets. */
export async function expectNoAxeViolations(page: Page) {
	const { violations } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
	expect(
		violations.map(
			(v) => `${v.id} (${v.impact}): ${v.nodes.map((node) => node.target.join(' ')).join(' | ')}`
		)
	).toEqual([]);
}

/** An event as `/data/events.json` exports it (the fields the browser tests read). */
export interface ExportedEvent {
	id: string;
	title: string;
	date: string;
	place: { country?: string } | 'virtual' | null;
	participants: { country: string }[];
}

/** The whole dataset, as the site exports it. */
export async function exportedEvents(request: APIRequestContext): Promise<ExportedEvent[]> {
	const response = await request.get('/data/events.json');
	expect(response.ok()).toBe(true);
	return ((await response.json()) as { events: ExportedEvent[] }).events;
}

/** Every country an event names or is held in: the countries the map should make reachable. */
export function countriesWithData(events: ExportedEvent[]): string[] {
	const codes = events.flatMap((event) => [
		...event.participants.map((p) => p.country),
		...(event.place && event.place !== 'virtual' && event.place.country
			? [event.place.country]
			: [])
	]);
	return [...new Set(codes)].sort();
}

// An oracle independent of the site's code: Intl's English short names, as DECISIONS.md asks.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });

/** A country's English short name ("South Korea"), from Intl rather than the site. */
export const englishName = (iso3: string) =>
	regionNames.of(isoCountries.alpha3ToAlpha2(iso3) ?? '') ?? iso3;

/** The day an event takes effect on the map: its date, or the last day of a month-only date. */
export function effectiveDay(date: string): string {
	if (date.length === 10) return date;
	const [year, month] = date.split('-').map(Number);
	return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10);
}

/** What the keyboard focus is on and whether it shows: see `describeFocus`. */
export interface FocusReport {
	/** Tag, role and name of the focused element, for messages. */
	what: string;
	/** True when nothing (or the body) has focus: focus was lost. */
	lost: boolean;
	/** True when the focused element looks different from the same element unfocused. */
	visible: boolean;
}

/**
 * Describes the focused element and whether its focus shows: its look (outline, stroke, box shadow,
 * border and background, of it and of its first child, where the slider draws its knob) is compared
 * with its look for a moment without focus. So a focus style that merely repeats a selection or
 * highlight style, or no style at all, counts as invisible.
 */
export function describeFocus(page: Page): Promise<FocusReport> {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | SVGElement | null;
		if (!element || element === document.body) return { what: 'body', lost: true, visible: false };
		const what = `${element.tagName.toLowerCase()} ${element.getAttribute('role') ?? ''} "${
			element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 60) ?? ''
		}"`;
		const PROPERTIES = [
			'outline-style',
			'outline-width',
			'outline-color',
			'stroke',
			'stroke-width',
			'stroke-dasharray',
			'box-shadow',
			'border-color',
			'background-color'
		];
		const look = () =>
			[element, element.firstElementChild].map((node) => {
				if (!node) return '';
				const style = getComputedStyle(node);
				// An outline that is not drawn has no colour or width worth comparing.
				const drawn = style.outlineStyle !== 'none';
				return PROPERTIES.filter((p) => drawn || !p.startsWith('outline-'))
					.map((p) => style.getPropertyValue(p))
					.join(';');
			});
		const focused = look().join('|');
		element.blur();
		const unfocused = look().join('|');
		element.focus({ preventScroll: true });
		const restored = document.activeElement === element && element.matches(':focus-visible');
		return { what, lost: false, visible: restored && focused !== unfocused };
	});
}

/** WCAG contrast ratio of two colours, as the palette tests compute it. */
export { contrastRatio } from '../src/lib/map/contrast';
