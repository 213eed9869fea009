/** The part of `gifenc` (it ships no types) that the animated GIF export uses (see its README). */
declare module 'gifenc' {
	/** A palette: colours as `[r, g, b]`. */
	export type Palette = number[][];
	export interface FrameOptions {
		palette?: Palette;
		/** In ms (written in hundredths of a second). */
		delay?: number;
		transparent?: boolean;
		transparentIndex?: number;
		/** 0 forever, -1 once. */
		repeat?: number;
		/** GIF disposal: 1 leaves the frame in place under the next. */
		dispose?: number;
	}
	export interface Encoder {
		writeFrame(index: Uint8Array, width: number, height: number, options?: FrameOptions): void;
		finish(): void;
		bytes(): Uint8Array;
	}
	export function GIFEncoder(options?: { auto?: boolean; initialCapacity?: number }): Encoder;
	export function quantize(
		rgba: Uint8Array | Uint8ClampedArray,
		maxColors: number,
		options?: { format?: 'rgb565' | 'rgb444' | 'rgba4444' }
	): Palette;
}
