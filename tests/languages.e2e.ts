/**
 * The atlas in French and Spanish: every page under `/fr` and `/es` speaks its language (no English
 * left beyond proper names and text marked `lang="en"`), dates read as the language writes them, the
 * view in the query survives a change of language, the heads tell search engines about each
 * version, the explorer keeps its language as it changes the URL, and the pages work without
 * JavaScript and pass axe.
 */
import { expect, test, type Page } from '@playwright/test';
import { es } from '../src/lib/data/translations/es';
import { fr } from '../src/lib/data/translations/fr';
import esExplorer from '../src/lib/i18n/es/explorer';
import esTimeline from '../src/lib/i18n/es/timeline';
import frExplorer from '../src/lib/i18n/fr/explorer';
import frTimeline from '../src/lib/i18n/fr/timeline';
import {
	explorerReady,
	expectFinderWordWhole,
	expectNoAxeViolations,
	trackProblems
} from './helpers';

const SM_ID = 'seoul-melbourne-multilateral-mou-2005';

const LANGUAGES = [
	{
		code: 'fr',
		name: 'Français',
		slider: 'Date',
		map: /^Carte du monde/,
		day: '27 avril 2005',
		korea: 'Corée du Sud',
		text: fr,
		explorer: frExplorer,
		timeline: frTimeline
	},
	{
		code: 'es',
		name: 'Español',
		slider: 'Fecha',
		map: /^Mapa del mundo/,
		day: '27 de abril de 2005',
		korea: 'Corea del Sur',
		text: es,
		explorer: esExplorer,
		timeline: esTimeline
	}
] as const;

/**
 * English words that no French or Spanish sentence contains: one of them in a page's text (outside
 * elements marked `lang="en"`: source titles, notes, agency names) means a message was missed.
 */
const ENGLISH =
	/\b(the|and|with|from|which|this|that|were|joined|country|countries|between|latest|events?|instruments? joined|Play|Share|Previous|Next|Filters|Show|Hide|Close|Open|more)\b/;

/** The page's words a reader sees or hears (text and names), leaving out what is marked English. */
function readerText(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const english = (element: Element) => element.closest('[lang="en"]') !== null;
		const found: string[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const parent = node.parentElement;
			if (!parent || parent.closest('script, style') || english(parent)) continue;
			const text = node.textContent?.trim();
			if (text) found.push(text);
		}
		for (const element of document.body.querySelectorAll(
			'[aria-label], [title], [alt], [placeholder], [aria-valuetext]'
		)) {
			if (english(element)) continue;
			for (const name of ['aria-label', 'title', 'alt', 'placeholder', 'aria-valuetext']) {
				const value = element.getAttribute(name);
				if (value) found.push(`${name}=${value}`);
			}
		}
		found.push(`title=${document.title}`);
		return found;
	});
}

async function expectNoEnglish(page: Page) {
	// File names ("events.json") are the same in every language.
	const leaks = (await readerText(page)).filter((text) =>
		ENGLISH.test(text.replace(/[\w-]+\.(?:json|csv)\b/g, ''))
	);
	expect(leaks, `English on ${page.url()}`).toEqual([]);
}

const heading = (page: Page) => page.locator('.summary .date');

for (const language of LANGUAGES) {
	test.describe(`${language.name} (/${language.code})`, () => {
		test('the explorer speaks the language, with the view from the link', async ({ page }) => {
			const problems = trackProblems(page);
			await page.goto(`/${language.code}?date=2005-04-27&country=KOR&event=${SM_ID}`);
			await expect(page.locator('html')).toHaveAttribute('lang', language.code);
			await explorerReady(page);
			await expect(heading(page)).toHaveText(language.day);
			const slider = page.getByRole('slider', { name: language.slider, exact: true });
			await expect(slider).toHaveAttribute('aria-valuetext', language.day);
			await expect(page.getByRole('group', { name: language.map })).toBeVisible();
			await expect(
				page.getByRole('heading', { level: 2, name: language.text.events[SM_ID].title })
			).toBeVisible();
			await expectNoEnglish(page);
			// A step of the date stays in the language's explorer.
			await slider.focus();
			await page.keyboard.press('ArrowRight');
			await expect(page).toHaveURL(new RegExp(`/${language.code}\\?date=2005-04-28`));
			await expect(slider).toHaveAttribute('aria-valuetext', language.day.replace('27', '28'));
			problems.expectClean();
		});

		for (const [width, height] of [
			[360, 640],
			[844, 390],
			[1366, 768]
		]) {
			test(`the longer words keep the core loop on one screen at ${width}×${height}`, async ({
				page
			}) => {
				await page.setViewportSize({ width, height });
				await page.goto(`/${language.code}?date=2004-10-11&country=KOR`);
				await explorerReady(page);
				await expect(page.getByRole('heading', { level: 2, name: language.korea })).toBeVisible();
				const controls = page.getByRole('toolbar', { name: language.timeline.toolbar.label });
				const { play, previous, next } = language.timeline.toolbar;
				for (const [what, locator] of [
					['the date', heading(page)],
					['the map', page.getByRole('group', { name: language.map })],
					['the slider', page.getByRole('slider', { name: language.slider, exact: true })],
					[play, controls.getByRole('button', { name: play, exact: true })],
					[previous, controls.getByRole('button', { name: previous })],
					[next, controls.getByRole('button', { name: next })]
				] as const) {
					const box = await locator.boundingBox();
					expect(box, `${what} is rendered`).not.toBeNull();
					const inside =
						box!.x >= -1 &&
						box!.y >= -1 &&
						box!.x + box!.width <= width + 1 &&
						box!.y + box!.height <= height + 1;
					expect(inside, `${what} at ${JSON.stringify(box)} inside ${width}×${height}`).toBe(true);
				}
				await expectFinderWordWhole(page, language.explorer.finder.label);
				// The compact bar keeps one row: Play and the lanes button share a line.
				const bar = await controls.boundingBox();
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
					width
				);
				expect(bar!.height).toBeLessThan(80);
			});
		}

		test('the switcher keeps the view, both ways', async ({ page }) => {
			await page.goto('/?date=2005-04-27&country=KOR');
			await explorerReady(page);
			await page.getByRole('link', { name: language.name }).click();
			await expect(page).toHaveURL(`/${language.code}?date=2005-04-27&country=KOR`);
			await expect(page.locator('html')).toHaveAttribute('lang', language.code);
			await expect(heading(page)).toHaveText(language.day);
			await expect(page.getByRole('heading', { level: 2, name: language.korea })).toBeVisible();
			await expect(page.getByRole('link', { name: language.name })).toHaveAttribute(
				'aria-current',
				'true'
			);
			await page.getByRole('link', { name: 'English' }).click();
			await expect(page).toHaveURL('/?date=2005-04-27&country=KOR');
			await expect(heading(page)).toHaveText('27 April 2005');
		});

		test('the pages work without JavaScript, in the language', async ({ browser }) => {
			test.setTimeout(60_000);
			const context = await browser.newContext({ javaScriptEnabled: false });
			const page = await context.newPage();
			await page.goto(`/${language.code}/events/${SM_ID}`);
			await expect(page.locator('html')).toHaveAttribute('lang', language.code);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(
				language.text.events[SM_ID].title
			);
			await expect(page.locator('main')).toContainText(language.day);
			await expect(page.locator('main')).toContainText(language.korea);
			await expectNoEnglish(page);
			await page.goto(`/${language.code}/countries/KOR`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(language.korea);
			await expectNoEnglish(page);
			await page.goto(`/${language.code}/about`);
			await expect(page.locator('html')).toHaveAttribute('lang', language.code);
			await expectNoEnglish(page);
			await context.close();
		});

		test('the heads name every version of the page', async ({ page, baseURL }) => {
			const response = await page.request.get(`/${language.code}/events/${SM_ID}`);
			const html = await response.text();
			const origin = /<link rel="canonical" href="(https?:\/\/[^/"]+)/.exec(html)?.[1];
			expect(origin).toBeTruthy();
			expect(html).toContain(
				`<link rel="canonical" href="${origin}/${language.code}/events/${SM_ID}"`
			);
			for (const [hreflang, path] of [
				['en', `/events/${SM_ID}`],
				['fr', `/fr/events/${SM_ID}`],
				['es', `/es/events/${SM_ID}`],
				['x-default', `/events/${SM_ID}`]
			]) {
				expect(html).toContain(`hreflang="${hreflang}" href="${origin}${path}"`);
			}
			const image = new RegExp(
				`property="og:image" content="${origin}(/og/${language.code}/[^"]+)"`
			);
			const imagePath = image.exec(html)?.[1];
			expect(imagePath, 'a preview image in the language').toBeTruthy();
			const png = await page.request.get(new URL(imagePath!, baseURL).href);
			expect(png.status()).toBe(200);
			expect(png.headers()['content-type']).toBe('image/png');
			const sitemap = await (await page.request.get('/sitemap.xml')).text();
			expect(sitemap).toContain(`<loc>${origin}/${language.code}/events/${SM_ID}</loc>`);
			expect(sitemap).toContain(`<loc>${origin}/${language.code}</loc>`);
		});

		test('axe finds nothing in the explorer, for an event and in a period', async ({ page }) => {
			test.setTimeout(60_000);
			await page.goto(`/${language.code}?date=2005-04-27&event=${SM_ID}`);
			await explorerReady(page);
			await expectNoAxeViolations(page);
			await page.goto(`/${language.code}?from=2005-01-01&date=2005-12-31&country=KOR`);
			await explorerReady(page);
			await expectNoAxeViolations(page);
			await expectNoEnglish(page);
		});

		for (const path of [`/events/${SM_ID}`, '/countries/KOR', '/about']) {
			test(`axe finds nothing on ${path}`, async ({ page }) => {
				test.setTimeout(60_000); // the About page lists every event and its sources
				await page.goto(`/${language.code}${path}`);
				await expectNoAxeViolations(page);
			});
		}
	});
}

test('a keyboard journey in French: the date, play and a country, all in French', async ({
	page
}) => {
	await page.goto('/fr?date=2005-04-26');
	await explorerReady(page);
	const slider = page.getByRole('slider', { name: 'Date', exact: true });
	for (
		let step = 0;
		step < 60 && !(await slider.evaluate((el) => el === document.activeElement));
		step++
	) {
		await page.keyboard.press('Tab');
	}
	await expect(slider).toBeFocused();
	await page.keyboard.press('ArrowRight');
	await expect(slider).toHaveAttribute('aria-valuetext', '27 avril 2005');
	await expect(page.getByRole('heading', { level: 2, name: /^27 avril 2005/ })).toBeAttached();
	await page.keyboard.press('PageUp');
	await expect(slider).toHaveAttribute('aria-valuetext', /mai 2005$/);
	await page.keyboard.press('Home');
	await expect(slider).toHaveAttribute('aria-valuetext', '1er janvier 2003');
	// The country finder lists countries by their French names.
	await page.getByRole('combobox', { name: /^Pays/ }).selectOption({ label: 'Corée du Sud' });
	await expect(page.getByRole('heading', { level: 2, name: 'Corée du Sud' })).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(page.getByRole('heading', { level: 2, name: 'Corée du Sud' })).toBeHidden();
});
