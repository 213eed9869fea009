/**
 * The period view (`?from=…&date=…`): reached by the Period menu, moved by keyboard and pointer with
 * two sliders that never cross, shared by link, walked by Back and Forward, and accessible.
 */
import { expect, test, type Page } from '@playwright/test';
import {
	expectNoAxeViolations,
	mapCountry,
	openExplorer,
	slider,
	tooltip,
	trackProblems
} from './helpers';

const startSlider = (page: Page) => page.getByRole('slider', { name: 'Start date', exact: true });
const periodMenu = (page: Page) => page.getByRole('combobox', { name: 'Period' });
const heading = (page: Page) => page.locator('.summary .date');
const legend = (page: Page) => page.locator('.explorer > .legend');

test.describe('the period view', () => {
	test('a year from the Period menu: two sliders, its own legend, a summary in numbers', async ({
		page
	}) => {
		const { expectClean } = trackProblems(page);
		await openExplorer(page, '?date=2005-06-01');
		await expect(startSlider(page)).toHaveCount(0);
		await periodMenu(page).selectOption('2006');
		// The last day of the atlas is the default date, so the link leaves it out.
		await expect(page).toHaveURL(/\?from=2006-01-01$/);
		await expect(heading(page)).toHaveText('1 January – 31 December 2006');
		await expect(startSlider(page)).toHaveAttribute('aria-valuetext', '1 January 2006');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '31 December 2006');
		await expect(legend(page)).toContainText(
			'Instruments joined between 1 January 2006 and 31 December 2006, per country'
		);
		await expect(legend(page)).toContainText('Nothing new; in one before');
		await expect(page.locator('.summary .line')).toHaveText(
			/^\d+ countries joined (1 instrument|at least one of \d+ instruments); \d+ events in the period$/
		);
		// China was in instruments before 2006 and joined nothing new in it: hatched, and said so.
		const china = mapCountry(page, 'China');
		await expect(china).toHaveClass(/already/);
		await expect(china).toHaveAttribute(
			'aria-label',
			'China: 0 instruments joined in the period, already in one before it'
		);
		await china.hover();
		await expect(tooltip(page)).toContainText(
			'0 instruments joined between 1 January 2006 and 31 December 2006'
		);
		await expect(tooltip(page)).toContainText('Nothing new in this period');
		expectClean();
	});

	test('by keyboard: the start stops at the end, the end at the start, as one history entry each', async ({
		page
	}) => {
		await openExplorer(page, '?from=2005-03-01&date=2005-03-10');
		const historyLength = () => page.evaluate(() => history.length);
		const length = await historyLength();
		await startSlider(page).focus();
		await page.keyboard.press('ArrowRight');
		await expect(startSlider(page)).toHaveAttribute('aria-valuetext', '2 March 2005');
		await expect(page).toHaveURL(/\?from=2005-03-02&date=2005-03-10$/);
		await expect.poll(historyLength).toBe(length + 1);
		// Keys pressed one after another (less than half a second apart) are one gesture, however
		// busy the machine: End, then PageUp, which cannot take the start past the end.
		await page.keyboard.press('End');
		await page.keyboard.press('PageUp');
		await expect(startSlider(page)).toHaveAttribute('aria-valuetext', '10 March 2005');
		await expect(page).toHaveURL(/\?from=2005-03-10&date=2005-03-10$/);
		await expect.poll(historyLength).toBe(length + 2);

		await slider(page).focus();
		await page.keyboard.press('Home');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '10 March 2005');
		await page.keyboard.press('PageUp');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '10 April 2005');
		await expect(slider(page)).toHaveAttribute('aria-valuemin', await startValue(page));
		await expect(page).toHaveURL(/\?from=2005-03-10&date=2005-04-10$/);
		await page.goBack();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '10 March 2005');
	});

	test('by pointer: a drag near the start moves the start, and ends as one history entry', async ({
		page
	}) => {
		await openExplorer(page, '?from=2005-01-01&date=2005-12-31');
		const length = await page.evaluate(() => history.length);
		const knob = (await startSlider(page).boundingBox())!;
		const y = knob.y + knob.height / 2;
		await page.mouse.move(knob.x + knob.width / 2, y);
		await page.mouse.down();
		await page.mouse.move(knob.x - 120, y, { steps: 8 });
		await page.mouse.up();
		await expect(page).toHaveURL(/\?from=2004-\d\d-\d\d&date=2005-12-31$/);
		expect(await page.evaluate(() => history.length)).toBe(length + 1);
		// Dragged past the end, the start stops there.
		const end = (await slider(page).boundingBox())!;
		const start = (await startSlider(page).boundingBox())!;
		await page.mouse.move(start.x + start.width / 2, y);
		await page.mouse.down();
		await page.mouse.move(end.x + 200, y, { steps: 8 });
		await page.mouse.up();
		await expect(page).toHaveURL(/\?from=2005-12-31&date=2005-12-31$/);
	});

	test('a period link reloads to the same view, and Back and Forward cross day and period', async ({
		page
	}) => {
		await openExplorer(page, '?date=2004-06-01');
		await periodMenu(page).selectOption('all');
		await expect(page).toHaveURL(/\?from=2003-01-01$/);
		await expect(heading(page)).toHaveText('1 January 2003 – 31 December 2006');
		await periodMenu(page).selectOption('day');
		await expect(page).toHaveURL(/\/$/);
		await expect(startSlider(page)).toHaveCount(0);
		await expect(heading(page)).toHaveText('31 December 2006');

		await page.goBack();
		await expect(startSlider(page)).toHaveAttribute('aria-valuetext', '1 January 2003');
		await page.goBack();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 June 2004');
		await expect(startSlider(page)).toHaveCount(0);
		await page.goForward();
		await expect(heading(page)).toHaveText('1 January 2003 – 31 December 2006');

		await page.goto('/?from=2004-03-01&date=2004-09-30&country=KOR');
		await page.reload();
		await expect(heading(page)).toHaveText('1 March – 30 September 2004');
		await expect(startSlider(page)).toHaveAttribute('aria-valuetext', '1 March 2004');
		await expect(periodMenu(page)).toHaveValue('custom');
		await expect(
			page.getByRole('complementary', { name: 'Details' }).getByText(/joined between 1 March 2004/)
		).toBeVisible();
	});

	test('"Back to a single day" keeps the end date; choosing an event inside keeps the period', async ({
		page
	}) => {
		await openExplorer(page, '?from=2005-01-01&date=2005-12-31');
		await page.getByRole('button', { name: /Seoul–Melbourne multilateral MoU/ }).click();
		await expect(page).toHaveURL(
			/\?from=2005-01-01&date=2005-12-31&event=seoul-melbourne-multilateral-mou-2005$/
		);
		await page.getByRole('button', { name: 'Back to a single day' }).click();
		await expect(page).toHaveURL(/\?date=2005-12-31&event=seoul-melbourne/);
		await expect(startSlider(page)).toHaveCount(0);
	});

	test('a start after the date falls back to one day, with a calm notice', async ({ page }) => {
		const { expectClean } = trackProblems(page);
		await page.goto('/?from=2006-01-01&date=2005-01-01');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 January 2005');
		await expect(startSlider(page)).toHaveCount(0);
		await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toContainText(
			'from 2006-01-01 is after date 2005-01-01; showing a single day'
		);
		await expect(page).toHaveURL(/\?date=2005-01-01$/);
		expectClean();
	});
});

test.describe('on a 360 px phone', () => {
	test.use({ viewport: { width: 360, height: 640 }, hasTouch: true, isMobile: true });

	for (const search of ['?from=2003-01-01&date=2006-12-31', '?from=2005-03-01&date=2005-09-30']) {
		test(`the compact bar stays one row, its period readable (${search})`, async ({ page }) => {
			await openExplorer(page, search);
			const controls = [
				page.getByRole('button', { name: 'Play' }),
				periodMenu(page),
				page.getByRole('button', { name: 'Previous event' }),
				page.getByRole('button', { name: 'Events', exact: true })
			];
			const tops = await Promise.all(controls.map(async (c) => (await c.boundingBox())!.y));
			expect(new Set(tops.map(Math.round)).size).toBe(1);
			// The chosen period's name is not cut: its text, the padding and the arrow (about 20 px)
			// fit the menu's width.
			const room = await periodMenu(page).evaluate((menu: HTMLSelectElement) => {
				const style = getComputedStyle(menu);
				const context = document.createElement('canvas').getContext('2d')!;
				context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
				const text = context.measureText(menu.selectedOptions[0].text).width;
				const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
				return menu.clientWidth - padding - 20 - text;
			});
			expect(room).toBeGreaterThanOrEqual(0);
			const heading = page.locator('.summary .date');
			expect(await heading.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(
				true
			);
		});
	}
});

for (const [width, height] of [
	[1440, 900],
	[360, 640]
] as const) {
	test(`axe finds nothing in a period view with labels shown, ${width} px`, async ({ page }) => {
		await page.setViewportSize({ width, height });
		await openExplorer(page, '?from=2005-01-01&date=2005-12-31&country=KOR');
		await expect(startSlider(page)).toBeVisible();
		const lanes = page.getByRole('button', { name: 'Events', exact: true });
		if (await lanes.isVisible()) await lanes.click();
		await expect(page.locator('.overlay .label').first()).toBeVisible();
		await expectNoAxeViolations(page);
	});
}

/** The start slider's value, which is the date slider's minimum. */
async function startValue(page: Page): Promise<string> {
	return (await startSlider(page).getAttribute('aria-valuenow'))!;
}
