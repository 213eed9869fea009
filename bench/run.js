/**
 * `npm run bench`: builds the site, serves `build/`, measures the explorer (`/`) and one event page
 * in Chromium, prints a table with a PASS/FAIL per budget and writes `bench/results.json`.
 *
 * Flags: `--strict` exits non-zero when a budget fails (otherwise the exit code is 0: it is a
 * report); `--no-build` measures the existing `build/`; `--scale` measures how cost grows with 10×
 * and 100× synthetic events instead (see scale.js).
 * Environment: BENCH_PLAYBACK_MINUTES (5), BENCH_SCRUB_STEPS (500), BENCH_HOVERS (100),
 * BENCH_PLAYTHROUGH_MAX_SECONDS (90), BENCH_LIGHTHOUSE_RUNS (3), BENCH_CLOCK (`cpu` or `wall`: which
 * main-thread time the scrub and hover budgets judge; default `cpu`), BENCH_EVENT_PATH.
 * See bench/README.md for the methods.
 */
import { spawnSync, execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.js';
import { BYTE_TYPES, formatFirstLoad, kb, measureFirstLoad } from './bytes.js';
import { hoverCountries, scrubByKeyboard, scrubByPointer } from './interact.js';
import { runLighthouse } from './lighthouse.js';
import { measureAnimationExport, measureImageExport } from './export.js';
import { heapAfterGc, keepPlaying, playThrough } from './playback.js';
import { serveStatic } from './serve.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const strict = args.includes('--strict');
// How cost grows with the number of events: a run of its own (see scale.js).
if (args.includes('--scale')) {
	await import('./scale.js');
	process.exit(0);
}

/** @param {string} name @param {number} fallback */
const numberFromEnv = (name, fallback) => {
	const value = Number(process.env[name]);
	return process.env[name] && Number.isFinite(value) && value >= 0 ? value : fallback;
};
const config = {
	playbackMinutes: numberFromEnv('BENCH_PLAYBACK_MINUTES', 5),
	scrubSteps: Math.max(1, Math.round(numberFromEnv('BENCH_SCRUB_STEPS', 500))),
	hovers: Math.max(1, Math.round(numberFromEnv('BENCH_HOVERS', 100))),
	playThroughMaxSeconds: numberFromEnv('BENCH_PLAYTHROUGH_MAX_SECONDS', 90),
	lighthouseRuns: Math.max(1, Math.round(numberFromEnv('BENCH_LIGHTHOUSE_RUNS', 3))),
	clock: /** @type {'cpu' | 'wall'} */ (process.env.BENCH_CLOCK === 'wall' ? 'wall' : 'cpu'),
	eventPath: process.env.BENCH_EVENT_PATH || '/events/seoul-melbourne-multilateral-mou-2005'
};

/** The period view the interaction budgets are also judged in. */
const PERIOD_VIEW = '/?from=2005-01-01';
const KB = 1024;
const MB = 1024 * 1024;
const BUDGETS = {
	firstLoadGzip: 100 * KB,
	scrubP95Ms: 4,
	hoverP95Ms: 8,
	playbackFps: 58,
	lighthouse: { performance: 98, accessibility: 100, 'best-practices': 100, seo: 100 },
	cls: 0,
	heapAfterLoad: 15 * MB,
	heapGrowth: { bytes: 1 * MB, share: 0.05 }
};

/** @param {string} message */
const log = (message) => console.log(`[bench] ${message}`);
const started = Date.now();
const elapsed = () => `${Math.round((Date.now() - started) / 1000)} s`;

/**
 * Runs a step, logging its duration; a failure is recorded, not thrown.
 * @template T
 * @param {string} name
 * @param {() => Promise<T>} run
 * @returns {Promise<T | { error: string }>}
 */
async function step(name, run) {
	const start = Date.now();
	log(`${name}…`);
	try {
		const result = await run();
		log(`${name}: done in ${((Date.now() - start) / 1000).toFixed(1)} s (total ${elapsed()})`);
		return result;
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		log(`${name}: ERROR ${message}`);
		return { error: message };
	}
}

/** @param {unknown} value @returns {value is { error: string }} */
const failed = (value) => typeof value === 'object' && value !== null && 'error' in value;

function gitDescription() {
	try {
		const commit = execSync('git rev-parse --short HEAD', { cwd: ROOT }).toString().trim();
		const dirty = execSync('git status --porcelain', { cwd: ROOT }).toString().trim() !== '';
		return dirty ? `${commit} + uncommitted changes` : commit;
	} catch {
		return 'unknown';
	}
}

// 1. Build.
const load1 = loadavg()[0];
if (!args.includes('--no-build')) {
	log('npm run build…');
	let build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
	// A build running at the same time in this checkout can collide in .svelte-kit/: retry.
	for (let attempt = 2; build.status !== 0 && attempt <= 3; attempt++) {
		log(`the build failed; retrying in 15 s (attempt ${attempt} of 3)`);
		await new Promise((resolve) => setTimeout(resolve, 15_000));
		build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
	}
	if (build.status !== 0) {
		console.error(build.stdout.slice(-4000), build.stderr.slice(-4000));
		console.error('[bench] the build failed; nothing measured');
		process.exit(1);
	}
	log(`built (${elapsed()})`);
}

// 2. Serve and measure.
const server = await serveStatic(join(ROOT, 'build'));
log(`serving a snapshot of build/ at ${server.origin}`);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const chromiumVersion = browser.version();
const viewport = { width: 1280, height: 900 };

/** @type {Record<string, any>} */
const results = {
	date: new Date().toISOString(),
	commit: gitDescription(),
	machine: {
		cpus: cpus().length,
		loadAverageAtStart: Math.round(load1 * 100) / 100,
		node: process.version,
		chromium: chromiumVersion
	},
	config,
	budgets: BUDGETS
};

/** First load of `path` in a fresh context (nothing cached). @param {string} path */
async function firstLoad(path) {
	const context = await browser.newContext({ viewport });
	try {
		const page = await context.newPage();
		const load = await measureFirstLoad(page, server.origin + path);
		if (load.status !== 200) return { skipped: `HTTP ${load.status}` };
		// Paths, not URLs: the port changes from run to run.
		for (const file of load.files) file.url = file.url.replace(server.origin, '');
		load.url = load.url.replace(server.origin, '');
		await page.waitForTimeout(1000);
		const cdp = await context.newCDPSession(page);
		const heap = await heapAfterGc(cdp);
		return { ...load, heapAfterLoad: heap };
	} finally {
		await context.close();
	}
}

results.firstLoad = {
	'/': await step('first load of /', () => firstLoad('/')),
	event: await step(`first load of ${config.eventPath}`, async () => {
		const found = [...server.files.keys()].filter((path) => path.startsWith('/events/'));
		const result = await firstLoad(config.eventPath);
		return 'skipped' in result
			? { ...result, path: config.eventPath, otherEventPages: found.length }
			: { ...result, path: config.eventPath };
	})
};

results.interaction = await step('scrub and hover on /', async () => {
	const context = await browser.newContext({ viewport });
	try {
		const page = await context.newPage();
		await page.goto(server.origin + '/', { waitUntil: 'networkidle' });
		await page.waitForTimeout(500);
		const keyboard = await scrubByKeyboard(browser, page, {
			steps: config.scrubSteps,
			floorSteps: Math.min(100, config.scrubSteps)
		});
		log(`  keyboard scrub: ${keyboard.measured} date changes`);
		const pointer = await scrubByPointer(browser, page, { steps: config.scrubSteps });
		log(`  pointer scrub: ${pointer.measured} date changes`);
		// Hover on the default view (the last day, whose tooltips list the most), not wherever the
		// scrubbing left the date.
		await page.goto(server.origin + '/', { waitUntil: 'networkidle' });
		await page.waitForTimeout(500);
		const hover = await hoverCountries(browser, page, { hovers: config.hovers });
		log(`  hover: ${hover.hovers} hovers over ${hover.countries} countries`);
		// The period view (1 January 2005 to the end): the end date scrubbed, the joins hovered.
		const open = async () => {
			await page.goto(server.origin + PERIOD_VIEW, { waitUntil: 'networkidle' });
			await page.waitForTimeout(500);
		};
		await open();
		const periodKeyboard = await scrubByKeyboard(browser, page, {
			steps: config.scrubSteps,
			floorSteps: 10
		});
		const periodPointer = await scrubByPointer(browser, page, { steps: config.scrubSteps });
		await open();
		const periodHover = await hoverCountries(browser, page, { hovers: config.hovers });
		log(`  period view: ${periodKeyboard.measured} + ${periodPointer.measured} date changes`);
		return {
			keyboard,
			pointer,
			hover,
			period: { keyboard: periodKeyboard, pointer: periodPointer, hover: periodHover }
		};
	} finally {
		await context.close();
	}
});

results.playback = await step(
	`playback on / (play-through ≤ ${config.playThroughMaxSeconds} s, ${config.playbackMinutes} min in all)`,
	async () => {
		const context = await browser.newContext({ viewport });
		try {
			const page = await context.newPage();
			await page.goto(server.origin + '/', { waitUntil: 'networkidle' });
			await page.waitForTimeout(1000);
			const cdp = await context.newCDPSession(page);
			const heapAfterLoad = await heapAfterGc(cdp);
			const playStart = Date.now();
			const through = await playThrough(page, { maxSeconds: config.playThroughMaxSeconds });
			log(
				`  play-through: ${through.completed ? 'reached the end' : 'stopped at the limit'} after ${through.elapsed} s, ${through.fps} fps`
			);
			// Heap once warmed up (after the play-through): separates warm-up from steady growth.
			const heapAfterPlayThrough = await heapAfterGc(cdp);
			const remaining = config.playbackMinutes * 60 - (Date.now() - playStart) / 1000;
			const kept = await keepPlaying(page, Math.max(0, remaining));
			const playedSeconds = Math.round((Date.now() - playStart) / 1000);
			await page.waitForTimeout(1000);
			const heapAfterPlayback = await heapAfterGc(cdp);
			return {
				playThrough: through,
				memory: {
					heapAfterLoad,
					heapAfterPlayThrough,
					heapAfterPlayback,
					growth: heapAfterPlayback - heapAfterLoad,
					growthAfterPlayThrough: heapAfterPlayback - heapAfterPlayThrough,
					playedSeconds,
					restarts: kept.restarts
				}
			};
		} finally {
			await context.close();
		}
	}
);

/**
 * Runs `measure` on a fresh page of `path` that accepts downloads (the export steps).
 * @template T
 * @param {string} path
 * @param {(page: import('@playwright/test').Page) => Promise<T>} measure
 */
async function onDownloadingPage(path, measure) {
	const context = await browser.newContext({ viewport, acceptDownloads: true });
	try {
		const page = await context.newPage();
		await page.goto(server.origin + path, { waitUntil: 'networkidle' });
		return await measure(page);
	} finally {
		await context.close();
	}
}

results.imageExport = await step('image export on / (PNG, PNG for print, SVG)', () =>
	onDownloadingPage('/?date=2005-04-27&country=KOR', (page) =>
		measureImageExport(page, { runs: 5 })
	)
);

results.animationExport = await step('animated export of 2003–2006 on / (WebM, GIF)', () =>
	onDownloadingPage('/', measureAnimationExport)
);

await browser.close();

results.lighthouse = await step(`Lighthouse (mobile) on / × ${config.lighthouseRuns}`, () =>
	runLighthouse(server.origin + '/', { runs: config.lighthouseRuns })
);
await server.close();
results.machine.loadAverageAtEnd = Math.round(loadavg()[0] * 100) / 100;
results.durationSeconds = Math.round((Date.now() - started) / 1000);

// 3. Budgets and the table.
/** @typedef {{ section: string, name: string, value: string, budget: string, pass: boolean | null }} Line */
/** @type {Line[]} */
const lines = [];
/**
 * @param {string} section
 * @param {string} name
 * @param {string} value
 * @param {string} [budget]
 * @param {boolean | null} [pass]
 */
const line = (section, name, value, budget = '', pass = null) =>
	lines.push({ section, name, value, budget, pass });
/** @param {number | null} value */
const ms = (value) => (value !== null && Number.isFinite(value) ? `${value.toFixed(2)} ms` : 'n/a');
/** @param {number} value */
const mb = (value) => `${(value / MB).toFixed(2)} MB`;
/** @param {number} value */
const signedMb = (value) => `${value >= 0 ? '+' : '−'}${mb(Math.abs(value))}`;
/** @param {string} section @param {string} name @param {{ error: string }} result */
const errorLine = (section, name, result) =>
	line(section, name, `ERROR: ${result.error}`, '', false);

for (const [key, label] of [
	['/', '/'],
	['event', config.eventPath]
]) {
	const load = results.firstLoad[key];
	const section = `First load ${label}`;
	if (failed(load)) {
		errorLine(section, 'transfer', load);
		continue;
	}
	if ('skipped' in load) {
		line(section, 'transfer', `skipped (${load.skipped}: page not built yet)`);
		continue;
	}
	for (const [type, name] of Object.entries(BYTE_TYPES)) {
		const sum = load.byType[type];
		if (sum.count > 0)
			line(section, `${name} (${sum.count})`, `${kb(sum.gzip)} gzip, ${kb(sum.raw)} raw`);
	}
	const isHome = key === '/';
	line(
		section,
		`total (${load.total.count} responses)`,
		`${kb(load.total.gzip)} gzip, ${kb(load.total.raw)} raw`,
		isHome ? `≤ ${kb(BUDGETS.firstLoadGzip)} gzip` : '',
		isHome ? load.total.gzip <= BUDGETS.firstLoadGzip : null
	);
	if (!isHome)
		line(
			section,
			'JS heap after load',
			mb(load.heapAfterLoad),
			`≤ ${mb(BUDGETS.heapAfterLoad)}`,
			load.heapAfterLoad <= BUDGETS.heapAfterLoad
		);
}

const clock = config.clock;
const other = clock === 'cpu' ? 'wall' : 'cpu';
/**
 * "p95 X (median Y) clock · other p95 Z (median W)".
 * @param {{ median: number, p95: number }} main
 * @param {{ median: number, p95: number }} second
 * @param {string} secondName
 */
const timing = (main, second, secondName) =>
	`p95 ${ms(main.p95)} (median ${ms(main.median)}) ${clock} · ${secondName} p95 ${ms(second.p95)} (median ${ms(second.median)})`;
const INTERACTION = 'Interaction / (main-thread time per change)';
if (failed(results.interaction)) errorLine(INTERACTION, 'scrub and hover', results.interaction);
else {
	const { keyboard, pointer, hover } = results.interaction;
	const required = Math.min(500, config.scrubSteps);
	for (const [name, run] of [
		['scrub by keyboard', keyboard],
		['scrub by pointer drag', pointer]
	]) {
		const enough = run.measured >= required;
		line(
			INTERACTION,
			`${name} (${run.measured} changes${enough ? '' : `, < ${required}`})`,
			timing(run[clock], run[other], other),
			`p95 ≤ ${BUDGETS.scrubP95Ms} ms`,
			enough && run[clock].p95 <= BUDGETS.scrubP95Ms
		);
		line(
			INTERACTION,
			'  style+layout / paint, median',
			`${ms(run.styleLayout.median)} / ${ms(run.paint.median)} wall`
		);
		if (run === keyboard)
			line(
				INTERACTION,
				`  floor: a key the slider ignores (${keyboard.floor.measured})`,
				`p95 ${ms(keyboard.floor[clock].p95)} (median ${ms(keyboard.floor[clock].median)}) ${clock}`
			);
	}
	const { period } = results.interaction;
	for (const [name, run] of [
		['period view: scrub by keyboard', period.keyboard],
		['period view: scrub by pointer drag', period.pointer]
	]) {
		line(
			INTERACTION,
			`${name} (${run.measured} changes)`,
			timing(run[clock], run[other], other),
			`p95 ≤ ${BUDGETS.scrubP95Ms} ms`,
			run.measured >= Math.min(100, config.scrubSteps) && run[clock].p95 <= BUDGETS.scrubP95Ms
		);
	}
	const periodHover = clock === 'cpu' ? period.hover.cpu : period.hover.latency;
	line(
		INTERACTION,
		`period view: hover → tooltip painted (${period.hover.measured} hovers)`,
		timing(
			periodHover,
			clock === 'cpu' ? period.hover.latency : period.hover.cpu,
			clock === 'cpu' ? 'latency' : 'cpu'
		),
		`p95 ≤ ${BUDGETS.hoverP95Ms} ms`,
		period.hover.measured >= Math.min(100, config.hovers) && periodHover.p95 <= BUDGETS.hoverP95Ms
	);
	const hoverMain = clock === 'cpu' ? hover.cpu : hover.latency;
	line(
		INTERACTION,
		`hover → tooltip painted (${hover.measured} hovers, ${hover.countries} countries)`,
		timing(
			hoverMain,
			clock === 'cpu' ? hover.latency : hover.cpu,
			clock === 'cpu' ? 'latency' : 'cpu'
		),
		`p95 ≤ ${BUDGETS.hoverP95Ms} ms`,
		hover.measured >= Math.min(100, config.hovers) && hoverMain.p95 <= BUDGETS.hoverP95Ms
	);
}

if (failed(results.imageExport)) errorLine('Image export /', 'PNG and SVG', results.imageExport);
else {
	for (const [format, result] of Object.entries(results.imageExport)) {
		line(
			'Image export /',
			`${format}: press → download (5 runs; the first, loading the code: ${ms(result.first)})`,
			`median ${ms(result.times.median)}, max ${ms(result.times.max)}; longest task ${ms(result.longestTask)}`
		);
	}
}

if (failed(results.animationExport))
	errorLine('Animated export /', 'WebM and GIF', results.animationExport);
else {
	for (const [format, result] of Object.entries(results.animationExport)) {
		line(
			'Animated export /',
			`${format}, 2003–2006 (${result.frames} frames): Export → download`,
			`${result.seconds.toFixed(1)} s, ${(result.bytes / 1024 ** 2).toFixed(1)} MB; longest task ${ms(result.longestTask)}`,
			'no task > 50 ms',
			result.longestTask <= 50
		);
	}
}

if (failed(results.playback)) errorLine('Playback /', 'play-through and memory', results.playback);
else {
	const { playThrough: through, memory } = results.playback;
	const how = through.completed ? 'to the end' : `cut at ${config.playThroughMaxSeconds} s`;
	line(
		'Playback /',
		`play-through (${how}, ${through.seconds} s)`,
		`${through.fps} fps; ${through.droppedFrames} of ${through.frames} frames > 25 ms, worst ${ms(through.interval.max)}`,
		`≥ ${BUDGETS.playbackFps} fps`,
		through.fps >= BUDGETS.playbackFps
	);
	line(
		'Memory / (JS heap after GC)',
		'after load',
		mb(memory.heapAfterLoad),
		`≤ ${mb(BUDGETS.heapAfterLoad)}`,
		memory.heapAfterLoad <= BUDGETS.heapAfterLoad
	);
	line(
		'Memory / (JS heap after GC)',
		'after the play-through',
		`${mb(memory.heapAfterPlayThrough)} (${signedMb(memory.heapAfterPlayThrough - memory.heapAfterLoad)})`
	);
	const allowed = Math.max(
		BUDGETS.heapGrowth.bytes,
		BUDGETS.heapGrowth.share * memory.heapAfterLoad
	);
	// Growth is judged from the end of the first play-through: that pass warms up once-only
	// memory (compiled code, memoised date words); a leak shows as growth after it.
	line(
		'Memory / (JS heap after GC)',
		`after ${(memory.playedSeconds / 60).toFixed(1)} min of playback (${memory.restarts} restarts)`,
		`${mb(memory.heapAfterPlayback)} (${signedMb(memory.growth)} since load, ${signedMb(memory.growthAfterPlayThrough)} since the play-through)`,
		`growth after warm-up ≤ ${mb(allowed)}`,
		memory.growthAfterPlayThrough <= allowed
	);
}

const LIGHTHOUSE = 'Lighthouse / (mobile, simulated throttling)';
if (failed(results.lighthouse)) errorLine(LIGHTHOUSE, 'run', results.lighthouse);
else {
	const { scores, metrics, performanceRuns } = results.lighthouse;
	for (const [category, minimum] of Object.entries(BUDGETS.lighthouse)) {
		const score = scores[category];
		const runs =
			category === 'performance' && performanceRuns.length > 1
				? ` (median of ${performanceRuns.join(', ')})`
				: '';
		line(
			LIGHTHOUSE,
			category,
			`${score ?? 'n/a'}${runs}`,
			minimum === 100 ? '100' : `≥ ${minimum}`,
			score !== null && score >= minimum
		);
	}
	line(LIGHTHOUSE, 'LCP / FCP', `${ms(metrics.lcp)} / ${ms(metrics.fcp)}`);
	line(LIGHTHOUSE, 'TBT', ms(metrics.tbt));
	const cls = metrics.cls === null ? null : Math.round(metrics.cls * 1000) / 1000;
	line(LIGHTHOUSE, 'CLS', cls === null ? 'n/a' : cls.toFixed(3), '0', cls === BUDGETS.cls);
}

const METHOD = {
	firstLoad:
		'Every response of a fresh page until the network is idle 500 ms; raw = decoded body, gzip = gzip -9 of the body (text types; binary counts raw).',
	scrub:
		'Real input (Playwright keys; drags via CDP Input.dispatchMouseEvent), one change at a time, 35 ms apart. Chromium trace of the renderer main thread: the top-level tasks from the task that dispatched the input to the one that dispatched the next input (listeners, microtasks, timers and the frames rendered). cpu = thread time, wall = task duration; idle time not counted.',
	hover:
		'On a fresh load of / (the default view, the last day). Pointer from off the map onto a point inside a country; from the pointerover dispatch to the end of the first task that painted (latency, wall) and the main-thread time of the tasks in between (cpu); counted only when the tooltip then names the country.',
	playback:
		'requestAnimationFrame timestamps in the page from pressing Play until it returns to Play (or the limit); dropped = frame intervals > 25 ms.',
	memory:
		'CDP Runtime.getHeapUsage (used) after HeapProfiler.collectGarbage ×3; after load, after the play-through and after the whole playback.',
	lighthouse: 'Lighthouse 12 default (mobile) config, median run by performance score.'
};
results.method = METHOD;
results.lines = lines;
results.passed = lines.every((entry) => entry.pass !== false);
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, '\t') + '\n');

// Per-file breakdown of the first load of /.
const home = results.firstLoad['/'];
if (!failed(home) && !('skipped' in home)) {
	console.log(`\nFirst load of / by file (gzip -9 computed from the bodies; 1 KB = 1024 B):\n`);
	console.log(formatFirstLoad(home));
}

const widths = {
	name: Math.max(...lines.map((entry) => entry.name.length)),
	value: Math.max(...lines.map((entry) => entry.value.length)),
	budget: Math.max(6, ...lines.map((entry) => entry.budget.length))
};
console.log(
	`\nBenchmark — ${results.commit}, Chromium ${chromiumVersion}, ${cpus().length} CPUs, load ${results.machine.loadAverageAtStart} → ${results.machine.loadAverageAtEnd}, ${results.durationSeconds} s`
);
let section = '';
for (const entry of lines) {
	if (entry.section !== section) {
		section = entry.section;
		console.log(`\n${section}`);
	}
	const verdict = entry.pass === null ? '' : entry.pass ? 'PASS' : 'FAIL';
	console.log(
		`  ${entry.name.padEnd(widths.name)}  ${entry.value.padEnd(widths.value)}  ${entry.budget.padEnd(widths.budget)}  ${verdict}`.trimEnd()
	);
}
console.log('\nMethods:');
for (const [name, text] of Object.entries(METHOD)) console.log(`  ${name}: ${text}`);
const failures = lines.filter((entry) => entry.pass === false).length;
console.log(
	`\n${failures === 0 ? 'All budgets pass.' : `${failures} budget line(s) FAIL.`} Scrub and hover budgets judge main-thread ${clock} time (BENCH_CLOCK). Results: bench/results.json`
);
if (
	results.machine.loadAverageAtStart > cpus().length ||
	results.machine.loadAverageAtEnd > cpus().length
)
	console.log(
		'Note: the machine was busy (load average above the CPU count); wall times are inflated.'
	);
process.exit(strict && failures > 0 ? 1 : 0);
