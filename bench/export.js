/**
 * Image export on the explorer (the share menu's PNG, PNG for print and SVG): for each format, the
 * time from the press of its button to the browser's download, and the longest main-thread task
 * in that time (a `longtask` observer in the page: the page must stay responsive while an image is
 * made). The first press of each format is a warm-up (it loads the export code) and is reported
 * apart.
 */
import { summarize } from './stats.js';

/** @typedef {import('@playwright/test').Page} Page */

const FORMATS = /** @type {const} */ ([
	['png', 'PNG'],
	['png-print', 'PNG for print (2×)'],
	['svg', 'SVG']
]);

/**
 * @param {Page} page the explorer, loaded
 * @param {{ runs: number }} options presses per format after the warm-up
 */
export async function measureImageExport(page, { runs }) {
	await page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
		}).observe({ type: 'longtask' });
	});
	const toggle = page.getByRole('button', { name: 'Share this view' });
	/** @type {Record<string, { first: number, times: ReturnType<typeof summarize>, longestTask: number }>} */
	const results = {};
	for (const [format, label] of FORMATS) {
		/** @type {number[]} */
		const times = [];
		let longest = 0;
		for (let i = 0; i <= runs; i++) {
			if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
			await page.evaluate(() => /** @type {any} */ (window.__longTasks = []));
			const start = Date.now();
			await Promise.all([
				page.waitForEvent('download'),
				page.getByRole('button', { name: label, exact: true }).click()
			]);
			times.push(Date.now() - start);
			const tasks = await page.evaluate(() => /** @type {any} */ (window).__longTasks);
			if (i > 0) longest = Math.max(longest, ...tasks, 0);
		}
		results[format] = { first: times[0], times: summarize(times.slice(1)), longestTask: longest };
	}
	return results;
}
