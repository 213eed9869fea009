/**
 * The animation export's worker: draws each frame of the scene on an `OffscreenCanvas`
 * (`render.ts`) and writes the file (`gif.ts` or `webm.ts`), reporting its progress, so the page
 * stays free while it works. The page cancels by terminating it.
 */
import { GifWriter } from './gif';
import type { AnimationJob, WorkerReport } from './protocol';
import { drawPicture, scenePaths } from './render';
import { WebmWriter } from './webm';

const scope = self as unknown as Worker;
const report = (message: WorkerReport) => scope.postMessage(message);

/** The files' media types. */
const MIME = { webm: 'video/webm', gif: 'image/gif' } as const;

/** How often progress is reported, in ms. */
const PROGRESS_EVERY_MS = 100;

async function make({ format, scene, background }: AnimationJob): Promise<Uint8Array<ArrayBuffer>> {
	const { width, height, frames } = scene;
	const canvas = new OffscreenCanvas(width, height);
	const context = canvas.getContext('2d', { willReadFrequently: format === 'gif' });
	if (!context) throw new Error('No 2D canvas in this worker');
	const paths = scenePaths(scene);
	const gif = format === 'gif' ? new GifWriter(width, height, scene.fps, scene.keyColors) : null;
	const webm = format === 'webm' ? new WebmWriter(width, height, scene.fps) : null;
	let shown = -1;
	let reported = 0;
	for (let frame = 0; frame < frames.length; frame++) {
		const picture = frames[frame];
		const same = picture === shown;
		if (!same) drawPicture(context, scene, paths, background, scene.pictures[picture]);
		shown = picture;
		if (gif) gif.add(same ? null : context.getImageData(0, 0, width, height).data);
		if (webm) await webm.add(canvas);
		const now = performance.now();
		if (now - reported >= PROGRESS_EVERY_MS) {
			reported = now;
			report({ type: 'progress', done: frame + 1, total: frames.length });
		}
	}
	report({ type: 'progress', done: frames.length, total: frames.length });
	return gif ? gif.finish() : webm!.finish();
}

scope.onmessage = async (event: MessageEvent<AnimationJob>) => {
	try {
		const bytes = await make(event.data);
		// The file is made here: the page only saves it (copying megabytes would hold it up).
		report({ type: 'done', file: new Blob([bytes], { type: MIME[event.data.format] }) });
	} catch (error) {
		report({ type: 'failed', message: error instanceof Error ? error.message : String(error) });
	}
};
