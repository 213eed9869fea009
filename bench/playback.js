/**
 * Playback smoothness and memory. Frames are counted in the page with a `requestAnimationFrame`
 * loop while the timeline plays; the JS heap is read over CDP (`Runtime.getHeapUsage`) right after
 * forcing garbage collection (`HeapProfiler.collectGarbage`), after load and again after minutes
 * of playback (restarted whenever it reaches the end).
 */
import { summarize } from './stats.js';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').CDPSession} CDPSession */

/** One frame at 60 Hz, ms. */
const FRAME_MS = 1000 / 60;

/**
 * The JS heap in use after a full garbage collection, in bytes.
 * @param {CDPSession} cdp
 */
export async function heapAfterGc(cdp) {
	await cdp.send('HeapProfiler.enable');
	for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
	const { usedSize } = await cdp.send('Runtime.getHeapUsage');
	return usedSize;
}

/**
 * Frame statistics from rAF timestamps (ms).
 * @param {number[]} times
 */
export function frameStats(times) {
	const intervals = times.slice(1).map((time, i) => time - times[i]);
	const span = times.length > 1 ? times[times.length - 1] - times[0] : 0;
	const long = intervals.filter((interval) => interval > 1.5 * FRAME_MS);
	return {
		frames: times.length,
		seconds: Math.round(span / 10) / 100,
		fps: span > 0 ? Math.round(((times.length - 1) / span) * 1000 * 10) / 10 : NaN,
		/** Intervals longer than 1.5 frames (25 ms). */
		droppedFrames: long.length,
		/** Vsyncs missed: an interval of n frames misses n − 1. */
		missedVsyncs: long.reduce((sum, interval) => sum + Math.round(interval / FRAME_MS) - 1, 0),
		interval: summarize(intervals)
	};
}

/** The Play/Pause button's text. @param {Page} page */
const playButtonText = (page) =>
	page.evaluate(() => {
		const button = [...document.querySelectorAll('button')].find((b) =>
			/^(Play|Pause)$/.test((b.textContent ?? '').trim())
		);
		return button ? (button.textContent ?? '').trim() : null;
	});

/**
 * Presses Play and counts frames until playback stops by itself (the end of the period) or
 * `maxSeconds` pass.
 * @param {Page} page
 * @param {{ maxSeconds: number }} options
 */
export async function playThrough(page, { maxSeconds }) {
	const play = page.getByRole('button', { name: 'Play', exact: true });
	await play.scrollIntoViewIfNeeded();
	await page.evaluate(() => {
		/** @type {any} */
		const w = window;
		w.__frames = { times: [], running: true };
		/** @param {number} time */
		const loop = (time) => {
			w.__frames.times.push(time);
			if (w.__frames.running) requestAnimationFrame(loop);
		};
		requestAnimationFrame(loop);
	});
	const started = Date.now();
	await play.click();
	const completed = await page
		.waitForFunction(
			() =>
				[...document.querySelectorAll('button')].some(
					(b) => (b.textContent ?? '').trim() === 'Play'
				),
			undefined,
			{ polling: 250, timeout: maxSeconds * 1000 }
		)
		.then(
			() => true,
			() => false
		);
	const elapsed = (Date.now() - started) / 1000;
	/** @type {number[]} */
	const times = await page.evaluate(() => {
		/** @type {any} */
		const w = window;
		w.__frames.running = false;
		return w.__frames.times;
	});
	return { completed, elapsed: Math.round(elapsed * 10) / 10, ...frameStats(times) };
}

/**
 * Keeps the timeline playing for `seconds` (pressing Play again whenever it stops), then pauses.
 * @param {Page} page
 * @param {number} seconds
 */
export async function keepPlaying(page, seconds) {
	await page.evaluate(() => {
		/** @type {any} */
		const w = window;
		w.__replay = setInterval(() => {
			const button = [...document.querySelectorAll('button')].find(
				(b) => (b.textContent ?? '').trim() === 'Play'
			);
			button?.click();
		}, 250);
	});
	const deadline = Date.now() + seconds * 1000;
	let restarts = 0;
	let wasPlaying = true;
	while (Date.now() < deadline) {
		await page.waitForTimeout(Math.min(1000, Math.max(0, deadline - Date.now())));
		const playing = (await playButtonText(page)) === 'Pause';
		if (playing && !wasPlaying) restarts += 1;
		wasPlaying = playing;
	}
	await page.evaluate(() => clearInterval(/** @type {any} */ (window).__replay));
	if ((await playButtonText(page)) === 'Pause')
		await page.getByRole('button', { name: 'Pause', exact: true }).click();
	return { restarts };
}
