/**
 * Writes a WebM video frame by frame: the browser's own VP8 encoder (WebCodecs `VideoEncoder`)
 * and `webm-muxer` (MIT, 8.2 KB gzip) to put the encoded frames in a file. A key frame every two
 * seconds, so a reader can seek in it.
 */
import { ArrayBufferTarget, Muxer } from 'webm-muxer';
import { videoConfig } from './video';

/** How many frames may wait in the encoder before `add` waits for it. */
const QUEUE = 8;

/** A WebM video being written, one frame at a time. */
export class WebmWriter {
	readonly #muxer: Muxer<ArrayBufferTarget>;
	readonly #encoder: VideoEncoder;
	readonly #fps: number;
	#failure: Error | null = null;
	#count = 0;

	constructor(width: number, height: number, fps: number) {
		this.#fps = fps;
		this.#muxer = new Muxer({
			target: new ArrayBufferTarget(),
			video: { codec: 'V_VP8', width, height, frameRate: fps }
		});
		this.#encoder = new VideoEncoder({
			output: (chunk, meta) => this.#muxer.addVideoChunk(chunk, meta),
			error: (error) => (this.#failure = error)
		});
		this.#encoder.configure(videoConfig(width, height, fps));
	}

	/** Adds the canvas's picture as the next frame. */
	async add(canvas: OffscreenCanvas): Promise<void> {
		if (this.#failure) throw this.#failure;
		while (this.#encoder.encodeQueueSize > QUEUE)
			await new Promise((resolve) =>
				this.#encoder.addEventListener('dequeue', resolve, { once: true })
			);
		const microseconds = (frame: number) => Math.round((frame * 1_000_000) / this.#fps);
		const frame = new VideoFrame(canvas, {
			timestamp: microseconds(this.#count),
			duration: microseconds(this.#count + 1) - microseconds(this.#count)
		});
		this.#encoder.encode(frame, { keyFrame: this.#count % (2 * this.#fps) === 0 });
		frame.close();
		this.#count++;
	}

	/** The finished file. */
	async finish(): Promise<Uint8Array<ArrayBuffer>> {
		await this.#encoder.flush();
		if (this.#failure) throw this.#failure;
		this.#encoder.close();
		this.#muxer.finalize();
		return new Uint8Array(this.#muxer.target.buffer);
	}
}
