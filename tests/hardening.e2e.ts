/**
 * Hardening: every page of the sitemap loads under its Content-Security-Policy with no violation,
 * error or request to another origin; 200 random and hostile links never break the explorer; and
 * 1,000 random key presses, pointer moves, clicks, wheel turns and resizes leave it working.
 */
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import fc from 'fast-check';
import { mapCountry, openExplorer, slider } from './helpers';

const SEED = 42;
const PARAMS = [
	'from',
	'date',
	'country',
	'event',
	'kinds',
	'meetings',
	'members',
	'seed',
	'confidence',
	'view'
];

/**
 * Makes every page of the context report what `watch` cannot see from outside: CSP violations and
 * unhandled promise rejections, as console errors.
 */
async function reportFromInside(context: BrowserContext) {
	await context.addInitScript(() => {
		addEventListener('securitypolicyviolation', (event) =>
			console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`)
		);
		addEventListener('unhandledrejection', (event) =>
			console.error(`unhandled rejection: ${String(event.reason)}`)
		);
	});
}

/**
 * Collects a page's errors, console errors, CSP messages, dialogs and requests to any origin other
 * than `origin` (data: and blob: URLs stay in the page). `where()` labels each problem.
 */
function watch(page: Page, origin: string, where: () => string) {
	const problems: string[] = [];
	const add = (problem: string) => problems.push(`${where()}: ${problem}`);
	page.on('pageerror', (error) => add(`pageerror: ${error.message}`));
	page.on('console', (message) => {
		if (message.type() === 'error' || /Content.Security.Policy/i.test(message.text()))
			add(`console ${message.type()}: ${message.text()}`);
	});
	page.on('dialog', (dialog) => {
		add(`dialog: ${dialog.message()}`);
		void dialog.dismiss();
	});
	page.on('request', (request) => {
		const url = new URL(request.url());
		if (url.protocol !== 'data:' && url.protocol !== 'blob:' && url.origin !== origin)
			add(`request to ${request.url()}`);
	});
	return problems;
}

/** Runs `work` on each item with `concurrency` pages of `context` at once. */
async function inPages<T>(
	context: BrowserContext,
	items: T[],
	concurrency: number,
	work: (page: Page, item: T) => Promise<void>
) {
	const queue = [...items];
	await Promise.all(
		Array.from({ length: concurrency }, async () => {
			const page = await context.newPage();
			for (let item = queue.shift(); item !== undefined; item = queue.shift()) {
				await work(page, item);
			}
			await page.close();
		})
	);
}

test('every page in the sitemap loads with no CSP violation, error or foreign request', async ({
	context,
	request,
	baseURL
}) => {
	test.setTimeout(240_000);
	const origin = new URL(baseURL!).origin;
	const xml = await (await request.get('/sitemap.xml')).text();
	const paths = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
		([, loc]) => new URL(loc.replaceAll('&amp;', '&')).pathname
	);
	expect(paths).toContain('/');
	expect(paths).toContain('/about');
	expect(paths.length).toBeGreaterThan(50);
	await reportFromInside(context);
	const problems: string[] = [];
	await inPages(context, paths, 4, async (page, path) => {
		const found = watch(page, origin, () => path);
		const response = await page.goto(path, { waitUntil: 'networkidle' });
		if (response?.status() !== 200) found.push(`${path}: status ${response?.status()}`);
		// No policy, no violations to see: each page must carry its own.
		const policies = await page.locator('meta[http-equiv="content-security-policy"]').count();
		if (policies !== 1) found.push(`${path}: ${policies} CSP meta tags`);
		problems.push(...found);
		page.removeAllListeners();
	});
	expect(problems).toEqual([]);
});

/** Percent-encodes any string, lone surrogates included (they become U+FFFD). */
const encode = (text: string) => encodeURIComponent(text.toWellFormed());

/** Values a hostile or careless link may carry. */
const HOSTILE = [
	'<script>alert(1)</script>',
	'"><img src=x onerror="window.__pwned=1">',
	"'><svg onload=window.__pwned=1>",
	'javascript:window.__pwned=1',
	'../../etc/passwd',
	'%00',
	'%',
	'%%',
	'%E0%A4%A',
	'%uD800',
	'__proto__',
	'constructor',
	'toString',
	'hasOwnProperty',
	'\u0000',
	'\uFEFF',
	'\u202E',
	'NaN',
	'Infinity',
	'-1',
	'1e308',
	'0x10',
	' ',
	'',
	'2005-02-29',
	'2003-00-10',
	'2006-12-32',
	'2002-12-31',
	'2007-01-01',
	'+002005-04-27',
	'275760-09-13',
	'2005-4-27',
	'2005-04-27T00:00',
	'kor',
	'XXX',
	',,,',
	'legislation,,conference',
	'LEGISLATION',
	'TABLE',
	'true',
	'HIGH'
];
/** Valid values, so hostile parts also meet valid ones. */
const VALID = [
	'2005-04-27',
	'2005-01-01',
	'2005-12-31',
	'2003-01-01',
	'2006-12-31',
	'KOR',
	'AUS',
	'seoul-melbourne-multilateral-mou-2005',
	'london-action-plan-2004',
	'legislation,conference',
	'multilateral-mou',
	'1',
	'0',
	'low',
	'medium',
	'high',
	'map',
	'table'
];

const value = fc.oneof(
	{ weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
	{ weight: 3, arbitrary: fc.constantFrom(...VALID) },
	{ weight: 2, arbitrary: fc.string() },
	{ weight: 2, arbitrary: fc.string({ unit: 'grapheme' }) },
	{ weight: 1, arbitrary: fc.string({ unit: 'binary' }) },
	{
		weight: 1,
		arbitrary: fc
			.tuple(
				fc.constantFrom('9', 'a', '%', '<', 'é', '😀', ','),
				fc.integer({ min: 500, max: 2500 })
			)
			.map(([unit, count]) => unit.repeat(count))
	}
);
const key = fc.oneof(
	{ weight: 6, arbitrary: fc.constantFrom(...PARAMS) },
	{ weight: 1, arbitrary: fc.constantFrom('__proto__', 'constructor', 'DATE', 'date[]', '') },
	{ weight: 1, arbitrary: fc.string({ maxLength: 8 }) }
);
/** A deep link: up to 10 parameters (repeats allowed), each encoded or raw, maybe a fragment. */
const deepLink = fc
	.tuple(
		fc.array(fc.tuple(key, value, fc.boolean()), { maxLength: 10 }),
		fc.option(fc.constantFrom('#main', '#<script>', '#%', '#?date=2004-01-01'))
	)
	.map(
		([pairs, hash]) =>
			'/?' +
			pairs
				.map(([k, v, encoded]) =>
					encoded ? `${encode(k)}=${encode(v)}` : `${k.toWellFormed()}=${v.toWellFormed()}`
				)
				.join('&') +
			(hash ?? '')
	)
	// Longer URLs are refused by servers (HTTP 431 from Node, 414 elsewhere) before the app runs.
	.filter((link) => new URL(link, 'http://x').href.length < 8_000);

/** The same 200 links on every run, checked in four batches so each batch has its own time budget. */
const RANDOM_LINKS = fc.sample(deepLink, { seed: SEED, numRuns: 200 });
const BATCH = 50;
for (let start = 0; start < RANDOM_LINKS.length; start += BATCH) {
	const links = RANDOM_LINKS.slice(start, start + BATCH);
	test(`random and hostile deep links ${start + 1}–${start + links.length} of ${RANDOM_LINKS.length} each load cleanly`, async ({
		context,
		baseURL
	}) => {
		test.setTimeout(120_000);
		await checkLinksLoadCleanly(context, new URL(baseURL!).origin, links);
	});
}

/** Opens each link (four pages at a time) and fails with every link that did not load cleanly. */
async function checkLinksLoadCleanly(context: BrowserContext, origin: string, links: string[]) {
	expect(links.length).toBeGreaterThan(0);
	await reportFromInside(context);
	const problems: string[] = [];
	await inPages(context, links, 4, async (page, link) => {
		const found = watch(page, origin, () => link.slice(0, 200));
		try {
			await page.goto(link);
			// Generous waits: four pages hydrate at once on a two-core CI machine.
			await expect(page.locator('html')).not.toHaveClass(/view-pending/, { timeout: 15_000 });
			await expect(slider(page)).toHaveAttribute(
				'aria-valuetext',
				/^\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) 200[3-6]$/,
				{ timeout: 15_000 }
			);
			// The app rewrites the link to its canonical form: known parameters only, each once.
			await expect
				.poll(
					() => {
						const keys = [...new URL(page.url()).searchParams.keys()];
						return keys.every((k) => PARAMS.includes(k)) && new Set(keys).size === keys.length;
					},
					{ timeout: 15_000 }
				)
				.toBe(true);
			if (await page.evaluate(() => 'pwned' in window || '__pwned' in window))
				found.push('an injected script ran');
		} catch (error) {
			found.push(`${link.slice(0, 200)}: ${(error as Error).message}`);
		}
		problems.push(...found);
		page.removeAllListeners();
	});
	expect(problems).toEqual([]);
}

/** A small seeded PRNG (mulberry32): the same 1,000 inputs on every run. */
function prng(seed: number) {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	return {
		next,
		int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
		pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]
	};
}

const KEYS = [
	'Tab',
	'Shift+Tab',
	'ArrowLeft',
	'ArrowRight',
	'ArrowUp',
	'ArrowDown',
	'Shift+ArrowLeft',
	'Shift+ArrowRight',
	'Enter',
	'Space',
	'Escape',
	'PageUp',
	'PageDown',
	'Home',
	'End'
];

test('1,000 random inputs leave the explorer working', async ({ page, context, baseURL }) => {
	test.setTimeout(240_000);
	const origin = new URL(baseURL!).origin;
	const random = prng(SEED);
	const log: string[] = [];
	await reportFromInside(context);
	// A source link opened by Enter is the reader's choice, not the page's request: close it unseen.
	context.on('page', (popup) => void popup.close());
	await context.route(
		(url) => url.origin !== origin,
		(route) => route.abort()
	);
	const problems = watch(page, origin, () => `step ${log.length}: ${log.at(-1) ?? 'load'}`);
	await openExplorer(page, '?date=2005-04-27');
	let leftExplorer = 0;

	/** A random point over the map or the timeline, in viewport pixels, or null if neither shows. */
	const target = async () => {
		const boxes = await page.evaluate(() =>
			['.map svg', '.timeline .chart'].flatMap((selector) => {
				const box = document.querySelector(selector)?.getBoundingClientRect();
				return box && box.width > 0 ? [{ x: box.x, y: box.y, w: box.width, h: box.height }] : [];
			})
		);
		if (boxes.length === 0) return null;
		const box = random.pick(boxes);
		return { x: box.x + random.next() * box.w, y: box.y + random.next() * box.h };
	};

	for (let step = 0; step < 1000; step++) {
		const roll = random.next();
		if (roll < 0.4) {
			let key = random.pick(KEYS);
			// Following a link leaves the explorer: that is not what this test is about.
			if (
				(key === 'Enter' || key === 'Space') &&
				(await page.evaluate(() => !!document.activeElement?.closest('a[href]')))
			)
				key = 'Tab';
			log.push(`key ${key}`);
			await page.keyboard.press(key);
		} else if (roll < 0.52) {
			const index = random.int(0, 10_000);
			log.push(`focus control #${index}`);
			await page.evaluate((i) => {
				const controls = document.querySelectorAll<HTMLElement>(
					'.explorer button, .explorer [tabindex], .explorer select, .explorer input, .explorer summary'
				);
				controls[i % Math.max(1, controls.length)]?.focus();
			}, index);
		} else if (roll < 0.95) {
			const point = await target();
			if (!point) continue;
			const action = random.next();
			if (action < 0.45) {
				log.push(`move ${Math.round(point.x)},${Math.round(point.y)}`);
				await page.mouse.move(point.x, point.y);
			} else if (action < 0.7) {
				log.push(`click ${Math.round(point.x)},${Math.round(point.y)}`);
				await page.mouse.click(point.x, point.y);
			} else if (action < 0.8) {
				const dx = random.int(-200, 200);
				log.push(`drag ${Math.round(point.x)},${Math.round(point.y)} by ${dx}`);
				await page.mouse.move(point.x, point.y);
				await page.mouse.down();
				await page.mouse.move(point.x + dx, point.y + random.int(-50, 50), { steps: 3 });
				await page.mouse.up();
			} else {
				const dy = random.pick([-1, 1]) * random.int(20, 600);
				log.push(`wheel ${dy} at ${Math.round(point.x)},${Math.round(point.y)}`);
				await page.mouse.move(point.x, point.y);
				await page.mouse.wheel(0, dy);
			}
		} else {
			const size = { width: random.int(320, 1600), height: random.int(480, 1000) };
			log.push(`resize ${size.width}×${size.height}`);
			await page.setViewportSize(size);
		}
		if (new URL(page.url()).pathname !== '/') {
			leftExplorer++;
			await page.goto('/?date=2005-04-27');
		}
	}
	expect(log).toHaveLength(1000);
	expect(problems).toEqual([]);
	expect(leftExplorer).toBeLessThan(50);

	// Still answering: the slider takes a key, a country shows its tooltip on hover.
	await page.setViewportSize({ width: 1280, height: 800 });
	await slider(page).focus();
	await page.keyboard.press('ArrowRight');
	const now = Number(await slider(page).getAttribute('aria-valuenow'));
	const key = now > 0 ? 'ArrowLeft' : 'ArrowRight';
	await page.keyboard.press(key);
	await expect(slider(page)).toHaveAttribute('aria-valuenow', String(now + (now > 0 ? -1 : 1)));
	await page.keyboard.press('Escape');
	const mapSwitch = page.getByRole('button', { name: 'Map', exact: true });
	if ((await mapSwitch.getAttribute('aria-pressed')) !== 'true') await mapSwitch.click();
	const reset = page.getByRole('group', { name: 'Zoom the map' }).getByRole('button', {
		name: 'Reset'
	});
	if (await reset.isEnabled()) await reset.click();
	await mapCountry(page, 'Australia').hover();
	await expect(
		page.getByRole('tooltip').or(page.getByRole('dialog')).filter({ hasText: 'Australia' })
	).toBeVisible();
	expect(problems).toEqual([]);
});
