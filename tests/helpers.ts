/**
 * Shared helpers for the browser tests: error tracking and the explorer's main controls, found the
 * way a reader finds them (by role and name).
 */
import { expect, type Page } from '@playwright/test';

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
export const slider = (page: Page) => page.getByRole('slider', { name: 'Date' });

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
	await expect(page.locator('html')).not.toHaveClass(/view-pending/);
	await expect(slider(page)).toBeVisible();
}
