/**
 * Writes an animated GIF frame by frame with `gifenc` (MIT, about 5 KB gzip): one palette for the
 * whole animation, the scene's own colours exactly (so a country's fill is the page's) and the
 * rest taken from its first frame (the words' and edges' blends), then each frame as only what changed since the one before, the rest transparent over it;
 * a frame that repeats the one before is a single transparent pixel. So the file keeps one GIF
 * frame per video frame (the same count and timing as the WebM) at a small cost in bytes.
 */
import { GIFEncoder, quantize, type Palette } from 'gifenc';

/**
 * How long frame `index` shows, in ms: GIF counts hundredths of a second, so at 30 fps frames last
 * 30, 40 and 30 ms in turn, and every second of frames lasts exactly a second.
 */
export function gifDelay(index: number, fps: number): number {
	const hundredths = (frame: number) => Math.round((frame * 100) / fps);
	return (hundredths(index + 1) - hundredths(index)) * 10;
}

/**
 * `next` with each pixel that equals `previous`'s set to `transparent`, in place; whether any
 * pixel differed.
 */
export function keepChanges(next: Uint8Array, previous: Uint8Array, transparent: number): boolean {
	let changed = false;
	for (let i = 0; i < next.length; i++) {
		if (next[i] === previous[i]) next[i] = transparent;
		else changed = true;
	}
	return changed;
}

/** `[r, g, b]` of a CSS colour as `getComputedStyle` gives it (`rgb(…)`), or `null`. */
export function rgbOf(color: string): [number, number, number] | null {
	const match = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/.exec(color);
	return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/**
 * Each pixel's palette index: the nearest colour, found once per different colour and kept in
 * `cache` (by 24-bit colour) for the frames to come, so an exact key colour is always itself.
 * (gifenc's own `applyPalette` caches by 16-bit colour, which lets one edge pixel decide for a
 * whole sea.)
 */
export function indexPixels(
	rgba: Uint8Array | Uint8ClampedArray,
	palette: Palette,
	cache: Map<number, number>
): Uint8Array {
	const index = new Uint8Array(rgba.length / 4);
	for (let pixel = 0, at = 0; pixel < index.length; pixel++, at += 4) {
		const color = (rgba[at] << 16) | (rgba[at + 1] << 8) | rgba[at + 2];
		let found = cache.get(color);
		if (found === undefined) {
			found = nearest(rgba[at], rgba[at + 1], rgba[at + 2], palette);
			cache.set(color, found);
		}
		index[pixel] = found;
	}
	return index;
}

function nearest(r: number, g: number, b: number, palette: Palette): number {
	let best = 0;
	let bestDistance = Infinity;
	for (let i = 0; i < palette.length; i++) {
		const [r2, g2, b2] = palette[i];
		const distance = (r - r2) ** 2 + (g - g2) ** 2 + (b - b2) ** 2;
		if (distance < bestDistance) [best, bestDistance] = [i, distance];
	}
	return best;
}

/** GIF's largest palette, less the transparent index. */
const COLOURS = 255;

/** An animated GIF being written, one frame at a time. */
export class GifWriter {
	readonly #encoder = GIFEncoder();
	readonly #width: number;
	readonly #height: number;
	readonly #fps: number;
	/** The colours pixels are matched to (the file's palette adds the transparent entry). */
	#palette: Palette | null = null;
	#transparent = 0;
	#previous: Uint8Array | null = null;
	#count = 0;
	readonly #cache = new Map<number, number>();

	readonly #keyColors: number[][];

	/** @param keyColors colours to keep exact (CSS `rgb(…)`), the rest being quantized */
	constructor(width: number, height: number, fps: number, keyColors: readonly string[] = []) {
		this.#width = width;
		this.#height = height;
		this.#fps = fps;
		const unique = new Set(keyColors.flatMap((color) => rgbOf(color)?.join(',') ?? []));
		this.#keyColors = [...unique].slice(0, COLOURS).map((rgb) => rgb.split(',').map(Number));
	}

	/**
	 * Adds a frame: its RGBA pixels, or `null` when it shows the same picture as the frame before.
	 */
	add(rgba: Uint8ClampedArray | null): void {
		const delay = gifDelay(this.#count, this.#fps);
		const base = { delay, dispose: 1 };
		if (!this.#palette || !this.#previous) {
			if (!rgba) throw new Error('The first frame needs its pixels');
			// 255 colours (the key ones first, exact) and one transparent index.
			const rest = COLOURS - this.#keyColors.length;
			// Pixels are matched to the colours only: never to the transparent entry after them.
			this.#palette = [...this.#keyColors, ...(rest > 0 ? quantize(rgba, rest) : [])];
			this.#transparent = this.#palette.length;
			this.#previous = indexPixels(rgba, this.#palette, this.#cache);
			this.#encoder.writeFrame(this.#previous, this.#width, this.#height, {
				...base,
				palette: [...this.#palette, [0, 0, 0]],
				repeat: 0
			});
		} else {
			const index = rgba ? indexPixels(rgba, this.#palette, this.#cache) : null;
			const changes = index ? Uint8Array.from(index) : null;
			const transparent = { transparent: true, transparentIndex: this.#transparent };
			if (index && changes && keepChanges(changes, this.#previous, this.#transparent)) {
				this.#encoder.writeFrame(changes, this.#width, this.#height, { ...base, ...transparent });
				this.#previous = index;
			} else {
				this.#encoder.writeFrame(Uint8Array.of(this.#transparent), 1, 1, {
					...base,
					...transparent
				});
			}
		}
		this.#count++;
	}

	/** The finished file. */
	finish(): Uint8Array<ArrayBuffer> {
		this.#encoder.finish();
		return this.#encoder.bytes() as Uint8Array<ArrayBuffer>;
	}
}
