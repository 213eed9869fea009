import * as gifenc from 'gifenc';
import { describe, expect, it } from 'vitest';
import { GifWriter, gifDelay, indexPixels, keepChanges, rgbOf } from './gif';

type Rgb = readonly [number, number, number];

/** RGBA pixels (opaque) of a list of colours. */
function rgbaOf(colors: readonly Rgb[]): Uint8ClampedArray {
	return Uint8ClampedArray.from(colors.flatMap(([r, g, b]) => [r, g, b, 255]));
}

describe('gifDelay', () => {
	it.each([
		// Hundredths at 30 fps: 0, 3, 7, 10, 13, 17, 20… so 30, 40, 30 ms in turn.
		[30, [30, 40, 30, 30, 40, 30, 30, 40, 30]],
		[10, [100, 100, 100, 100]],
		[25, [40, 40, 40, 40]],
		// Hundredths at 24 fps: 0, 4, 8, 13 (12.5 rounds up), 17, 21, 25.
		[24, [40, 40, 50, 40, 40, 40]]
	])('at %i fps lasts %j ms from the first frame', (fps, delays) => {
		expect(delays.map((_, index) => gifDelay(index, fps))).toEqual(delays);
	});

	it.each([10, 24, 25, 30, 60])('every second of frames at %i fps lasts exactly 1000 ms', (fps) => {
		for (let second = 0; second < 5; second++) {
			let sum = 0;
			for (let frame = second * fps; frame < (second + 1) * fps; frame++) {
				const delay = gifDelay(frame, fps);
				// Whole hundredths, as a GIF keeps them.
				expect(delay % 10).toBe(0);
				expect(delay).toBeGreaterThan(0);
				sum += delay;
			}
			expect(sum).toBe(1000);
		}
	});
});

describe('keepChanges', () => {
	it.each([
		['keeps what changed, clears the rest', [1, 2, 3, 4], [1, 5, 3, 6], [9, 2, 9, 4], true],
		['clears all when nothing changed', [1, 2, 3], [1, 2, 3], [9, 9, 9], false],
		['keeps all when everything changed', [1, 2, 3], [4, 5, 6], [1, 2, 3], true],
		['keeps a change to index 0', [0, 7], [7, 7], [0, 9], true],
		['nothing changed in nothing', [], [], [], false]
	])('%s', (_, next, previous, expected, changed) => {
		const pixels = Uint8Array.from(next);
		expect(keepChanges(pixels, Uint8Array.from(previous), 9)).toBe(changed);
		// In place.
		expect([...pixels]).toEqual(expected);
	});
});

describe('rgbOf', () => {
	it.each([
		['rgb(1, 2, 3)', [1, 2, 3]],
		['rgba(1, 2, 3, 0.5)', [1, 2, 3]],
		['rgb(1 2 3)', [1, 2, 3]],
		['rgb(1 2 3 / 0.5)', [1, 2, 3]],
		['rgb(255,128,0)', [255, 128, 0]],
		['#010203', null],
		['transparent', null],
		['color(srgb 1 0 0)', null],
		['rgb(a, b, c)', null],
		['', null]
	])('%j → %j', (color, expected) => {
		expect(rgbOf(color)).toEqual(expected);
	});
});

describe('indexPixels', () => {
	const palette = [
		[0, 0, 0],
		[255, 255, 255],
		/** A key colour. */
		[10, 20, 30],
		[14, 22, 30]
	];
	/** Near the key colour, the same in 16 bits (RGB 565), but nearer the last entry. */
	const near: Rgb = [13, 22, 30];

	it('maps an exact key colour to itself even when a near colour came first', () => {
		const pixels = rgbaOf([near, [10, 20, 30], near, [10, 20, 30]]);
		expect([...indexPixels(pixels, palette, new Map())]).toEqual([3, 2, 3, 2]);
		// What it avoids: gifenc's own mapping, cached by 16-bit colour, makes the key colour the near one.
		const { applyPalette } = gifenc as unknown as {
			applyPalette: (rgba: Uint8ClampedArray, palette: number[][]) => Uint8Array;
		};
		expect([...applyPalette(pixels, palette)]).toEqual([3, 3, 3, 3]);
	});

	it.each([
		['black', [0, 0, 0], 0],
		['white', [255, 255, 255], 1],
		['a light grey, by the nearest', [200, 190, 210], 1],
		['a near black, by the nearest', [3, 2, 1], 0],
		['a colour nearer the last entry', [16, 23, 29], 3]
	] as const)('maps %s', (_, color, expected) => {
		expect([...indexPixels(rgbaOf([color]), palette, new Map())]).toEqual([expected]);
	});

	it('ignores alpha', () => {
		const pixels = Uint8ClampedArray.of(255, 255, 255, 0, 255, 255, 255, 255);
		expect([...indexPixels(pixels, palette, new Map())]).toEqual([1, 1]);
	});

	it('finds each colour once, by its 24-bit value, and reuses the cache', () => {
		const cache = new Map<number, number>();
		indexPixels(rgbaOf([[200, 190, 210], near, [200, 190, 210]]), palette, cache);
		expect(cache).toEqual(
			new Map([
				[(200 << 16) | (190 << 8) | 210, 1],
				[(13 << 16) | (22 << 8) | 30, 3]
			])
		);
		// A cached colour is not looked up again (here the cache disagrees with the palette).
		cache.set((200 << 16) | (190 << 8) | 210, 0);
		expect([
			...indexPixels(
				rgbaOf([
					[200, 190, 210],
					[255, 255, 255]
				]),
				palette,
				cache
			)
		]).toEqual([0, 1]);
	});
});

/** A GIF's blocks, as far as the tests read them. */
interface ParsedGif {
	width: number;
	height: number;
	globalTable: Rgb[];
	/** The application extensions' identifiers ("NETSCAPE2.0") and their data. */
	applications: { id: string; data: number[] }[];
	frames: {
		/** From the graphic control extension before the image. */
		delay: number;
		transparent: boolean;
		transparentIndex: number;
		disposal: number;
		left: number;
		top: number;
		width: number;
		height: number;
		localTable: boolean;
		pixels: number[];
	}[];
}

/** Reads sub-blocks from `at` to their terminator: their bytes joined, and where they end. */
function subBlocks(bytes: Uint8Array, at: number): { data: number[]; end: number } {
	const data: number[] = [];
	while (bytes[at] !== 0) {
		if (at >= bytes.length) throw new Error('Sub-blocks run past the end');
		const size = bytes[at];
		data.push(...bytes.subarray(at + 1, at + 1 + size));
		at += 1 + size;
	}
	return { data, end: at + 1 };
}

/** GIF's LZW: codes of growing width, least significant bit first. */
function lzwDecode(minCodeSize: number, data: readonly number[]): number[] {
	const clear = 1 << minCodeSize;
	const end = clear + 1;
	let table: number[][] = [];
	let codeSize = 0;
	const reset = () => {
		table = Array.from({ length: clear + 2 }, (_, i) => [i]);
		codeSize = minCodeSize + 1;
	};
	reset();
	const out: number[] = [];
	let previous: number[] | null = null;
	for (let bit = 0; bit + codeSize <= data.length * 8;) {
		let code = 0;
		for (let i = 0; i < codeSize; i++, bit++) code |= ((data[bit >> 3] >> (bit & 7)) & 1) << i;
		if (code === clear) {
			reset();
			previous = null;
			continue;
		}
		if (code === end) return out;
		let entry: number[];
		if (code < table.length) entry = table[code];
		else if (previous && code === table.length) entry = [...previous, previous[0]];
		else throw new Error(`Bad LZW code ${code}`);
		out.push(...entry);
		if (previous) table.push([...previous, entry[0]]);
		previous = entry;
		if (table.length === 1 << codeSize && codeSize < 12) codeSize++;
	}
	throw new Error('No end of information code');
}

function parseGif(bytes: Uint8Array): ParsedGif {
	const u16 = (at: number) => bytes[at] | (bytes[at + 1] << 8);
	const text = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
	expect(text(0, 6)).toBe('GIF89a');
	const packed = bytes[10];
	expect(packed & 0x80).toBe(0x80);
	const globalSize = 2 << (packed & 7);
	const globalTable = Array.from({ length: globalSize }, (_, i): Rgb => [
		bytes[13 + 3 * i],
		bytes[14 + 3 * i],
		bytes[15 + 3 * i]
	]);
	const gif: ParsedGif = {
		width: u16(6),
		height: u16(8),
		globalTable,
		applications: [],
		frames: []
	};
	let control: Pick<
		ParsedGif['frames'][number],
		'delay' | 'transparent' | 'transparentIndex' | 'disposal'
	> | null = null;
	let at = 13 + 3 * globalSize;
	for (;;) {
		const introducer = bytes[at];
		if (introducer === 0x3b) {
			expect(at).toBe(bytes.length - 1);
			return gif;
		} else if (introducer === 0x21) {
			const label = bytes[at + 1];
			const { data, end } = subBlocks(bytes, at + 2);
			if (label === 0xf9) {
				expect(data).toHaveLength(4);
				control = {
					disposal: (data[0] >> 2) & 7,
					transparent: (data[0] & 1) === 1,
					delay: data[1] | (data[2] << 8),
					transparentIndex: data[3]
				};
			} else if (label === 0xff) {
				gif.applications.push({
					id: String.fromCharCode(...data.slice(0, 11)),
					data: data.slice(11)
				});
			}
			at = end;
		} else if (introducer === 0x2c) {
			if (!control) throw new Error('An image without its graphic control extension');
			const flags = bytes[at + 9];
			const localTable = (flags & 0x80) !== 0;
			const codeAt = at + 10 + (localTable ? 3 * (2 << (flags & 7)) : 0);
			const { data, end } = subBlocks(bytes, codeAt + 1);
			gif.frames.push({
				...control,
				left: u16(at + 1),
				top: u16(at + 3),
				width: u16(at + 5),
				height: u16(at + 7),
				localTable,
				pixels: lzwDecode(bytes[codeAt], data)
			});
			control = null;
			at = end;
		} else {
			throw new Error(`Unexpected block 0x${introducer?.toString(16)} at ${at}`);
		}
	}
}

describe('GifWriter', () => {
	const red: Rgb = [255, 0, 0];
	const blue: Rgb = [0, 0, 255];
	const green: Rgb = [0, 128, 0];
	// 4 × 3: red, with a blue pixel and a green one (a colour that is not a key one).
	const first = [red, red, red, blue, red, green, red, red, red, red, red, red] as Rgb[];
	const third = first.map((color, i) => (i === 10 ? blue : color));
	// Duplicates and what is not a colour are left out of the palette.
	const keyColors = ['rgb(255, 0, 0)', 'junk', 'rgb(255 0 0)', 'rgba(0, 0, 255, 1)'];

	function written(fps = 30) {
		const writer = new GifWriter(4, 3, fps, keyColors);
		writer.add(rgbaOf(first));
		writer.add(null);
		writer.add(rgbaOf(third));
		return parseGif(writer.finish());
	}

	it('is a looping GIF of the image’s size, one image per frame', () => {
		const gif = written();
		expect([gif.width, gif.height]).toEqual([4, 3]);
		expect(gif.frames).toHaveLength(3);
		expect(gif.applications).toEqual([{ id: 'NETSCAPE2.0', data: [1, 0, 0] }]);
		expect(gif.frames.map((frame) => frame.localTable)).toEqual([false, false, false]);
	});

	it.each([30, 10])('lasts as gifDelay says at %i fps, in hundredths', (fps) => {
		const delays = written(fps).frames.map((frame) => frame.delay);
		expect(delays).toEqual([0, 1, 2].map((index) => gifDelay(index, fps) / 10));
	});

	it('keeps the key colours first in the palette, exact, and draws the first frame with them', () => {
		const gif = written();
		expect(gif.globalTable.slice(0, 2)).toEqual([red, blue]);
		const [frame] = gif.frames;
		expect([frame.left, frame.top, frame.width, frame.height]).toEqual([0, 0, 4, 3]);
		expect(frame.transparent).toBe(false);
		expect(frame.pixels.map((index) => gif.globalTable[index])).toEqual(first);
		// Red and blue are the key colours' own entries.
		expect(frame.pixels[0]).toBe(0);
		expect(frame.pixels[3]).toBe(1);
	});

	it('writes a repeated frame as one transparent pixel', () => {
		const gif = written();
		const frame = gif.frames[1];
		expect([frame.left, frame.top, frame.width, frame.height]).toEqual([0, 0, 1, 1]);
		expect(frame.transparent).toBe(true);
		expect(frame.pixels).toEqual([frame.transparentIndex]);
		// Left in place, so the frame before stays on screen.
		expect(frame.disposal).toBe(1);
	});

	it('writes a changed frame whole, transparent but for what changed', () => {
		const gif = written();
		const frame = gif.frames[2];
		expect([frame.left, frame.top, frame.width, frame.height]).toEqual([0, 0, 4, 3]);
		expect(frame.transparent).toBe(true);
		expect(frame.disposal).toBe(1);
		// The transparent index is none of the palette's colours in use.
		expect(gif.frames[0].pixels).not.toContain(frame.transparentIndex);
		const kept = frame.pixels.flatMap((index, pixel) =>
			index === frame.transparentIndex ? [] : [[pixel, gif.globalTable[index]]]
		);
		expect(kept).toEqual([[10, blue]]);
	});

	it('writes the same picture given again as one transparent pixel too', () => {
		const writer = new GifWriter(4, 3, 30, keyColors);
		writer.add(rgbaOf(first));
		writer.add(rgbaOf(first));
		const [, again] = parseGif(writer.finish()).frames;
		expect([again.width, again.height, again.transparent]).toEqual([1, 1, true]);
	});

	it('never matches a later colour to the transparent entry (black, nearest to dark grey)', () => {
		const white: Rgb = [255, 255, 255];
		const writer = new GifWriter(2, 1, 30, ['rgb(255, 255, 255)', 'rgb(40, 40, 40)']);
		writer.add(rgbaOf([white, white]));
		writer.add(rgbaOf([[0, 0, 0], white]));
		const gif = parseGif(writer.finish());
		const frame = gif.frames[1];
		expect(frame.pixels).toEqual([1, frame.transparentIndex]);
		expect(gif.globalTable[1]).toEqual([40, 40, 40]);
	});

	it('needs the pixels of the first frame', () => {
		expect(() => new GifWriter(4, 3, 30).add(null)).toThrow();
	});
});
