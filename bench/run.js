/**
 * `npm run bench`: builds the site, serves `build/`, measures the explorer (`/`) and one event page
 * in Chromium, prints a table with a PASS/FAIL per budget and writes `bench/results.json`.
 *
 * Flags: `--strict` exits non-zero when a budget fails (otherwise the exit code is 0: it is a
 * report); `--no-build` measures the existing `build/`.
 * Environment: BENCH_PLAYBACK_MINUTES (5), BENCH_SCRUB_STEPS (500), BENCH_HOVERS (100),
 * BENCH_PLAYTHROUGH_MAX_SECONDS (60), BENCH_LIGHTHOUSE_RUNS (3), BENCH_CLOCK (`cpu` or `wall`: which
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
import { formatFirstLoad, kb, measureFirstLoad } from './bytes.js';
import { hoverCountries, scrubByKeyboard, scrubByPointer } from './interact.js';
import { runLighthouse } from './lighthouse.js';
import { heapAfterGc, keepPlaying, playThrough } from './playback.js';
import { serveStatic } from './serve.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const strict = args.includes('--strict');

/** @param {string} name @param {number} fallback */
const numberFromEnv = (name, fallback) => {
	const value = Number(process.env[name]);
	return process.env[name] && Number.isFinite(value) && value >= 0 ? value : fallback;
};
const config = {
	playbackMinutes: numberFromEnv('BENCH_PLAYBACK_MINUTES', 5),
	scrubSteps: Math.max(1, Math.round(numberFromEnv('BENCH_SCRUB_STEPS', 500))),
	hovers: Math.max(1, Math.round(numberFromEnv('BENCH_HOVERS', 100))),
	playThroughMaxSeconds: numberFromEnv('BENCH_PLAYTHROUGH_MAX_SECONDS', 60),
	lighthouseRuns: Math.max(1, Math.round(numberFromEnv('BENCH_LIGHTHOUSE_RUNS', 3))),
	clock: /** @type {'cpu' | 'wall'} */ (process.env.BENCH_CLOCK === 'wall' ? 'wall' : 'cpu'),
	eventPath: process.env.BENCH_EVENT_PATH || '/events/seoul-melbourne-multilateral-mou-2005'
};

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
	const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
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
		const hover = await hoverCountries(browser, page, { hovers: config.hovers });
		log(`  hover: ${hover.hovers} hovers over ${hover.countries} countries`);
		return { keyboard, pointer, hover };
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
			log(`  play-through: ${through.completed ? 'reached the end' : 'stopped at the limit'} after ${through.elapsed} s, ${through.fps} fps`);
			const remaining = config.playbackMinutes * 60 - (Date.now() - playStart) / 1000;
			const kept = await keepPlaying(page, Math.max(0, remaining));
			const playedSeconds = Math.round((Date.now() - playStart) / 1000);
			await page.waitForTimeout(1000);
			const heapAfterPlayback = await heapAfterGc(cdp);
			return {
				playThrough: through,
				memory: {
					heapAfterLoad,
					heapAfterPlayback,
					growth: heapAfterPlayback - heapAfterLoad,
					playedSeconds,
					restarts: kept.restarts
				}
			};
		} finally {
			await context.close();
		}
	}
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
/** @param {number} value */
const ms = (value) => (Number.isFinite(value) ? `${value.toFixed(2)} ms` : 'n/a');
/** @param {number} value */
const mb = (value) => `${(value / MB).toFixed(2)} MB`;

/** @param {string} section @param {string} name @param {{ error: string }} result */
const errorLine = (section, name, result) => line(section, name, `ERROR: ${result.error}`, '', false);

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
	for (const [type, sum] of Object.entries(load.byType)) {
		const total = /** @type {{ count: number, raw: number, gzip: number }} */ (sum);
		if (total.count > 0)
			line(section, `${type} (${total.count} files)`, `${kb(total.raw)} raw, ${kb(total.gzip)} gzip`);
	}
	const isHome = key === '/';
	line(
		section,
		'total, gzip',
		`${kb(load.total.gzip)} (${kb(load.total.raw)} raw, ${load.total.count} files)`,
		isHome ? `≤ ${kb(BUDGETS.firstLoadGzip)}` : '',
		isHome ? load.total.gzip <= BUDGETS.firstLoadGzip : null
	);
	if (!isHome)
		line(section, 'JS heap after load', mb(load.heapAfterLoad), `≤ ${mb(BUDGETS.heapAfterLoad)}`, load.heapAfterLoad <= BUDGETS.heapAfterLoad);
}

const clock = config.clock;
const other = clock === 'cpu' ? 'wall' : 'cpu';
if (failed(results.interaction)) errorLine('Interaction /', 'scrub and hover', results.interaction);
else {
	const { keyboard, pointer, hover } = results.interaction;
	for (const [name, run] of [
		['scrub, keyboard (ArrowRight)', keyboard],
		['scrub, pointer drag on axis', pointer]
	]) {
		const p95 = run[clock].p95;
		line(
			'Interaction /',
			`${name}, ${run.measured} changes`,
			`median ${ms(run[clock].median)}, p95 ${ms(p95)} ${clock} (${other}: ${ms(run[other].median)} / ${ms(run[other].p95)})`,
			`p95 ≤ ${BUDGETS.scrubP95Ms} ms`,
			run.measured >= Math.min(500, config.scrubSteps) && p95 <= BUDGETS.scrubP95Ms
		);
		line(
			'Interaction /',
			'  of which style+layout / paint (median)',
			`${ms(run.styleLayout.median)} / ${ms(run.paint.median)} wall`
		);
	}
	line(
		'Interaction /',
		`  key press floor (ignored key), ${keyboard.floor.measured}`,
		`median ${ms(keyboard.floor[clock].median)}, p95 ${ms(keyboard.floor[clock].p95)} ${clock}`
	);
	const p95 = clock === 'cpu' ? hover.cpu.p95 : hover.latency.p95;
	line(
		'Interaction /',
		`hover → tooltip painted, ${hover.measured} hovers / ${hover.countries} countries`,
		clock === 'cpu'
			? `median ${ms(hover.cpu.median)}, p95 ${ms(hover.cpu.p95)} cpu (wall latency: ${ms(hover.latency.median)} / ${ms(hover.latency.p95)})`
			: `median ${ms(hover.latency.median)}, p95 ${ms(hover.latency.p95)} wall (cpu: ${ms(hover.cpu.median)} / ${ms(hover.cpu.p95)})`,
		`p95 ≤ ${BUDGETS.hoverP95Ms} ms`,
		hover.measured >= Math.min(100, config.hovers) && p95 <= BUDGETS.hoverP95Ms
	);
}

if (failed(results.playback)) errorLine('Playback /', 'play-through and memory', results.playback);
else {
	const { playThrough: through, memory } = results.playback;
	line(
		'Playback /',
		`play-through (${through.completed ? 'to the end' : `stopped at ${config.playThroughMaxSeconds} s limit`}, ${through.seconds} s)`,
		`${through.fps} fps, ${through.droppedFrames} dropped (> 25 ms) of ${through.frames} frames, worst ${ms(through.interval.max)}`,
		`≥ ${BUDGETS.playbackFps} fps`,
		through.fps >= BUDGETS.playbackFps
	);
	line('Memory /', 'JS heap after load (after GC)', mb(memory.heapAfterLoad), `≤ ${mb(BUDGETS.heapAfterLoad)}`, memory.heapAfterLoad <= BUDGETS.heapAfterLoad);
	const allowed = Math.max(BUDGETS.heapGrowth.bytes, BUDGETS.heapGrowth.share * memory.heapAfterLoad);
	line(
		'Memory /',
		`JS heap after ${(memory.playedSeconds / 60).toFixed(1)} min playback (${memory.restarts} restarts)`,
		`${mb(memory.heapAfterPlayback)} (growth ${memory.growth >= 0 ? '+' : ''}${mb(memory.growth)})`,
		`growth ≤ ${mb(allowed)}`,
		memory.growth <= allowed
	);
}

if (failed(results.lighthouse)) errorLine('Lighthouse / (mobile)', 'run', results.lighthouse);
else {
	const { scores, metrics, performanceRuns } = results.lighthouse;
	for (const [category, minimum] of Object.entries(BUDGETS.lighthouse)) {
		const score = scores[category];
		line(
			'Lighthouse / (mobile)',
			category + (category === 'performance' && performanceRuns.length > 1 ? ` (median of ${performanceRuns.join(', ')})` : ''),
			String(score ?? 'n/a'),
			minimum === 100 ? '100' : `≥ ${minimum}`,
			score !== null && score >= minimum
		);
	}
	line('Lighthouse / (mobile)', 'LCP', ms(metrics.lcp));
	line('Lighthouse / (mobile)', 'TBT', ms(metrics.tbt));
	const cls = metrics.cls === null ? null : Math.round(metrics.cls * 1000) / 1000;
	line('Lighthouse / (mobile)', 'CLS', cls === null ? 'n/a' : cls.toFixed(3), '0', cls === BUDGETS.cls);
}

results.lines = lines;
results.passed = lines.every((entry) => entry.pass !== false);
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify(results, null, '\t') + '\n');

// Per-file breakdown of the first load of /.
const home = results.firstLoad['/'];
if (!failed(home) && !('skipped' in home)) {
	console.log(`\nFirst load of / by file (gzip -9 computed from the bodies; 1 KB = 1024 B):\n`);
	console.log(formatFirstLoad(home).replaceAll(server.origin, ''));
}

const widths = {
	name: Math.max(...lines.map((entry) => entry.name.length)),
	value: Math.max(...lines.map((entry) => entry.value.length)),
	budget: Math.max(6, ...lines.map((entry) => entry.budget.length))
};
console.log(`\nBenchmark — ${results.commit}, Chromium ${chromiumVersion}, ${cpus().length} CPUs, load ${results.machine.loadAverageAtStart} → ${results.machine.loadAverageAtEnd}, ${results.durationSeconds} s`);
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
const failures = lines.filter((entry) => entry.pass === false).length;
console.log(
	`\n${failures === 0 ? 'All budgets pass.' : `${failures} budget line(s) FAIL.`} Scrub and hover budgets judge main-thread ${clock} time (BENCH_CLOCK). Results: bench/results.json`
);
if (results.machine.loadAverageAtStart > cpus().length || results.machine.loadAverageAtEnd > cpus().length)
	console.log('Note: the machine was busy (load average above the CPU count); wall times are inflated.');
process.exit(strict && failures > 0 ? 1 : 0);
