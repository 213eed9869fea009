/**
 * Main-thread time from a Chromium trace (categories `toplevel` and `devtools.timeline`), per input
 * event. The renderer's main thread is the `CrRendererMain` thread that dispatched the events; its
 * top-level tasks (`ThreadControllerImpl::RunTask`) are the unit of work. Wall time (`dur`) and the
 * thread's CPU time (`tdur`, robust to other processes competing for the cores) are both kept.
 */

/** Categories to record with `browser.startTracing`. */
export const TRACE_CATEGORIES = ['toplevel', 'devtools.timeline'];

/**
 * @typedef {object} TraceEvent
 * @property {string} name
 * @property {string} [cat]
 * @property {string} ph
 * @property {number} pid
 * @property {number} tid
 * @property {number} ts µs
 * @property {number} [dur] µs
 * @property {number} [tdur] µs of thread (CPU) time
 * @property {any} [args]
 */

/**
 * @typedef {object} Work
 * @property {number} wall ms of main-thread tasks (wall clock)
 * @property {number} cpu ms of main-thread CPU time in those tasks
 * @property {number} styleLayout ms of style recalculation and layout
 * @property {number} paint ms of pre-paint, paint and layerize
 */

const STYLE_LAYOUT = new Set(['UpdateLayoutTree', 'Layout']);
const PAINT = new Set(['PrePaint', 'Paint', 'Layerize', 'UpdateLayer', 'Commit']);

/**
 * Events sorted by start, keeping only those not nested in an earlier kept one.
 * @param {TraceEvent[]} events complete (`X`) events of one thread
 */
function outermost(events) {
	const sorted = [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
	/** @type {TraceEvent[]} */
	const kept = [];
	let end = -Infinity;
	for (const event of sorted) {
		if (event.ts < end) continue;
		kept.push(event);
		end = event.ts + (event.dur ?? 0);
	}
	return kept;
}

/**
 * Parses a trace and finds the main thread that dispatched `type` events.
 * @param {Buffer | string} buffer what `browser.stopTracing()` returned
 * @param {string} type an event type, e.g. `keydown`
 */
export function parseTrace(buffer, type) {
	const json = JSON.parse(buffer.toString());
	/** @type {TraceEvent[]} */
	const all = Array.isArray(json) ? json : json.traceEvents;
	/** @type {Map<string, number>} */
	const dispatchers = new Map();
	for (const event of all) {
		if (event.name === 'EventDispatch' && event.ph === 'X' && event.args?.data?.type === type) {
			const key = `${event.pid}:${event.tid}`;
			dispatchers.set(key, (dispatchers.get(key) ?? 0) + 1);
		}
	}
	const best = [...dispatchers].sort((a, b) => b[1] - a[1])[0];
	if (!best) return null;
	const [pid, tid] = best[0].split(':').map(Number);
	const events = all.filter((event) => event.pid === pid && event.tid === tid && event.ph === 'X');
	const tasks = outermost(events.filter((event) => event.cat?.split(',').includes('toplevel')));
	const inputs = events
		.filter((event) => event.name === 'EventDispatch' && event.args?.data?.type === type)
		.sort((a, b) => a.ts - b.ts);
	return {
		tasks,
		inputs,
		styleLayout: outermost(events.filter((event) => STYLE_LAYOUT.has(event.name))),
		paint: outermost(events.filter((event) => PAINT.has(event.name)))
	};
}

/** @typedef {NonNullable<ReturnType<typeof parseTrace>>} ParsedTrace */

/**
 * The work of tasks starting in `[from, to)` (µs).
 * @param {ParsedTrace} trace
 * @param {number} from
 * @param {number} to
 * @returns {Work}
 */
export function workBetween(trace, from, to) {
	/** @param {TraceEvent[]} list @param {'dur' | 'tdur'} key */
	const sum = (list, key) =>
		list
			.filter((event) => event.ts >= from && event.ts < to)
			.reduce((total, event) => total + (event[key] ?? event.dur ?? 0), 0) / 1000;
	return {
		wall: sum(trace.tasks, 'dur'),
		cpu: sum(trace.tasks, 'tdur'),
		styleLayout: sum(trace.styleLayout, 'dur'),
		paint: sum(trace.paint, 'dur')
	};
}

/**
 * The top-level task containing time `ts`, or `undefined`.
 * @param {ParsedTrace} trace
 * @param {number} ts
 */
function taskAt(trace, ts) {
	let lo = 0;
	let hi = trace.tasks.length - 1;
	while (lo <= hi) {
		const mid = (lo + hi) >> 1;
		const task = trace.tasks[mid];
		if (task.ts > ts) hi = mid - 1;
		else if (task.ts + (task.dur ?? 0) < ts) lo = mid + 1;
		else return task;
	}
	return undefined;
}

/**
 * Main-thread work per input: from the start of the task that dispatched input `i` to the start of
 * the task that dispatched input `i + 1` (the last one: `tailMs` after its task), so it includes
 * the event's listeners, microtasks, timers and the frames it caused.
 * @param {ParsedTrace} trace
 * @param {number} tailMs
 * @returns {Work[]}
 */
export function workPerInput(trace, tailMs) {
	const starts = trace.inputs.map((input) => taskAt(trace, input.ts)?.ts ?? input.ts);
	return starts.map((start, i) =>
		workBetween(trace, start, starts[i + 1] ?? start + tailMs * 1000)
	);
}

/**
 * For input `i`: the time from its dispatch to the end of the first task (the same one or a later
 * one, before the next input) that painted, and the main-thread work up to then.
 * @param {ParsedTrace} trace
 * @param {number} i
 */
export function timeToPaint(trace, i) {
	const input = trace.inputs[i];
	const start = taskAt(trace, input.ts)?.ts ?? input.ts;
	const next = trace.inputs[i + 1];
	const limit = next ? (taskAt(trace, next.ts)?.ts ?? next.ts) : Infinity;
	const paint = trace.paint.find((event) => event.ts >= input.ts && event.ts < limit);
	if (!paint) return null;
	const frame = taskAt(trace, paint.ts) ?? paint;
	const end = frame.ts + (frame.dur ?? 0);
	return { latency: (end - input.ts) / 1000, work: workBetween(trace, start, end) };
}
