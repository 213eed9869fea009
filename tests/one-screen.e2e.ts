/**
 * The core loop on one screen: at every common viewport, without scrolling, the date heading, the
 * whole map, the date slider's thumb (and in a period view the start's), Play and the
 * previous/next-event buttons are all in view, in light and dark, with and without an open event or
 * country panel.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectFinderWordWhole, openExplorer, slider } from './helpers';

const VIEWPORTS: [number, number][] = [
	[1920, 1080],
	[1440, 900],
	[1366, 768],
	[1280, 720],
	[1024, 768],
	[768, 1024],
	[390, 844],
	[360, 640],
	[844, 390]
];

const VIEWS = [
	{ name: 'default view', search: '' },
	{ name: 'an open event', search: '?date=2005-04-27&event=seoul-melbourne-multilateral-mou-2005' },
	{ name: 'an open country', search: '?date=2004-10-11&country=KOR' },
	{ name: 'a period', search: '?from=2005-01-01&date=2005-12-31&country=KOR' }
];

/** Fails unless `locator`'s whole box lies inside the viewport (a 1 px tolerance for rounding). */
async function expectInViewport(page: Page, locator: Locator, what: string) {
	const box = await locator.boundingBox();
	const { width, height } = page.viewportSize()!;
	expect(box, `${what} is rendered`).not.toBeNull();
	const { x, y, width: w, height: h } = box!;
	expect(w * h, `${what} has a size`).toBeGreaterThan(0);
	const inside = x >= -1 && y >= -1 && x + w <= width + 1 && y + h <= height + 1;
	expect(inside, `${what} at (${x}, ${y}, ${w}×${h}) inside ${width}×${height}`).toBe(true);
}

for (const colorScheme of ['light', 'dark'] as const) {
	for (const [width, height] of VIEWPORTS) {
		test.describe(`${width}×${height}, ${colorScheme}`, () => {
			test.use({ viewport: { width, height }, colorScheme });
			for (const view of VIEWS) {
				test(`map, date and scrubber in view together: ${view.name}`, async ({ page }) => {
					await openExplorer(page, view.search);
					if (view.search.includes('event=')) {
						await expect(page.getByRole('complementary', { name: 'Details' })).toContainText(
							'Seoul–Melbourne'
						);
					}
					if (view.search.includes('country=')) {
						await expect(
							page
								.getByRole('complementary', { name: 'Details' })
								.getByRole('heading', { level: 2, name: 'South Korea' })
						).toBeVisible();
					}
					expect(await page.evaluate(() => scrollY), 'the page opens unscrolled').toBe(0);
					await expectFinderWordWhole(page, 'Country');
					const date = page.locator('.summary .date');
					await expectInViewport(page, date, 'the date heading');
					await expectInViewport(page, page.getByRole('group', { name: /^World map/ }), 'the map');
					await expectInViewport(page, slider(page), 'the date slider');
					if (view.search.includes('from=')) {
						await expectInViewport(
							page,
							page.getByRole('slider', { name: 'Start date' }),
							'the start date slider'
						);
					}
					const controls = page.getByRole('toolbar', { name: 'Timeline controls' });
					await expectInViewport(page, controls.getByRole('button', { name: 'Play' }), 'Play');
					await expectInViewport(
						page,
						controls.getByRole('button', { name: /Previous event/ }),
						'Previous event'
					);
					await expectInViewport(
						page,
						controls.getByRole('button', { name: /Next event/ }),
						'Next event'
					);
				});
			}
		});
	}
}

test.describe('reading the timeline', () => {
	test.use({ viewport: { width: 1440, height: 900 } });

	test('marks carry their short titles, never overlapping each other or other marks', async ({
		page
	}) => {
		await openExplorer(page, '?date=2005-06-30&event=seoul-melbourne-multilateral-mou-2005');
		const labels = page.locator('.overlay .label');
		expect(await labels.count()).toBeGreaterThan(10);
		// The selected and the latest events are always labelled.
		await expect(labels.filter({ hasText: 'Seoul–Melbourne MoU' })).toHaveCount(1);
		const boxes = await page.evaluate(() =>
			[...document.querySelectorAll('.overlay .label, .marks .mark')].map((element) => {
				const r = element.getBoundingClientRect();
				const label = element.classList.contains('label');
				// A must-label (selected, latest) may be forced over marks when boxed in; it is on top.
				const forced = label && element.classList.contains('strong');
				return { label, forced, x0: r.left, x1: r.right, y: r.top };
			})
		);
		const overlaps = boxes.flatMap((a, i) =>
			boxes
				.slice(i + 1)
				.filter(
					(b) =>
						(a.label || b.label) &&
						Math.abs(a.y - b.y) < 8 &&
						a.x0 < b.x1 - 0.5 &&
						b.x0 < a.x1 - 0.5 &&
						!(a.forced && !b.label) &&
						!(b.forced && !a.label)
				)
		);
		expect(overlaps).toEqual([]);
	});

	test('zooming in labels a larger share of the marks in view', async ({ page }) => {
		await openExplorer(page, '?date=2005-06-30');
		/** Labelled marks in view / marks in view. */
		const share = () =>
			page.evaluate(() => {
				const chart = document.querySelector('.timeline .chart')!.getBoundingClientRect();
				const inView = (element: Element) => {
					const r = element.getBoundingClientRect();
					return r.right > chart.left && r.left < chart.right;
				};
				const marks = [...document.querySelectorAll('.marks .mark')].filter(inView).length;
				const labels = [...document.querySelectorAll('.overlay .label')].filter(inView).length;
				return labels / marks;
			});
		const before = await share();
		const controls = page.getByRole('toolbar', { name: 'Timeline controls' });
		await controls.getByRole('button', { name: 'Zoom in on the timeline' }).click();
		await controls.getByRole('button', { name: 'Zoom in on the timeline' }).click();
		await expect.poll(share).toBeGreaterThan(before);
	});

	test('hovering a mark shows its title, date and number of countries', async ({ page }) => {
		await openExplorer(page, '?date=2005-06-30');
		await page
			.getByRole('button', { name: /^Seoul–Melbourne multilateral MoU/ })
			.hover({ force: true });
		const tip = page.locator('.timeline [role="tooltip"]');
		await expect(tip).toContainText('Seoul–Melbourne multilateral MoU');
		await expect(tip).toContainText('27 April 2005');
		await expect(tip).toContainText(/\d+ countries/);
	});
});
