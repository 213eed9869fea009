/**
 * One reader's whole visit with the keyboard alone, from the top of the page: every control on the
 * way must show its focus, keep it, and let Tab move on. The mouse is never touched.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { describeFocus, slider, trackProblems } from './helpers';

const SEOUL_MELBOURNE = /^Seoul–Melbourne multilateral MoU/;
const valueText = (page: Page) => slider(page).getAttribute('aria-valuetext');
const isFocused = (locator: Locator) =>
	locator.evaluate((element) => element === document.activeElement).catch(() => false);

/** Fails unless something other than the body has focus and that focus can be seen. */
async function expectVisibleFocus(page: Page, step: string) {
	const focus = await describeFocus(page);
	expect(focus.lost, `${step}: focus was lost`).toBe(false);
	expect(focus.visible, `${step}: focus on ${focus.what} is not visible`).toBe(true);
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, checking that every element passed on the
 * way shows its focus. `target` may also be a test run in the page on the focused element.
 */
async function tabTo(
	page: Page,
	target: Locator | ((element: Element) => boolean),
	{ back = false, max = 40 } = {}
) {
	for (let step = 1; step <= max; step++) {
		await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
		await expectVisibleFocus(page, `Tab ${step}`);
		const reached =
			typeof target === 'function'
				? await (await page.evaluateHandle(() => document.activeElement!)).evaluate(target)
				: await isFocused(target);
		if (reached) return;
	}
	throw new Error(`${back ? 'Shift+Tab' : 'Tab'} did not reach the target in ${max} presses`);
}

/** Tab leaves the focused element and Shift+Tab comes back to it: focus is not trapped. */
async function expectNotTrapped(page: Page, step: string) {
	await page.evaluate(() => document.activeElement?.setAttribute('data-journey', 'here'));
	const here = page.locator('[data-journey="here"]');
	await page.keyboard.press('Tab');
	expect(await isFocused(here), `${step}: Tab did not move on`).toBe(false);
	await expectVisibleFocus(page, `${step}, then Tab`);
	await page.keyboard.press('Shift+Tab');
	expect(await isFocused(here), `${step}: Shift+Tab did not come back`).toBe(true);
	await here.evaluate((element) => element.removeAttribute('data-journey'));
}

/** The centre of the focused element, in page pixels. */
const focusedCentre = (page: Page) =>
	page.evaluate(() => {
		const box = document.activeElement!.getBoundingClientRect();
		return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
	});

test('a keyboard-only journey: skip link, date, play, event, country, table, share', async ({
	page,
	context
}) => {
	test.setTimeout(60_000);
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const { expectClean } = trackProblems(page);
	await page.goto('/');
	// Hydrated once the live summary is filled in (it stays empty in the prerendered HTML).
	await expect(page.locator('[aria-live="polite"]')).toContainText('31 December 2006');

	// Skip link: the first stop, shown on screen, and it lands past the header's links.
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expectVisibleFocus(page, 'skip link');
	expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
	await page.keyboard.press('Enter');
	await expect(page.getByRole('main')).toBeFocused();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Map', exact: true })).toBeFocused();
	await expectVisibleFocus(page, 'first control in main');

	// The date slider: Home, a day at a time, a month at a time.
	await tabTo(page, slider(page));
	await page.keyboard.press('Home');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', '1 January 2003');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('ArrowRight');
	await page.keyboard.press('PageUp');
	await expect(slider(page)).toHaveAttribute('aria-valuetext', '3 February 2003');
	await expect(page).toHaveURL(/date=2003-02-03/);
	await expect(slider(page)).toBeFocused();
	await expectVisibleFocus(page, 'slider');
	await expectNotTrapped(page, 'slider');

	// Play with Space, Pause with Enter: the button keeps focus while its name changes.
	await tabTo(page, page.getByRole('button', { name: 'Play' }), { back: true });
	await page.keyboard.press('Space');
	const pause = page.getByRole('button', { name: 'Pause' });
	await expect(pause).toBeFocused();
	await expect(slider(page)).not.toHaveAttribute('aria-valuetext', '3 February 2003');
	await expectVisibleFocus(page, 'Pause button');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Play' })).toBeFocused();
	const paused = await valueText(page);
	await page.waitForTimeout(300);
	expect(await valueText(page)).toBe(paused);
	await expect(page).not.toHaveURL(/date=2003-02-03/);
	await expectNotTrapped(page, 'Play button');

	// Into the events: one tab stop, arrows between events, Enter opens one.
	const events = page.getByRole('group', { name: 'Events, in date order' });
	await tabTo(page, (element) => !!element.closest('[aria-label="Events, in date order"]'));
	let name = '';
	for (let i = 0; i < 60 && !SEOUL_MELBOURNE.test(name); i++) {
		await page.keyboard.press('ArrowRight');
		name = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
	}
	expect(name).toMatch(SEOUL_MELBOURNE);
	await page.keyboard.press('Enter');
	const details = page.getByRole('complementary', { name: 'Details' });
	await expect(details.getByRole('heading', { level: 2, name: SEOUL_MELBOURNE })).toBeVisible();
	await expect(page).toHaveURL(/date=2005-04-27&event=seoul-melbourne-multilateral-mou-2005/);
	const mark = events.getByRole('button', { name: SEOUL_MELBOURNE });
	await expect(mark).toBeFocused();
	await expect(mark).toHaveAttribute('aria-pressed', 'true');
	// Selected and focused at once: the focus ring must still differ from the selection's.
	await expectVisibleFocus(page, 'selected event');
	await expectNotTrapped(page, 'event');

	// Back to the map; arrows walk, by geography, to Japan, one of the event's participants.
	await tabTo(page, (element) => element.hasAttribute('data-country'), { back: true });
	const japan = page
		.getByRole('group', { name: /World map/ })
		.getByRole('button', { name: /^Japan:/ });
	const goal = (await japan.boundingBox())!;
	for (let i = 0; i < 30 && !(await isFocused(japan)); i++) {
		const at = await focusedCentre(page);
		const dx = goal.x + goal.width / 2 - at.x;
		const dy = goal.y + goal.height / 2 - at.y;
		const key =
			Math.abs(dx) > Math.abs(dy)
				? dx > 0
					? 'ArrowRight'
					: 'ArrowLeft'
				: dy > 0
					? 'ArrowDown'
					: 'ArrowUp';
		await page.keyboard.press(key);
		await expectVisibleFocus(page, `map, ${key}`);
	}
	await expect(japan).toBeFocused();
	// Japan is outlined as a participant; its focus must be told apart from that outline.
	await expect(japan).toHaveClass(/role-bound/);
	await expectVisibleFocus(page, 'participant country');
	await page.keyboard.press('Enter');
	await expect(
		details.getByRole('heading', { level: 2, name: 'Japan', exact: true })
	).toBeVisible();
	await expect(page).toHaveURL(/country=JPN/);
	await expect(japan).toBeFocused();
	await expectNotTrapped(page, 'country');

	// The table: the same facts as text; the switch keeps focus while the map goes away.
	const table = page.getByRole('button', { name: 'Table', exact: true });
	await tabTo(page, table, { back: true });
	await page.keyboard.press('Enter');
	await expect(table).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('table')).toBeVisible();
	await expect(page).toHaveURL(/view=table/);
	await expect(table).toBeFocused();
	await expectVisibleFocus(page, 'table switch');

	// Share: the menu opens, its first item copies the link of this very view, and the focus
	// comes back to the menu's button.
	await tabTo(page, page.getByRole('button', { name: 'Share this view' }));
	await page.keyboard.press('Enter');
	await expect(page.getByRole('button', { name: 'Share this view' })).toHaveAttribute(
		'aria-expanded',
		'true'
	);
	// The menu loads on first opening: Tab into it once it is there.
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Share this view' })).toBeFocused();
	const copied = await page.evaluate(() => navigator.clipboard.readText());
	expect(copied).toBe(page.url());
	expect(new URL(copied).searchParams.get('view')).toBe('table');
	expect(new URL(copied).searchParams.get('country')).toBe('JPN');
	await expectVisibleFocus(page, 'share button');
	await expectNotTrapped(page, 'share button');
	expectClean();
});
