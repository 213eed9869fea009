/**
 * A small PNG encoder for opaque images with few colours, such as preview cards: the pixels are
 * reduced to a palette of at most 256 colours and written as an indexed PNG, about a third of the
 * size of the true-colour PNG resvg writes (flat fills and anti-aliased edges need few colours).
 */
import { crc32, deflateSync } from 'node:zlib';

/** Raw pixels: `width × height` RGBA quadruples, row by row (as resvg renders them). */
export interface RgbaImage {
	width: number;
	height: number;
	pixels: Uint8Array;
}

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];
const MAX_COLORS = 256;
const CELLS = 1 << 15;

function chunk(type: string, data: Uint8Array): Buffer {
	const out = Buffer.alloc(12 + data.length);
	out.writeUInt32BE(data.length, 0);
	out.write(type, 4, 'latin1');
	out.set(data, 8);
	out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
	return out;
}

/** A pixel's colour cell: 5 bits per channel, so near shades share a cell. */
const cellOf = (px: Uint8Array, i: number): number =>
	((px[i] >> 3) << 10) | ((px[i + 1] >> 3) << 5) | (px[i + 2] >> 3);

/**
 * The palette: the mean colour of each of the most used colour cells (popularity quantisation,
 * which keeps every flat fill exact and maps rare edge shades to the nearest kept colour).
 */
function paletteOf(image: RgbaImage): number[][] {
	const sums = new Float64Array(CELLS * 4);
	for (let i = 0; i < image.pixels.length; i += 4) {
		const at = cellOf(image.pixels, i) * 4;
		sums[at] += image.pixels[i];
		sums[at + 1] += image.pixels[i + 1];
		sums[at + 2] += image.pixels[i + 2];
		sums[at + 3] += 1;
	}
	const used: number[] = [];
	for (let cell = 0; cell < CELLS; cell++) if (sums[cell * 4 + 3] > 0) used.push(cell);
	return used
		.sort((a, b) => sums[b * 4 + 3] - sums[a * 4 + 3])
		.slice(0, MAX_COLORS)
		.map((cell) => [0, 1, 2].map((c) => Math.round(sums[cell * 4 + c] / sums[cell * 4 + 3])));
}

function nearest(palette: number[][], r: number, g: number, b: number): number {
	let best = 0;
	let bestDistance = Infinity;
	palette.forEach(([pr, pg, pb], index) => {
		const distance = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
		if (distance < bestDistance) [best, bestDistance] = [index, distance];
	});
	return best;
}

/**
 * An indexed-colour PNG of `image`, whose alpha is ignored (the image must be opaque). Images with
 * more than 256 colours lose some shades: fine for flat graphics, not for photographs.
 */
export function encodeIndexedPng(image: RgbaImage): Uint8Array<ArrayBuffer> {
	const { width, height, pixels } = image;
	const palette = paletteOf(image);
	const indexOfCell = new Int16Array(CELLS).fill(-1);
	// Each row starts with its filter type, 0 (none): the usual best for indexed images.
	const rows = new Uint8Array((width + 1) * height);
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const i = (y * width + x) * 4;
			const cell = cellOf(pixels, i);
			if (indexOfCell[cell] < 0) {
				indexOfCell[cell] = nearest(palette, pixels[i], pixels[i + 1], pixels[i + 2]);
			}
			rows[y * (width + 1) + 1 + x] = indexOfCell[cell];
		}
	}
	const header = Buffer.alloc(13);
	header.writeUInt32BE(width, 0);
	header.writeUInt32BE(height, 4);
	header.set([8, 3, 0, 0, 0], 8); // bit depth 8, colour type 3 (indexed), no interlace
	const png = Buffer.concat([
		Buffer.from(SIGNATURE),
		chunk('IHDR', header),
		chunk('PLTE', Uint8Array.from(palette.flat())),
		chunk('IDAT', deflateSync(rows, { level: 9 })),
		chunk('IEND', new Uint8Array(0))
	]);
	return new Uint8Array(png);
}
