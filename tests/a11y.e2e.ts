/**
 * Accessibility, measured: axe (WCAG 2.2 A and AA) finds nothing on every kind of page and in each
 * state of the explorer, in light, dark, reduced-motion, forced-colour and phone settings; and the
 * semantics a screen reader relies on (landmarks, headings, the slider, the names of marks and
 * countries, the polite live summary) say what they should.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	contrastRatio,
	countriesWithData,
	describeFocus,
	effectiveDay,
	englishName,
	expectNoAxeViolations,
	exportedEvents,
	mapCountry,
	openExplorer,
	slider,
	tooltip
} from './helpers';

const SM_ID = 'seoul-melbourne-multilateral-mou-2005';
const SM_TITLE = /Seoul–Melbourne multilateral MoU/;
const PERIOD_START = Date.UTC(2003, 0, 1);
const DAY_MS = 86_400_000;

const details = (page: Page) => page.getByRole('complementary', { name: 'Details' });
const panelHeading = (page: Page, name: string | RegExp) =>
	details(page).getByRole('heading', { level: 2, name });
/** The day `n` days after 1 January 2003, as YYYY-MM-DD. */
const dayAfterStart = (n: number) => new Date(PERIOD_START + n * DAY_MS).toISOString().slice(0, 10);

/** The names of the buttons in an accessibility-tree snapshot, as a screen reader gets them. */
function buttonNames(snapshot: string): string[] {
	return [...snapshot.matchAll(/button "((?:[^"\\]|\\.)*)"/g)].map(
		([, name]) => JSON.parse(`"${name}"`) as string
	);
}

/** Heading levels in document order, from the accessibility tree. */
async function headingLevels(page: Page): Promise<number[]> {
	const snapshot = await page.locator('body').ariaSnapshot();
	return [...snapshot.matchAll(/heading "(?:[^"\\]|\\.)*" \[level=(\d)\]/g)].map(([, level]) =>
		Number(level)
	);
}

/** Exactly one h1, first, and no level skipped on the way down. */
async function expectHeadingOutline(page: Page) {
	const levels = await headingLevels(page);
	expect(levels[0], `outline ${levels.join(' ')}`).toBe(1);
	expect(levels.filter((level) => level === 1)).toHaveLength(1);
	levels.forEach((level, i) => {
		if (i > 0) expect(level, `outline ${levels.join(' ')}`).toBeLessThanOrEqual(levels[i - 1] + 1);
	});
}

/** Explorer states to check, each reached and confirmed on screen before axe runs. */
const STATES: { name: string; search: string; reach?: (page: Page) => Promise<void> }[] = [
	{
		name: 'the default view',
		search: '',
		reach: (page) => expect(page.getByText('How to use')).toBeVisible()
	},
	{
		name: 'an event selected, its participants outlined',
		search: `?date=2005-04-27&event=${SM_ID}`,
		reach: async (page) => {
			await expect(panelHeading(page, SM_TITLE)).toBeVisible();
			await expect(details(page).getByRole('heading', { name: 'Sources' })).toBeVisible();
			await expect(mapCountry(page, 'Australia')).toHaveClass(/role-bound/);
		}
	},
	{
		name: 'a country selected',
		search: '?date=2005-12-31&country=KOR',
		reach: (page) => expect(panelHeading(page, 'South Korea')).toBeVisible()
	},
	{
		name: 'an event opened over a country, with a trail back',
		search: `?date=2005-04-27&country=KOR&event=${SM_ID}`,
		reach: (page) =>
			expect(details(page).getByRole('navigation', { name: 'Panel trail' })).toBeVisible()
	},
	{
		name: 'a map tooltip',
		search: '?date=2005-12-31',
		reach: async (page) => {
			await mapCountry(page, 'South Korea').hover();
			await expect(tooltip(page)).toContainText('South Korea');
		}
	},
	{
		name: 'a timeline event tooltip',
		search: '?date=2005-06-01',
		reach: async (page) => {
			await page.getByRole('button', { name: SM_TITLE }).hover();
			await expect(tooltip(page)).toContainText(SM_TITLE);
		}
	},
	{
		name: 'the table',
		search: '?view=table',
		reach: (page) => expect(page.getByRole('table')).toBeVisible()
	},
	{
		name: 'the filters open',
		search: '',
		reach: async (page) => {
			// Open from the start, beside the map.
			await expect(
				page.getByRole('checkbox', { name: 'Only items named on the ITU page' })
			).toBeVisible();
		}
	},
	{
		name: 'the notice about a hostile link',
		search: '?date=9999-99-99&country=<script>alert(1)</script>&kinds=%00&view=x',
		reach: (page) =>
			expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toBeVisible()
	}
];

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`axe finds nothing (${colorScheme})`, () => {
		test.use({ colorScheme });

		for (const path of ['/about', `/events/${SM_ID}`, '/countries/KOR']) {
			test(`on ${path}`, async ({ page }) => {
				await page.goto(path);
				await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
				await expectNoAxeViolations(page);
			});
		}

		for (const { name, search, reach } of STATES) {
			test(`in the explorer: ${name}`, async ({ page }) => {
				await openExplorer(page, search);
				await reach?.(page);
				await expectNoAxeViolations(page);
			});
		}
	});
}

test.describe('axe finds nothing on a 360 px touch screen', () => {
	test.use({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });

	test('default view, and a country opened by a tap', async ({ page }) => {
		await openExplorer(page, '?date=2005-12-31');
		await expectNoAxeViolations(page);
		await mapCountry(page, 'Australia').tap();
		await expect(panelHeading(page, 'Australia')).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('the stacked table', async ({ page }) => {
		await openExplorer(page, '?date=2005-12-31&view=table');
		await expect(page.getByRole('rowheader', { name: 'Spain' })).toBeVisible();
		await expectNoAxeViolations(page);
	});
});

test.describe('with reduced motion', () => {
	test.use({ reducedMotion: 'reduce' });

	test('axe finds nothing', async ({ page }) => {
		await openExplorer(page, `?date=2005-04-27&event=${SM_ID}`);
		await expect(panelHeading(page, SM_TITLE)).toBeVisible();
		await expectNoAxeViolations(page);
	});

	test('Play steps from event day to event day, never through the days between', async ({
		page,
		request
	}) => {
		const stops = new Set((await exportedEvents(request)).map((event) => effectiveDay(event.date)));
		await openExplorer(page, '?date=2003-01-01');
		// Sample the slider on every frame: a smooth sweep would show the days between stops.
		await page.evaluate(() => {
			const samples: number[] = [];
			(window as unknown as { samples: number[] }).samples = samples;
			const handle = document.querySelector('[role="slider"]')!;
			const sample = () => {
				samples.push(Number(handle.getAttribute('aria-valuenow')));
				requestAnimationFrame(sample);
			};
			requestAnimationFrame(sample);
		});
		await page.getByRole('button', { name: 'Play' }).click();
		const distinct = () =>
			page.evaluate(() => [...new Set((window as unknown as { samples: number[] }).samples)]);
		await expect
			.poll(async () => (await distinct()).length, { timeout: 10_000 })
			.toBeGreaterThan(3);
		await page.getByRole('button', { name: 'Pause' }).click();
		const days = (await distinct()).map(dayAfterStart);
		expect(days[0]).toBe('2003-01-01');
		expect(days.slice(1).filter((day) => !stops.has(day))).toEqual([]);
	});
});

test.describe('focus rings stand out from every fill', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const [view, search] of [
			['a day', '?date=2006-12-31&members=1&meetings=1'],
			['a period', '?from=2004-01-01&date=2006-12-31&members=1&meetings=1']
		]) {
			test(`a focused country, on ${view} (${colorScheme}): 3:1 from its own fill and every other`, async ({
				page
			}) => {
				await page.emulateMedia({ colorScheme });
				await openExplorer(page, search);
				const country = mapCountry(page, 'Spain');
				await country.focus();
				const colours = await country.evaluate((focused) => {
					const style = getComputedStyle(focused);
					const fills = [
						...document.querySelectorAll('.map .sea, .map path.country, .map circle.small')
					].map((shape) => getComputedStyle(shape).fill);
					return {
						focusVisible: focused.matches(':focus-visible'),
						ring: style.stroke,
						// The halo: the colour of the first drop shadow.
						halo: style.filter.match(/rgba?\([^)]*\)/)?.[0] ?? '',
						fills: [...new Set(fills)].filter((fill) => fill.startsWith('rgb'))
					};
				});
				expect(colours.focusVisible).toBe(true);
				expect(colours.halo).not.toBe('');
				// The palette's five classes, no data, no commitment and the sea at least.
				expect(colours.fills.length).toBeGreaterThanOrEqual(7);
				const weak = colours.fills.filter(
					(fill) =>
						Math.max(contrastRatio(colours.ring, fill), contrastRatio(colours.halo, fill)) < 3
				);
				expect(weak, `ring ${colours.ring}, halo ${colours.halo}`).toEqual([]);
			});
		}

		test(`the slider's and a timeline mark's rings, 3:1 from the chart (${colorScheme})`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme });
			await openExplorer(page, '?date=2005-04-27');
			for (const target of [slider(page), page.getByRole('button', { name: SM_TITLE })]) {
				await target.focus();
				const { ring, chart } = await target.evaluate((focused) => {
					const knob = focused.querySelector('.knob') ?? focused;
					return {
						ring: getComputedStyle(knob).outlineColor,
						chart: getComputedStyle(focused.closest('.chart')!).backgroundColor
					};
				});
				expect(contrastRatio(ring, chart)).toBeGreaterThanOrEqual(3);
			}
		});
	}
});

test.describe('in forced colours', () => {
	test('axe finds nothing, and the slider handle and a focused country still show focus', async ({
		page
	}) => {
		await page.emulateMedia({ forcedColors: 'active' });
		await openExplorer(page, `?date=2005-04-27&event=${SM_ID}`);
		await expect(panelHeading(page, SM_TITLE)).toBeVisible();
		expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
		await expectNoAxeViolations(page);

		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		const knob = await slider(page).evaluate((handle) => {
			const style = getComputedStyle(handle.querySelector('.knob')!);
			return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
		});
		expect(knob.style).not.toBe('none');
		expect(knob.width).toBeGreaterThanOrEqual(2);
		expect((await describeFocus(page)).visible).toBe(true);

		// A participant of the selected event: already outlined, so its focus must differ.
		const australia = mapCountry(page, 'Australia');
		await expect(australia).toHaveClass(/role-bound/);
		await australia.focus();
		const stroke = await australia.evaluate((path) => {
			const style = getComputedStyle(path);
			return { stroke: style.stroke, width: parseFloat(style.strokeWidth) };
		});
		expect(stroke.stroke).not.toBe('none');
		expect(stroke.width).toBeGreaterThan(0);
		expect((await describeFocus(page)).visible).toBe(true);
	});
});

test.describe('screen-reader semantics', () => {
	test('the explorer has its landmarks and one heading outline', async ({ page }) => {
		await openExplorer(page, `?date=2005-04-27&event=${SM_ID}&country=KOR`);
		await expect(panelHeading(page, SM_TITLE)).toBeVisible();
		// The country's panel waits under the event's, behind a trail back to it.
		await expect(details(page).getByRole('button', { name: 'Back to South Korea' })).toBeVisible();
		await expect(details(page).getByRole('heading', { name: 'Sources' })).toBeVisible();
		await expect(page.getByRole('banner')).toHaveCount(1);
		await expect(page.getByRole('navigation', { name: 'Site' })).toHaveCount(1);
		await expect(page.getByRole('main')).toHaveCount(1);
		await expect(page.getByRole('contentinfo')).toHaveCount(1);
		await expect(details(page)).toHaveCount(1);
		await expectHeadingOutline(page);
	});

	for (const path of ['/about', `/events/${SM_ID}`, '/countries/KOR']) {
		test(`${path} has its landmarks and one heading outline`, async ({ page }) => {
			await page.goto(path);
			await expect(page.getByRole('banner')).toHaveCount(1);
			await expect(page.getByRole('navigation', { name: 'Site' })).toHaveCount(1);
			await expect(page.getByRole('main')).toHaveCount(1);
			await expect(page.getByRole('contentinfo')).toHaveCount(1);
			await expectHeadingOutline(page);
		});
	}

	test('the date is a slider whose value is said in words', async ({ page }) => {
		await openExplorer(page, '?date=2005-04-27');
		const handle = slider(page);
		await expect(handle).toHaveAccessibleName('Date');
		await expect(handle).toHaveAttribute('aria-valuetext', '27 April 2005');
		const days = (date: string) => (Date.parse(date) - PERIOD_START) / DAY_MS;
		await expect(handle).toHaveAttribute('aria-valuemin', '0');
		await expect(handle).toHaveAttribute('aria-valuemax', String(days('2006-12-31')));
		await expect(handle).toHaveAttribute('aria-valuenow', String(days('2005-04-27')));
	});

	test('every event mark is named by its title', async ({ page, request }) => {
		const events = await exportedEvents(request);
		await openExplorer(page);
		const names = buttonNames(
			await page.getByRole('group', { name: 'Events, in date order' }).ariaSnapshot()
		);
		expect(names).toHaveLength(events.length);
		const unnamed = events.filter((event) => !names.some((name) => name.includes(event.title)));
		expect(unnamed.map((event) => event.title)).toEqual([]);
	});

	test('every country with data is on the map, named first by its English name', async ({
		page,
		request
	}) => {
		const codes = countriesWithData(await exportedEvents(request));
		await openExplorer(page, '?date=2005-04-27');
		const names = buttonNames(await page.getByRole('group', { name: /World map/ }).ariaSnapshot());
		expect(names).toHaveLength(codes.length);
		const missing = codes
			.map(englishName)
			.filter((name) => !names.some((label) => label.startsWith(`${name}: `)));
		expect(missing).toEqual([]);
		expect(names.filter((name) => !/^[^:]+: \d+ instruments?$/.test(name))).toEqual([]);
		// Read in the order of their names, as in the country list and the table.
		const countryNames = names.map((name) => name.split(':')[0]);
		expect(countryNames).toEqual([...countryNames].sort(new Intl.Collator('en').compare));
	});

	test('the date summary is read once, as a heading', async ({ page }) => {
		await openExplorer(page, '?date=2005-04-27');
		const snapshot = await page.locator('.summary').ariaSnapshot();
		expect(snapshot.match(/27 April 2005/g)).toHaveLength(1);
		expect(snapshot.split('\n')).toHaveLength(1);
		expect(snapshot).toMatch(/heading "27 April 2005: \d+ countries .*\." \[level=2\]/);
	});

	test('a first selection is not announced as a new page; leaving the explorer is', async ({
		page
	}) => {
		await openExplorer(page, '?date=2005-04-27');
		await mapCountry(page, 'Australia').click();
		await expect(page).toHaveURL(/country=AUS/);
		const announcer = page.locator('#svelte-announcer');
		// SvelteKit's announcer has the site's title to say, but it is out of the accessibility tree.
		await expect(announcer).toHaveText(/Anti-Spam Cooperation Atlas/);
		await expect(announcer).toBeHidden();
		await page
			.getByRole('navigation', { name: 'Site' })
			.getByRole('link', { name: /About/ })
			.click();
		await expect(announcer).toHaveText(/About the data/);
		await expect(announcer).not.toBeHidden();
	});

	test('the polite live summary speaks once the date settles, not on every step', async ({
		page
	}) => {
		await openExplorer(page, '?date=2004-01-01');
		const live = page.locator('[aria-live="polite"]');
		await expect(live).toHaveText(/^1 January 2004: /);
		const before = await live.textContent();
		// Timestamps, not waits: each change of the region must come after the last key.
		await live.evaluate((region) => {
			const log: { keys: number[]; changes: { at: number; text: string }[] } = {
				keys: [],
				changes: []
			};
			(window as unknown as { liveLog: typeof log }).liveLog = log;
			document.addEventListener('keydown', () => log.keys.push(performance.now()), true);
			new MutationObserver(() =>
				log.changes.push({ at: performance.now(), text: region.textContent ?? '' })
			).observe(region, { subtree: true, childList: true, characterData: true });
		});
		await slider(page).focus();
		// A held key (auto-repeating keydowns), then quick separate presses.
		for (let i = 0; i < 10; i++) await page.keyboard.down('ArrowRight');
		await page.keyboard.up('ArrowRight');
		for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '21 January 2004');

		await expect(live).toHaveText(/^21 January 2004: /);
		const settled = (await live.textContent())!;
		const visible = await page
			.locator('.summary')
			.evaluate(
				(summary) =>
					`${summary.querySelector('.date')!.textContent}: ${summary.querySelector('.line')!.textContent!.trim()}.`
			);
		expect(settled.trim()).toBe(visible);
		const log = await page.evaluate(
			() =>
				(
					window as unknown as {
						liveLog: { keys: number[]; changes: { at: number; text: string }[] };
					}
				).liveLog
		);
		expect(log.keys).toHaveLength(20);
		const lastKey = Math.max(...log.keys);
		expect(log.changes.filter((change) => change.at <= lastKey)).toEqual([]);
		expect([...new Set(log.changes.map((change) => change.text))]).toEqual([settled]);
		expect(settled).not.toBe(before);
	});
});
