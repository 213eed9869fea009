/**
 * `npm run bench -- --scale`: how the explorer's cost grows with the number of events. Builds the
 * site with 1×, 10× and 100× today's events (synthetic copies with the same countries, realistic
 * dates and participant counts: `ATLAS_SCALE`, see src/lib/data/synthetic.ts; built into a
 * temporary directory, never shipped), and for each prints the first load of `/` in bytes, the
 * timeline's label placement time (vitest bench, `bench/labels.bench.ts`), and scrub (keyboard and
 * pointer) and hover p95 in the day view and in a period view. Writes `bench/scale-results.json`.
 * Budget: at 100×, scrub p95 ≤ 8 ms (no work per date step that grows with all events).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.js';
import { kb, measureFirstLoad } from './bytes.js';
import { hoverCountries, scrubByKeyboard, scrubByPointer } from './interact.js';
import { serveStatic } from './serve.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const SCALES = [1, 10, 100];
const STEPS = Number(process.env.BENCH_SCALE_STEPS) || 200;
const HOVERS = Number(process.env.BENCH_SCALE_HOVERS) || 50;
const SCRUB_P95_AT_100X_MS = 8;
const PERIOD_VIEW = '/?from=2005-01-01';
const viewport = { width: 1280, height: 900 };

/** @param {string} message */
const log = (message) => console.log(`[bench --scale] ${message}`);

/** Label placement per scale, from vitest's benchmark (mean and p99 in ms). */
function labelPlacement() {
	const out = join(mkdtempSync(join(tmpdir(), 'atlas-labels-')), 'labels.json');
	const run = spawnSync(
		'npx',
		['vitest', 'bench', '--run', 'bench/labels.bench.ts', '--outputJson', out],
		{ cwd: ROOT, encoding: 'utf8' }
	);
	if (run.status !== 0) throw new Error(`vitest bench failed:\n${run.stderr.slice(-2000)}`);
	const report = JSON.parse(readFileSync(out, 'utf8'));
	/** @type {Record<number, { mean: number, p99: number }>} */
	const byScale = {};
	for (const file of report.files)
		for (const group of file.groups)
			for (const result of group.benchmarks) {
				const scale = Number(/^(\d+)×/.exec(result.name)?.[1]);
				byScale[scale] = { mean: result.mean, p99: result.p99 };
			}
	return byScale;
}

/** Builds the site with `scale`× events into a temporary directory; returns the directory. */
function build(scale) {
	const dir = mkdtempSync(join(tmpdir(), `atlas-scale-${scale}-`));
	log(`building ${scale}× into ${dir}…`);
	const result = spawnSync('npm', ['run', 'build'], {
		cwd: ROOT,
		encoding: 'utf8',
		env: { ...process.env, ATLAS_SCALE: String(scale), ATLAS_BUILD_DIR: dir }
	});
	if (result.status !== 0)
		throw new Error(`build ${scale}× failed:\n${result.stderr.slice(-2000)}`);
	return dir;
}

/**
 * Scrub (keyboard, pointer) and hover on one view of a served build: p95 and median of the
 * main-thread CPU time per change.
 * @param {import('@playwright/test').Browser} browser
 * @param {string} url
 */
async function interact(browser, url) {
	const context = await browser.newContext({ viewport });
	try {
		const page = await context.newPage();
		const open = async () => {
			await page.goto(url, { waitUntil: 'networkidle' });
			await page.waitForTimeout(500);
		};
		await open();
		const keyboard = await scrubByKeyboard(browser, page, { steps: STEPS, floorSteps: 10 });
		const pointer = await scrubByPointer(browser, page, { steps: STEPS });
		await open();
		const hover = await hoverCountries(browser, page, { hovers: HOVERS });
		return { keyboard: keyboard.cpu, pointer: pointer.cpu, hover: hover.cpu };
	} finally {
		await context.close();
	}
}

const labels = labelPlacement();
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
/** @type {Record<string, any>[]} */
const rows = [];
for (const scale of SCALES) {
	const dir = build(scale);
	const server = await serveStatic(dir);
	try {
		const context = await browser.newContext({ viewport });
		const load = await measureFirstLoad(await context.newPage(), server.origin + '/');
		await context.close();
		log(`${scale}×: first load ${kb(load.total.gzip)} gzip; measuring the day view…`);
		const day = await interact(browser, server.origin + '/');
		log(`${scale}×: measuring the period view…`);
		const period = await interact(browser, server.origin + PERIOD_VIEW);
		rows.push({ scale, firstLoadGzip: load.total.gzip, labels: labels[scale], day, period });
	} finally {
		await server.close();
		rmSync(dir, { recursive: true, force: true });
	}
}
await browser.close();

/** @param {number} value */
const ms = (value) => `${value.toFixed(2)} ms`;
console.log(
	`\nHow cost grows with the number of events (p95 of main-thread CPU per change; ${STEPS} scrub steps, ${HOVERS} hovers):\n`
);
const header = [
	'scale',
	'first load',
	'labels (mean)',
	'scrub key',
	'scrub drag',
	'hover',
	'period: key',
	'drag',
	'hover'
];
console.log(header.join(' | '));
for (const row of rows) {
	console.log(
		[
			`${row.scale}×`,
			`${kb(row.firstLoadGzip)} gzip`,
			ms(row.labels.mean),
			ms(row.day.keyboard.p95),
			ms(row.day.pointer.p95),
			ms(row.day.hover.p95),
			ms(row.period.keyboard.p95),
			ms(row.period.pointer.p95),
			ms(row.period.hover.p95)
		].join(' | ')
	);
}
const hundred = rows.find((row) => row.scale === 100);
const worst = hundred
	? Math.max(
			hundred.day.keyboard.p95,
			hundred.day.pointer.p95,
			hundred.period.keyboard.p95,
			hundred.period.pointer.p95
		)
	: NaN;
const pass = worst <= SCRUB_P95_AT_100X_MS;
console.log(
	`\nAt 100×, worst scrub p95 ${ms(worst)} (budget ≤ ${SCRUB_P95_AT_100X_MS} ms): ${pass ? 'PASS' : 'FAIL'}`
);
writeFileSync(
	join(ROOT, 'bench/scale-results.json'),
	JSON.stringify(
		{ date: new Date().toISOString(), steps: STEPS, hovers: HOVERS, rows, pass },
		null,
		'\t'
	) + '\n'
);
