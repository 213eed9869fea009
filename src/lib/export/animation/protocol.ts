/** The messages between the page and the animation export's worker (`frames.worker.ts`). */
import type { AnimationScene } from './scene';

/** The files an animation can be: a WebM video or an animated GIF. */
export type AnimationFormat = 'webm' | 'gif';

/** What the page asks the worker to make. */
export interface AnimationJob {
	format: AnimationFormat;
	scene: AnimationScene;
	/** Everything that stays still, drawn under each frame. */
	background: ImageBitmap;
}

/** What the worker reports: how far it is, the finished file, or why it failed. */
export type WorkerReport =
	| { type: 'progress'; done: number; total: number }
	| { type: 'done'; file: Blob }
	| { type: 'failed'; message: string };
