/**
 * Makes an animated export of a period and saves it: gathers the still background (the image's
 * composition, `viewImage.ts`, with the countries without data), the scene (`scene.ts`) from the
 * explorer's data and layout, and hands both to a worker that draws and encodes the frames, so
 * the page stays usable; reports progress and can be cancelled. Nothing leaves the browser. The
 * share menu loads this module when a reader asks for an animation, never before.
 */
import { mapLayers } from '$lib/components/WorldMap/layers';
import { HEIGHT, WIDTH, outline } from '$lib/map/geometry';
import {
	countryShapes,
	layersMarkup,
	paletteOf,
	save,
	svgCanvas,
	type ImageTheme
} from '../download';
import { viewImageSvg } from '../viewImage';
import type { AnimationFormat, AnimationJob, WorkerReport } from './protocol';
import { sceneSteps } from './scene';
import {
	animationFileName,
	dayReader,
	framesOf,
	stillWords,
	type AnimationPeriod,
	type AnimationSource
} from './source';

/** What an export asks for. */
export interface AnimationRequest {
	period: AnimationPeriod;
	format: AnimationFormat;
	theme: ImageTheme;
	/** The footer's source line, in the page's language. */
	footer: string;
}

/** A finished export: the saved file's name and size in bytes, and its number of frames. */
export interface AnimationResult {
	name: string;
	bytes: number;
	frames: number;
}

/** A running export. */
export interface AnimationRun {
	/** Settles when the file is saved; rejects with an `AbortError` when cancelled. */
	finished: Promise<AnimationResult>;
	cancel: () => void;
}

const noClass = () => '';

/**
 * Starts an export of `request.period`.
 * @param host an element inside the explorer (the palette reads the tokens it inherits)
 * @param onProgress called with the frames done and the total, as the worker goes
 */
export function startAnimation(
	source: AnimationSource,
	request: AnimationRequest,
	host: Element,
	onProgress: (done: number, total: number) => void
): AnimationRun {
	let worker: Worker | null = null;
	let cancelled = false;
	/** The file is saved: from then on the run cannot be cancelled, only settle. */
	let saved = false;
	let rejectRun: (reason: unknown) => void = () => {};
	const cancel = () => {
		if (saved) return;
		cancelled = true;
		worker?.terminate();
		rejectRun(new DOMException('The export was cancelled', 'AbortError'));
	};
	const finished = new Promise<AnimationResult>((resolve, reject) => {
		rejectRun = reject;
		void prepare(source, request, host).then((job) => {
			if (cancelled) return;
			const frames = job.scene.frames.length;
			worker = new Worker(new URL('./frames.worker.ts', import.meta.url), { type: 'module' });
			const fail = (message: string) => {
				worker?.terminate();
				reject(new Error(message));
			};
			worker.onmessage = ({ data }: MessageEvent<WorkerReport>) => {
				if (data.type === 'progress') onProgress(data.done, data.total);
				else if (data.type === 'failed') fail(data.message);
				else {
					worker?.terminate();
					const name = animationFileName(request.period, request.format, request.theme);
					save(data.file, name);
					saved = true;
					// The page's answer (the panel's next state) in a task of its own: the browser's
					// taking the file already makes this one long.
					void nextTask().then(() => resolve({ name, bytes: data.file.size, frames }));
				}
			};
			worker.onerror = (event) => fail(event.message || 'The export worker failed');
			worker.postMessage(job, [job.background, job.scene.frames.buffer]);
		}, reject);
	});
	return { finished, cancel };
}

/** A promise that settles in a task of its own, after what the page has waiting. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve));

/** How long the page works on a scene before it lets other work run, in ms. */
const SLICE_MS = 8;

/** Runs `steps` to their end in slices of about {@link SLICE_MS}, letting the page work between. */
async function inSlices<T>(steps: Generator<void, T>): Promise<T> {
	let sliceStart = performance.now();
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
		if (performance.now() - sliceStart > SLICE_MS) {
			await nextTask();
			sliceStart = performance.now();
		}
	}
}

/** The worker's job: the still background and the scene, from the explorer's data and layout. */
async function prepare(
	source: AnimationSource,
	request: AnimationRequest,
	host: Element
): Promise<AnimationJob> {
	const { period, theme } = request;
	const places = source.places;
	const shapes = await countryShapes(source.shapesUrl);
	const layers = mapLayers(shapes, places, new Set(places.map((place) => place.id)));
	await nextTask();
	const palette = paletteOf(theme, host, 'day');
	const mapSize = { width: WIDTH, height: HEIGHT };
	const still = viewImageSvg({
		...stillWords(source, period, request.footer),
		mapMarkup: layersMarkup({
			layers: { inert: layers.inert, countries: [], dots: [] },
			dimmed: false,
			selected: null,
			fillOf: noClass,
			outlineOf: noClass,
			labelOf: noClass
		}),
		seaPath: outline,
		mapSize,
		palette
	});
	// Each step its own task: drawing the still SVG alone takes about 30 ms.
	await nextTask();
	const canvas = await svgCanvas(still);
	await nextTask();
	const background = await createImageBitmap(canvas);
	const scene = await inSlices(
		sceneSteps({
			frames: framesOf(source, period),
			layers,
			mapSize,
			dayOn: dayReader(source),
			palette
		})
	);
	return { format: request.format, scene, background };
}
