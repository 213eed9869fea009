import { inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { eventById } from '$lib/data/dataset';
import { cardSvg } from './card';
import { countryCard, eventCard, homeCard } from './cards';
import { encodeIndexedPng } from './png';
import { renderPng } from './render';
import en from '$lib/i18n/en';

/** Width, height, bit depth and colour type from a PNG's IHDR chunk. */
function header(png: Uint8Array) {
	const view = new DataView(png.buffer, png.byteOffset);
	return { width: view.getUint32(16), height: view.getUint32(20), depth: png[24], type: png[25] };
}

describe('renderPng', () => {
	it.each([
		[
			'an event',
			() => cardSvg(eventCard(eventById.get('seoul-melbourne-multilateral-mou-2005')!, 'en', en))
		],
		['a country', () => cardSvg(countryCard('MLT', 'en', en))],
		['the home page', () => cardSvg(homeCard(en))]
	])('renders %s as a small 1200 × 630 indexed PNG', (_name, svg) => {
		const png = renderPng(svg());
		expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
		expect(header(png)).toEqual({ width: 1200, height: 630, depth: 8, type: 3 });
		expect(png.byteLength).toBeLessThan(60 * 1024);
	});
});

describe('encodeIndexedPng', () => {
	it('keeps the pixels of an image with few colours', () => {
		const colours = [
			[255, 0, 0],
			[0, 128, 255],
			[20, 20, 20]
		];
		const pixels = new Uint8Array(4 * 3 * 2);
		for (let i = 0; i < 6; i++) pixels.set([...colours[i % 3], 255], i * 4);
		const png = encodeIndexedPng({ width: 3, height: 2, pixels });
		expect(header(png)).toEqual({ width: 3, height: 2, depth: 8, type: 3 });
		const text = Buffer.from(png);
		const plte = text.indexOf('PLTE');
		const palette = [...png.subarray(plte + 4, plte + 4 + text.readUInt32BE(plte - 4))];
		const idat = text.indexOf('IDAT');
		const rows = inflateSync(png.subarray(idat + 4, idat + 4 + text.readUInt32BE(idat - 4)));
		const decoded = [...rows]
			.filter((_, i) => i % 4 !== 0)
			.map((index) => palette.slice(index * 3, index * 3 + 3));
		expect(decoded).toEqual([0, 1, 2, 3, 4, 5].map((i) => colours[i % 3]));
	});
});
