/**
 * Renders preview cards to PNG at build time with resvg, using only the DejaVu fonts shipped in
 * `node_modules` (system fonts differ between machines and CI), so every build draws the same pixels.
 */
import { Resvg } from '@resvg/resvg-js';
import { createRequire } from 'node:module';
import { encodeIndexedPng } from './png';

// Resolved from this module, so it works from the sources (tests) and from the bundled server
// code that prerenders the images (`.svelte-kit/output/server`), which both sit under the project.
const require = createRequire(import.meta.url);
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) =>
	require.resolve(`dejavu-fonts-ttf/ttf/${file}`)
);

/** The PNG image of an opaque SVG document, at the document's own size. */
export function renderPng(svg: string): Uint8Array<ArrayBuffer> {
	const resvg = new Resvg(svg, {
		fitTo: { mode: 'original' },
		font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }
	});
	const image = resvg.render();
	return encodeIndexedPng({ width: image.width, height: image.height, pixels: image.pixels });
}

/** A prerenderable response holding a PNG (served as `image/png`). */
export function pngResponse(png: Uint8Array<ArrayBuffer>): Response {
	return new Response(png, {
		headers: { 'content-type': 'image/png', 'content-length': String(png.byteLength) }
	});
}
