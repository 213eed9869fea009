import { expect, test } from '@playwright/test';
import { mapCountry, openExplorer, slider, trackProblems } from './helpers';

const SM_ID = 'seoul-melbourne-multilateral-mou-2005';
const SM_TITLE = /Seoul–Melbourne multilateral MoU/;
const panelHeading = (page: import('@playwright/test').Page, name: string | RegExp) =>
	page.getByRole('complementary', { name: 'Details' }).getByRole('heading', { level: 2, name });

test.describe('deep links', () => {
	test('a link opens on its day with its event selected and highlighted', async ({ page }) => {
		const { expectClean } = trackProblems(page);
		await openExplorer(page, `?date=2005-04-27&event=${SM_ID}`);
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '27 April 2005');
		await expect(panelHeading(page, SM_TITLE)).toBeVisible();
		await expect(mapCountry(page, 'Hong Kong SAR China')).toHaveClass(/role-bound/);
		await expect(mapCountry(page, 'Taiwan')).toHaveClass(/role-bound/);
		await expect(mapCountry(page, 'Brazil')).toHaveClass(/dim/);
		await expect(page.getByRole('button', { name: SM_TITLE })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		expectClean();
	});

	test('the prerendered default view never flashes before the linked one', async ({ page }) => {
		await page.addInitScript(() => {
			const seen: string[] = [];
			(window as unknown as { seenDates: string[] }).seenDates = seen;
			const sample = () => {
				const date = document.querySelector('.summary .date');
				const hidden = document.documentElement.classList.contains('view-pending');
				if (date && !hidden && getComputedStyle(date).visibility !== 'hidden') {
					seen.push(date.textContent ?? '');
				}
				requestAnimationFrame(sample);
			};
			requestAnimationFrame(sample);
		});
		await page.goto('/?date=2004-10-11&country=GBR');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '11 October 2004');
		await page.waitForTimeout(300);
		const seen = await page.evaluate(
			() => (window as unknown as { seenDates: string[] }).seenDates
		);
		expect(seen.length).toBeGreaterThan(0);
		expect(new Set(seen)).toEqual(new Set(['11 October 2004']));
	});

	test('Back and Forward restore each view, and reload keeps it', async ({ page }) => {
		await openExplorer(page, '?date=2005-01-01');
		await page.getByRole('button', { name: SM_TITLE }).click();
		await expect(page).toHaveURL(new RegExp(`date=2005-04-27&event=${SM_ID}$`));
		await mapCountry(page, 'Australia').click();
		await expect(page).toHaveURL(/country=AUS/);
		await expect(panelHeading(page, 'Australia')).toBeVisible();

		await page.goBack();
		await expect(page).toHaveURL(new RegExp(`date=2005-04-27&event=${SM_ID}$`));
		await expect(panelHeading(page, 'Australia')).toBeHidden();
		await expect(panelHeading(page, SM_TITLE)).toBeVisible();

		await page.goBack();
		await expect(page).toHaveURL(/\?date=2005-01-01$/);
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 January 2005');
		await expect(panelHeading(page, SM_TITLE)).toBeHidden();

		await page.goForward();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '27 April 2005');
		await page.reload();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '27 April 2005');
		await expect(panelHeading(page, SM_TITLE)).toBeVisible();
	});

	test('a drag adds one history entry, not one per step', async ({ page }) => {
		await openExplorer(page, '?date=2004-01-01');
		const length = await page.evaluate(() => history.length);
		await slider(page).focus();
		for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowRight');
		await expect(page).toHaveURL(/date=2004-01-21/);
		expect(await page.evaluate(() => history.length)).toBe(length + 1);
		await page.goBack();
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 January 2004');
	});

	test('hostile links fall back to the default view with a calm notice', async ({ page }) => {
		const { expectClean } = trackProblems(page);
		await page.goto('/?date=9999-99-99&country=<script>alert(1)</script>&event=../../etc');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '31 December 2006');
		const notice = page.getByRole('status').filter({ hasText: 'could not be used' });
		await expect(notice).toContainText('date 9999-99-99');
		await expect(notice).toContainText('<script>');
		await expect(page.locator('script:not([src])').filter({ hasText: 'alert(1)' })).toHaveCount(0);
		await expect(page).toHaveURL(/\/$/);
		await notice.getByRole('button', { name: 'Dismiss' }).click();
		await expect(notice).toBeHidden();
		expectClean();
	});

	test('valid parts of a partly bad link are kept', async ({ page }) => {
		await page.goto('/?date=2005-02-24&country=XYZ&meetings=1&utm_source=x');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', '24 February 2005');
		await expect(page).toHaveURL(/\?date=2005-02-24&meetings=1$/);
		await expect(page.getByRole('status').filter({ hasText: 'could not be used' })).toContainText(
			'XYZ'
		);
	});

	test('the share menu copies the link of the current view', async ({ page, context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
		await openExplorer(page, `?date=2005-04-27&event=${SM_ID}`);
		await page.getByRole('button', { name: 'Share this view' }).click();
		await page.getByRole('button', { name: 'Copy link' }).click();
		await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
		const copied = await page.evaluate(() => navigator.clipboard.readText());
		expect(new URL(copied).search).toBe(`?date=2005-04-27&event=${SM_ID}`);
	});
});
