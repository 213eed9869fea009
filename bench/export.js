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
 * Starts collecting the page's long tasks (over 50 ms) in `window.__longTasks`, which the measures
 * empty before each export.
 * @param {Page} page
 */
function observeLongTasks(page) {
	return page.evaluate(() => {
		const w = /** @type {any} */ (window);
		w.__longTasks = [];
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries()) w.__longTasks.push(entry.duration);
		}).observe({ type: 'longtask' });
	});
}

/**
 * @param {Page} page the explorer, loaded
 * @param {{ runs: number }} options presses per format after the warm-up
 */
export async function measureImageExport(page, { runs }) {
	await observeLongTasks(page);
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

/**
 * The animated export of the whole period (2003–2006), as a WebM and as a GIF: the time from the
 * press of Export to the download, the file's frames and bytes, and the longest main-thread task
 * meanwhile (the frames are drawn and encoded in a worker; the page must stay responsive).
 * @param {Page} page the explorer, loaded
 */
export async function measureAnimationExport(page) {
	await observeLongTasks(page);
	await page.getByRole('button', { name: 'Share this view' }).click();
	await page.getByRole('button', { name: 'Export animation…' }).click();
	const panel = page.getByRole('region', { name: 'Export an animation' });
	await panel.getByLabel('From', { exact: true }).fill('2003-01-01');
	await panel.getByLabel('To', { exact: true }).fill('2006-12-31');
	const announced = await panel.getByText(/frames at 30 frames per second/).textContent();
	const frames = Number(/([\d,]+) frames/.exec(announced ?? '')?.[1].replaceAll(',', ''));
	/** @type {Record<string, { seconds: number, frames: number, bytes: number, longestTask: number }>} */
	const results = {};
	for (const [format, label] of [
		['webm', 'Video (WebM)'],
		['gif', 'Animated GIF']
	]) {
		await panel.getByLabel(label).check();
		await page.evaluate(() => /** @type {any} */ (window.__longTasks = []));
		const start = Date.now();
		const [download] = await Promise.all([
			page.waitForEvent('download', { timeout: 600_000 }),
			panel.getByRole('button', { name: 'Export', exact: true }).click()
		]);
		const seconds = (Date.now() - start) / 1000;
		const path = await download.path();
		const { size } = await import('node:fs/promises').then((fs) => fs.stat(path));
		const tasks = await page.evaluate(() => /** @type {any} */ (window).__longTasks);
		results[format] = { seconds, frames, bytes: size, longestTask: Math.max(0, ...tasks) };
	}
	return results;
}
