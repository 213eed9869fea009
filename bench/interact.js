/**
 * Interaction costs on the explorer, driven with real input (Playwright keyboard and mouse, one
 * event at a time with a pause between them) and timed from a Chromium trace of the renderer's main
 * thread (see `trace.js`):
 * - scrub: for each date change, the main-thread work from the task that dispatched the input to the
 *   task that dispatched the next one: listeners, microtasks, timers (URL writes) and the frame(s)
 *   it caused; idle time is not counted;
 * - hover: from the `pointerover` on a country to the end of the first task that painted (the
 *   tooltip), and the main-thread work in between.
 * An in-page probe (`probe.js`) says which events changed the date or hit which country.
 */
import { installProbe } from './probe.js';
import { summarize } from './stats.js';
import { TRACE_CATEGORIES, parseTrace, timeToPaint, workPerInput } from './trace.js';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('@playwright/test').Browser} Browser */
/** @typedef {import('./trace.js').Work} Work */
/** @typedef {import('./probe.js').ProbeRecord} ProbeRecord */

/** Pause after each input so its frame renders before the next (about two frames). */
const GAP_MS = 35;

/**
 * Records `type` events in the page and a trace of the main thread while `drive` runs.
 * @param {Browser} browser
 * @param {Page} page
 * @param {string} type
 * @param {() => Promise<void>} drive
 */
async function traced(browser, page, type, drive) {
	await page.evaluate(installProbe);
	await browser.startTracing(page, { categories: TRACE_CATEGORIES });
	await page.evaluate((t) => /** @type {any} */ (window).__probe.watch(t), type);
	let buffer;
	try {
		await drive();
		await page.waitForTimeout(GAP_MS);
	} finally {
		buffer = await browser.stopTracing();
	}
	/** @type {{ records: ProbeRecord[], final: string }} */
	const probe = await page.evaluate(() => /** @type {any} */ (window).__probe.stop());
	const trace = parseTrace(buffer, type);
	if (!trace) throw new Error(`No ${type} events in the trace`);
	if (trace.inputs.length !== probe.records.length)
		throw new Error(
			`Trace has ${trace.inputs.length} ${type} events, the page saw ${probe.records.length}`
		);
	return { trace, probe };
}

/**
 * Summary of the work of the inputs that `keep` selects.
 * @param {Work[]} work
 * @param {boolean[]} keep
 */
function summarizeWork(work, keep) {
	const kept = work.filter((_, i) => keep[i]);
	/** @param {keyof Work} key */
	const of = (key) => summarize(kept.map((item) => item[key]));
	return {
		inputs: work.length,
		measured: kept.length,
		wall: of('wall'),
		cpu: of('cpu'),
		styleLayout: of('styleLayout'),
		paint: of('paint')
	};
}

/**
 * Which inputs changed the date: the slider's value when the next one arrived (or at the end)
 * differs from its value when this one arrived.
 * @param {{ records: ProbeRecord[], final: string }} probe
 */
function changedFlags({ records, final }) {
	return records.map((record, i) => (records[i + 1]?.value ?? final) !== record.value);
}

/**
 * Keyboard scrubbing: focus the date slider, Home, then `steps` presses of ArrowRight. Also
 * `floorSteps` presses of a key the slider ignores (`a`): the cost of a key press that changes
 * nothing, the method's floor.
 * @param {Browser} browser
 * @param {Page} page
 * @param {{ steps: number, floorSteps: number }} options
 */
export async function scrubByKeyboard(browser, page, { steps, floorSteps }) {
	const slider = page.getByRole('slider', { name: 'Date', exact: true });
	await slider.scrollIntoViewIfNeeded();
	await slider.focus();
	await slider.press('Home');
	await page.waitForTimeout(700);
	/** @param {string} key @param {number} count */
	const press = (key, count) =>
		traced(browser, page, 'keydown', async () => {
			for (let i = 0; i < count; i++) {
				await page.keyboard.press(key);
				await page.waitForTimeout(GAP_MS);
			}
		});
	const floor = await press('a', floorSteps);
	const run = await press('ArrowRight', steps);
	await page.waitForTimeout(700);
	const floorWork = workPerInput(floor.trace, GAP_MS);
	return {
		...summarizeWork(workPerInput(run.trace, GAP_MS), changedFlags(run.probe)),
		floor: summarizeWork(
			floorWork,
			floorWork.map(() => true)
		)
	};
}

/**
 * Pointer scrubbing: press on the axis band and drag across it two pixels per move, back and forth,
 * for about `steps` date changes. The mouse events go through CDP (`Input.dispatchMouseEvent`, what
 * Playwright's mouse uses underneath) rather than `page.mouse`: with a button held, `page.mouse.move`
 * also checks for an HTML drag and drop on every move (two script evaluations in the page, a
 * listener and a timer), about 0.7 ms of main-thread work per move that is the harness's, not the
 * page's.
 * @param {Browser} browser
 * @param {Page} page
 * @param {{ steps: number }} options
 */
export async function scrubByPointer(browser, page, { steps }) {
	const axis = page.locator('.axis').first();
	await axis.scrollIntoViewIfNeeded();
	const box = await axis.boundingBox();
	if (!box) throw new Error('The timeline axis band is not visible');
	const y = box.y + box.height / 2;
	const left = Math.ceil(box.x + 2);
	const right = Math.floor(box.x + box.width - 3);
	const cdp = await page.context().newCDPSession(page);
	/** @param {'mouseMoved' | 'mousePressed' | 'mouseReleased'} type @param {number} x */
	const mouse = (type, x) =>
		cdp.send('Input.dispatchMouseEvent', {
			type,
			x,
			y,
			button: 'left',
			buttons: type === 'mouseReleased' ? 0 : 1,
			clickCount: type === 'mouseMoved' ? 0 : 1
		});
	await page.mouse.move(left, y);
	await mouse('mousePressed', left);
	await page.waitForTimeout(100);
	// A few extra moves for those at the turns that may not change the date.
	const moves = Math.ceil(steps * 1.05) + 4;
	let x = left;
	try {
		const run = await traced(browser, page, 'pointermove', async () => {
			let direction = 1;
			for (let i = 0; i < moves; i++) {
				if (x + direction * 2 > right || x + direction * 2 < left) direction = -direction;
				x += direction * 2;
				await mouse('mouseMoved', x);
				await page.waitForTimeout(GAP_MS);
			}
		});
		return summarizeWork(workPerInput(run.trace, GAP_MS), changedFlags(run.probe));
	} finally {
		await mouse('mouseReleased', x);
		await page.waitForTimeout(700);
		await cdp.detach();
	}
}

/**
 * Hovering: for each country on the map in turn (several rounds until `hovers`), move the pointer
 * off the map, then onto a point inside the country; time `pointerover` → tooltip painted, and
 * check afterwards that the tooltip names the country.
 * @param {Browser} browser
 * @param {Page} page
 * @param {{ hovers: number }} options
 */
export async function hoverCountries(browser, page, { hovers }) {
	await page.evaluate(() => {
		const svg = document.querySelector('[data-country]')?.closest('svg');
		if (svg) window.scrollBy(0, svg.getBoundingClientRect().top - 8);
	});
	await page.waitForTimeout(100);
	// A point inside each country (closest to its box's centre) that hit-tests to the country.
	const targets = await page.evaluate(() => {
		/** @type {Map<string, { id: string, x: number, y: number }>} */
		const found = new Map();
		// Countries with data: the others have no tooltip to time.
		for (const element of document.querySelectorAll('[data-country][aria-label]')) {
			const id = element.getAttribute('data-country');
			if (!id || found.has(id)) continue;
			const box = element.getBoundingClientRect();
			if (box.width === 0 || box.top < 0 || box.bottom > innerHeight) continue;
			let best = null;
			const n = 12;
			for (let i = 0; i <= n; i++) {
				for (let j = 0; j <= n; j++) {
					const x = box.left + (box.width * i) / n;
					const y = box.top + (box.height * j) / n;
					const hit = document.elementFromPoint(x, y);
					if (hit?.closest('[data-country]')?.getAttribute('data-country') !== id) continue;
					const distance = Math.hypot(
						x - (box.left + box.width / 2),
						y - (box.top + box.height / 2)
					);
					if (!best || distance < best.distance) best = { x, y, distance };
				}
			}
			if (best) found.set(id, { id, x: best.x, y: best.y });
		}
		return [...found.values()];
	});
	if (targets.length < 2) throw new Error(`Only ${targets.length} hoverable countries found`);
	// Off the map: the page's top-left corner (the map starts below and right of it).
	const off = { x: 2, y: 2 };
	await page.mouse.move(off.x, off.y);
	/** @type {boolean[]} */
	const shown = [];
	const run = await traced(browser, page, 'pointerover', async () => {
		for (let i = 0; i < hovers; i++) {
			const target = targets[i % targets.length];
			await page.mouse.move(target.x, target.y);
			await page.waitForTimeout(GAP_MS);
			shown.push(
				await page.evaluate((id) => /** @type {any} */ (window).__probe.tooltipShows(id), target.id)
			);
			await page.mouse.move(off.x, off.y);
			await page.waitForTimeout(GAP_MS);
		}
	});
	/** @type {number[]} */
	const latency = [];
	/** @type {Work[]} */
	const work = [];
	let hovered = 0;
	run.probe.records.forEach((record, i) => {
		if (!record.country) return;
		const ok = shown[hovered++];
		const painted = ok ? timeToPaint(run.trace, i) : null;
		if (!painted) return;
		latency.push(painted.latency);
		work.push(painted.work);
	});
	return {
		countries: targets.length,
		hovers: hovered,
		tooltipShown: shown.filter(Boolean).length,
		latency: summarize(latency),
		...summarizeWork(
			work,
			work.map(() => true)
		)
	};
}
