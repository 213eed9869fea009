/**
 * First-load transfer: every response a fresh page receives from navigation until the network is
 * idle, grouped by type, raw and gzip. The gzip figure is computed here from the response bodies
 * (node:zlib, level 9) for text types, whatever the server sent, so it does not depend on whether
 * the server compresses; binary types (images, fonts) count their raw size for both. Shared by
 * `bench/run.js` and the byte budget test (`tests/budget.e2e.ts`).
 */
import { gzipSync } from 'node:zlib';

/** @typedef {'html' | 'js' | 'css' | 'data' | 'other'} ByteType */

/** Human names of the types, in display order. */
export const BYTE_TYPES = /** @type {const} */ ({
	html: 'HTML',
	js: 'JS',
	css: 'CSS',
	data: 'data (json/csv)',
	other: 'geometry/images/other'
});

/**
 * @typedef {object} LoadedFile
 * @property {string} url
 * @property {number} status
 * @property {string} contentType
 * @property {ByteType} type
 * @property {number} raw decoded body bytes
 * @property {number} gzip gzip -9 of the body for text types, else `raw`
 * @property {number | null} wire body bytes as transferred (compressed if the server compressed)
 */

/** @typedef {{ count: number, raw: number, gzip: number }} ByteTotal */

/**
 * @typedef {object} FirstLoad
 * @property {string} url the page's absolute URL
 * @property {number | null} status the document's HTTP status
 * @property {LoadedFile[]} files every response, in order of arrival
 * @property {Record<ByteType, ByteTotal>} byType
 * @property {ByteTotal} total
 */

/** Whether a content type is text that a server would gzip. */
function isText(/** @type {string} */ contentType) {
	return /^text\/|javascript|ecmascript|json|xml|svg|csv|manifest/.test(contentType);
}

/**
 * The type a response counts as: geometry (a `geo`/`topo` URL) and images, fonts and the rest go to
 * `other`; other JSON or CSV is `data`.
 * @param {string} url
 * @param {string} contentType
 * @returns {ByteType}
 */
export function classify(url, contentType) {
	const path = new URL(url).pathname.toLowerCase();
	if (/html/.test(contentType) || /\.html?$/.test(path)) return 'html';
	if (/javascript|ecmascript/.test(contentType) || /\.m?js$/.test(path)) return 'js';
	if (/css/.test(contentType) || path.endsWith('.css')) return 'css';
	if (/geo|topo/.test(path)) return 'other';
	if (/json|csv/.test(contentType) || /\.(json|csv)$/.test(path)) return 'data';
	return 'other';
}

/** @returns {Record<ByteType, ByteTotal>} */
function emptyTotals() {
	return {
		html: { count: 0, raw: 0, gzip: 0 },
		js: { count: 0, raw: 0, gzip: 0 },
		css: { count: 0, raw: 0, gzip: 0 },
		data: { count: 0, raw: 0, gzip: 0 },
		other: { count: 0, raw: 0, gzip: 0 }
	};
}

/**
 * Loads `url` in `page` (use a fresh browser context, so nothing is cached) and counts every
 * response until the network has been idle for 500 ms.
 * @param {import('@playwright/test').Page} page
 * @param {string} url
 * @returns {Promise<FirstLoad>}
 */
export async function measureFirstLoad(page, url) {
	/** @type {Promise<LoadedFile | null>[]} */
	const pending = [];
	/** @param {import('@playwright/test').Response} response */
	const onResponse = (response) => {
		pending.push(
			(async () => {
				const status = response.status();
				if (status >= 300 && status < 400) return null;
				const responseUrl = response.url();
				if (!/^https?:/.test(responseUrl)) return null;
				const contentType = (await response.headerValue('content-type')) ?? '';
				/** @type {Buffer} */
				let body;
				try {
					body = await response.body();
				} catch {
					return null;
				}
				const wire = await response
					.request()
					.sizes()
					.then((sizes) => sizes.responseBodySize)
					.catch(() => null);
				return {
					url: responseUrl,
					status,
					contentType,
					type: classify(responseUrl, contentType),
					raw: body.length,
					gzip: isText(contentType) ? gzipSync(body, { level: 9 }).length : body.length,
					wire
				};
			})()
		);
	};
	page.on('response', onResponse);
	/** @type {import('@playwright/test').Response | null} */
	let response;
	try {
		response = await page.goto(url, { waitUntil: 'networkidle' });
		// Responses that arrived just before idle may still be reading their bodies.
		let settled = 0;
		while (settled < pending.length) {
			const count = pending.length;
			await Promise.all(pending.slice(settled));
			settled = count;
		}
	} finally {
		page.off('response', onResponse);
	}
	const files = /** @type {LoadedFile[]} */ ((await Promise.all(pending)).filter(Boolean));
	const byType = emptyTotals();
	const total = { count: 0, raw: 0, gzip: 0 };
	for (const file of files) {
		for (const sum of [byType[file.type], total]) {
			sum.count += 1;
			sum.raw += file.raw;
			sum.gzip += file.gzip;
		}
	}
	return { url: page.url(), status: response?.status() ?? null, files, byType, total };
}

/** Bytes as KB with one decimal (1 KB = 1024 bytes). */
export function kb(/** @type {number} */ bytes) {
	return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * A plain-text table of a first load: one line per file (largest gzip first), then per type.
 * @param {FirstLoad} load
 * @returns {string}
 */
export function formatFirstLoad(load) {
	const origin = new URL(load.url, 'http://localhost').origin;
	/** @type {string[][]} */
	const rows = [['file', 'type', 'raw', 'gzip']];
	for (const file of [...load.files].sort((a, b) => b.gzip - a.gzip)) {
		const name = file.url.startsWith(origin) ? file.url.slice(origin.length) : file.url;
		const status = file.status === 200 ? '' : ` [${file.status}]`;
		rows.push([name + status, file.type, kb(file.raw), kb(file.gzip)]);
	}
	rows.push(['', '', '', '']);
	for (const [type, label] of Object.entries(BYTE_TYPES)) {
		const sum = load.byType[/** @type {ByteType} */ (type)];
		if (sum.count > 0) rows.push([`${label} (${sum.count})`, '', kb(sum.raw), kb(sum.gzip)]);
	}
	rows.push([`total (${load.total.count})`, '', kb(load.total.raw), kb(load.total.gzip)]);
	const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
	return rows
		.map((row) =>
			row
				.map((cell, column) =>
					column >= 2 ? cell.padStart(widths[column]) : cell.padEnd(widths[column])
				)
				.join('  ')
				.trimEnd()
		)
		.join('\n');
}
