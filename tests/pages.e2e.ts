/**
 * The event and country pages, their link previews and the sitemap, checked against the built site:
 * every page in bulk over HTTP (head tags, preview image), a few in a browser without JavaScript
 * (the content is in the HTML), and their "Open in the explorer" links with JavaScript.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import countries from 'i18n-iso-countries';
import { slider, trackProblems } from './helpers';

interface ExportedEvent {
	id: string;
	title: string;
	place: { country?: string } | 'virtual' | null;
	participants: { country: string }[];
	sources: { title: string; url: string }[];
}

// An oracle independent of the site's code: Intl's English short names, as DECISIONS.md asks.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const nameOf = (iso3: string) => regionNames.of(countries.alpha3ToAlpha2(iso3) ?? '') ?? iso3;

const decode = (text: string) =>
	text
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&#39;', "'")
		.replaceAll('&amp;', '&');

/** The dataset, as the site exports it. */
async function exportedEvents(request: APIRequestContext): Promise<ExportedEvent[]> {
	const response = await request.get('/data/events.json');
	expect(response.ok()).toBe(true);
	return ((await response.json()) as { events: ExportedEvent[] }).events;
}

/** Every country an event names or is held in, as the site should give a page to. */
function countryCodes(events: ExportedEvent[]): string[] {
	const codes = events.flatMap((event) => [
		...event.participants.map((p) => p.country),
		...(event.place && event.place !== 'virtual' && event.place.country
			? [event.place.country]
			: [])
	]);
	return [...new Set(codes)].sort();
}

/** The paths the sitemap lists, and the origin its URLs are on. */
async function sitemap(request: APIRequestContext): Promise<{ origin: string; paths: string[] }> {
	const response = await request.get('/sitemap.xml');
	expect(response.ok()).toBe(true);
	const urls = [...(await response.text()).matchAll(/<loc>([^<]+)<\/loc>/g)].map(
		([, loc]) => new URL(decode(loc))
	);
	return { origin: urls[0].origin, paths: urls.map((url) => url.pathname) };
}

/** Checks a page's head over HTTP and returns the path of its preview image. */
async function checkHead(request: APIRequestContext, origin: string, path: string, name: string) {
	const response = await request.get(path);
	expect(response.status(), path).toBe(200);
	const html = await response.text();
	const head = html.slice(0, html.indexOf('</head>'));
	const meta = (key: string) => {
		const tags = [...head.matchAll(/<meta (?:name|property)="([^"]+)" content="([^"]*)"/g)];
		const found = tags.filter(([, k]) => k === key).map(([, , content]) => decode(content));
		expect(found, `${path}: one ${key}`).toHaveLength(1);
		expect(found[0], `${path}: ${key}`).not.toBe('');
		return found[0];
	};
	const titles = [...head.matchAll(/<title>([^<]*)<\/title>/g)].map(([, t]) => decode(t));
	expect(titles, `${path}: one <title>`).toHaveLength(1);
	expect(titles[0], `${path}: title`).toContain(name);
	expect(html.match(/<h1[\s>]/g), `${path}: one h1`).toHaveLength(1);
	const canonical = [...head.matchAll(/<link rel="canonical" href="([^"]+)"/g)].map(([, u]) => u);
	expect(canonical, `${path}: canonical`).toEqual([`${origin}${path}`]);
	meta('description');
	expect(meta('og:title'), path).toContain(name);
	meta('og:description');
	expect(meta('og:url'), path).toBe(`${origin}${path}`);
	expect(meta('twitter:card'), path).toBe('summary_large_image');
	meta('twitter:image');
	const image = new URL(meta('og:image'));
	expect(image.origin, path).toBe(origin);
	return image.pathname;
}

/** Checks that `path` serves a 1200 × 630 PNG (the IHDR chunk holds width and height). */
async function checkImage(request: APIRequestContext, path: string) {
	const response = await request.get(path);
	expect(response.status(), path).toBe(200);
	expect(response.headers()['content-type'], path).toBe('image/png');
	const png = await response.body();
	expect(png.subarray(1, 4).toString('latin1'), path).toBe('PNG');
	expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
}

test.describe('event and country pages', () => {
	test('the sitemap lists every page in every language, on one origin', async ({ request }) => {
		const events = await exportedEvents(request);
		const { origin, paths } = await sitemap(request);
		expect(origin).toMatch(/^https?:\/\//);
		const english = [
			'/about',
			...events.map((event) => `/events/${event.id}`),
			...countryCodes(events).map((iso3) => `/countries/${iso3}`)
		];
		expect([...paths].sort()).toEqual(
			[
				'/',
				'/fr',
				'/es',
				...english,
				...english.map((path) => `/fr${path}`),
				...english.map((path) => `/es${path}`)
			].sort()
		);
	});

	test('every page has its title, description, canonical URL and preview image', async ({
		request
	}) => {
		test.setTimeout(60_000); // some 220 requests
		const events = await exportedEvents(request);
		const { origin } = await sitemap(request);
		const pages = [
			{ path: '/', name: 'Anti-Spam Cooperation Atlas', image: '/og/home.png' },
			...events.map(({ id, title }) => ({
				path: `/events/${id}`,
				name: title,
				image: `/og/events/${id}.png`
			})),
			...countryCodes(events).map((iso3) => ({
				path: `/countries/${iso3}`,
				name: nameOf(iso3),
				image: `/og/countries/${iso3}.png`
			}))
		];
		await Promise.all(
			pages.map(async ({ path, name, image }) => {
				expect(await checkHead(request, origin, path, name)).toBe(image);
				await checkImage(request, image);
			})
		);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('an event page shows its facts, participants and sources', async ({ page, request }) => {
		const event = (await exportedEvents(request)).find(
			(e) => e.id === 'seoul-melbourne-multilateral-mou-2005'
		)!;
		await page.goto(`/events/${event.id}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(event.title);
		await expect(page.getByText('27 April 2005').first()).toBeVisible();
		for (const heading of ['Participants', 'Confidence and notes', 'Sources', 'Related events']) {
			await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
		}
		for (const { country } of event.participants) {
			await expect(page.getByRole('link', { name: nameOf(country), exact: true })).toHaveAttribute(
				'href',
				new RegExp(`countries/${country}$`)
			);
		}
		for (const source of event.sources) {
			await expect(page.locator(`a[href="${source.url}"]`).first()).toBeVisible();
		}
		await expect(page.getByRole('link', { name: /Australia–Korea MoU/ })).toHaveAttribute(
			'href',
			/events\/au-kr-spam-mou-2003$/
		);
		await expect(page.getByRole('link', { name: /Open in the explorer/ })).toHaveAttribute(
			'href',
			/\?date=2005-04-27&event=seoul-melbourne-multilateral-mou-2005$/
		);
	});

	for (const iso3 of ['KOR', 'SGP', 'MLT']) {
		test(`the ${iso3} page tells its whole story`, async ({ page, request }) => {
			const named = (await exportedEvents(request)).filter((e) =>
				e.participants.some((p) => p.country === iso3)
			);
			await page.goto(`/countries/${iso3}`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(nameOf(iso3));
			const story = page
				.getByRole('list')
				.filter({ has: page.locator('a[href*="events/"]') })
				.first();
			await expect(story.getByRole('listitem')).toHaveCount(named.length);
			for (const event of named) {
				await expect(story.getByRole('link', { name: event.title, exact: true })).toHaveAttribute(
					'href',
					new RegExp(`events/${event.id}$`)
				);
			}
			await expect(page.getByRole('link', { name: /Open in the explorer/ })).toHaveAttribute(
				'href',
				new RegExp(`\\?country=${iso3}(&meetings=1)?$`)
			);
		});
	}
});

/** The detail panel's heading in the explorer. */
const panelHeading = (page: Page, name: string) =>
	page
		.getByRole('complementary', { name: 'Details' })
		.getByRole('heading', { level: 2, name, exact: true });

test.describe('Open in the explorer', () => {
	for (const { path, day, heading } of [
		{
			path: '/events/seoul-melbourne-multilateral-mou-2005',
			day: '27 April 2005',
			heading: 'Seoul–Melbourne multilateral MoU on cooperation in countering spam'
		},
		{
			path: '/events/mit-spam-conference-2006',
			day: '31 March 2006',
			heading: 'MIT Spam Conference 2006'
		},
		{ path: '/countries/KOR', day: '31 December 2006', heading: 'South Korea' },
		{ path: '/countries/SGP', day: '31 December 2006', heading: 'Singapore' }
	]) {
		test(`from ${path}, opens the explorer in that state`, async ({ page, baseURL }) => {
			const { expectClean } = trackProblems(page);
			const foreign: string[] = [];
			page.on('request', (r) => {
				if (new URL(r.url()).origin !== new URL(baseURL!).origin) foreign.push(r.url());
			});
			await page.goto(path);
			await page.getByRole('link', { name: /Open in the explorer/ }).click();
			await expect(page).toHaveURL(/\/\?/);
			await expect(slider(page)).toHaveAttribute('aria-valuetext', day);
			await expect(panelHeading(page, heading)).toBeVisible();
			expect(foreign).toEqual([]);
			expectClean();
		});
	}
});

test.describe('accessibility', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const path of ['/events/london-action-plan-2004', '/countries/MLT', '/no-such-page']) {
			test(`${path} has no axe violations (${colorScheme}, 360 px)`, async ({ page }) => {
				await page.setViewportSize({ width: 360, height: 800 });
				await page.emulateMedia({ colorScheme });
				await page.goto(path);
				const { violations } = await new AxeBuilder({ page }).analyze();
				expect(
					violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)
				).toEqual([]);
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
					360
				);
			});
		}
	}
});

test.describe('addresses that lead nowhere', () => {
	test('an unknown path answers 404 with the site header, a sentence and the ways on', async ({
		page
	}) => {
		const response = await page.goto('/no-such-page');
		expect(response?.status()).toBe(404);
		await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		await expect(page.getByText('There is no page at this address.')).toBeVisible();
		await expect(page.getByRole('navigation', { name: 'Site' })).toBeVisible();
		await page.getByRole('link', { name: 'Every event and its sources' }).click();
		await expect(page).toHaveURL(/\/about#events$/);
		await expect(
			page.getByRole('heading', { name: 'Every event and its sources' })
		).toBeInViewport();
		await page.goBack();
		await page.getByRole('link', { name: 'Open the explorer' }).click();
		await expect(slider(page)).toBeVisible();
	});

	test('an unknown country or event is not found either, and its links work at that depth', async ({
		page
	}) => {
		for (const path of ['/countries/XYZ', '/events/no-such-event']) {
			expect((await page.goto(path))?.status()).toBe(404);
			await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
		}
		await page.getByRole('link', { name: 'About the data' }).click();
		await expect(page).toHaveURL(/\/about$/);
	});

	test('the 404 page static hosts serve is built, without scripts', async ({ request }) => {
		const html = await (await request.get('/404')).text();
		expect(html).toMatch(/<h1[^>]*>Page not found<\/h1>/);
		expect(html).toContain('href="/about#events"');
		expect(html).toContain('noindex');
		expect(html).not.toMatch(/<script type="module"|_app\/immutable\/entry/);
	});

	for (const [typed, page] of [
		['/countries/kor', '/countries/KOR'],
		['/countries/Kor', '/countries/KOR'],
		['/events/London-Action-Plan-2004', '/events/london-action-plan-2004']
	]) {
		test(`${typed} finds ${page}`, async ({ page: tab }) => {
			await tab.goto(typed);
			await expect(tab).toHaveURL(new RegExp(`${page}$`));
			await expect(tab.getByRole('heading', { level: 1 })).not.toHaveText('Page not found');
		});
	}

	test('on a static host, whose 404 page answers a wrong-case address, it still finds the page', async ({
		page
	}) => {
		const notFound = await (await page.request.get('/404')).text();
		await page.route('**/countries/mlt', (route) =>
			route.fulfill({ status: 404, contentType: 'text/html', body: notFound })
		);
		await page.goto('/countries/mlt');
		await expect(page).toHaveURL(/\/countries\/MLT$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Malta' })).toBeVisible();
	});
});
