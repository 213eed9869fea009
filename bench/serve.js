/**
 * A tiny static server for the benchmark: serves a snapshot of `build/` (read into memory at start,
 * so a rebuild running elsewhere cannot change files mid-run) on a free port, resolving URLs the
 * way adapter-static hosts do (`/about` → `about.html`, `/` → `index.html`). Text is gzipped
 * (level 9) when the browser accepts it, like any static host; `_app/immutable/*` is cacheable
 * forever, everything else must revalidate.
 */
import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Content types by file extension. */
const TYPES = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.webmanifest': 'application/manifest+json'
};

/** Whether a content type is worth gzipping (text-like). */
export function isCompressible(/** @type {string} */ contentType) {
	return /^text\/|javascript|json|xml|svg|csv|manifest/.test(contentType);
}

/**
 * Reads every file under `dir` into memory.
 * @param {string} dir
 * @returns {Map<string, Buffer>} URL path (`/about.html`) → bytes
 */
function snapshot(dir) {
	/** @type {Map<string, Buffer>} */
	const files = new Map();
	/** @param {string} folder */
	const walk = (folder) => {
		for (const name of readdirSync(folder)) {
			const path = join(folder, name);
			if (statSync(path).isDirectory()) walk(path);
			else files.set('/' + relative(dir, path).split(sep).join('/'), readFileSync(path));
		}
	};
	walk(dir);
	return files;
}

/**
 * Serves `dir` on `127.0.0.1` at a free port (or `port`).
 * @param {string} dir the static site (e.g. `build`)
 * @param {{ port?: number }} [options]
 * @returns {Promise<{ origin: string, files: Map<string, Buffer>, close: () => Promise<void> }>}
 */
export async function serveStatic(dir, options = {}) {
	const files = snapshot(dir);
	/** @type {Map<string, Buffer>} */
	const gzipped = new Map();

	/** @param {string} pathname */
	const resolvePath = (pathname) => {
		const clean = pathname.replace(/\/+$/, '') || '/';
		const candidates =
			clean === '/' ? ['/index.html'] : [clean, `${clean}.html`, `${clean}/index.html`];
		return candidates.find((candidate) => files.has(candidate));
	};

	const server = createServer((request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		let pathname;
		try {
			pathname = decodeURIComponent(url.pathname);
		} catch {
			pathname = url.pathname;
		}
		const found = resolvePath(pathname);
		const notFound = found === undefined;
		const path = found ?? (files.has('/404.html') ? '/404.html' : undefined);
		const body = path ? /** @type {Buffer} */ (files.get(path)) : Buffer.from('Not found');
		const type = path
			? (TYPES[/** @type {keyof typeof TYPES} */ (extname(path))] ?? 'application/octet-stream')
			: 'text/plain; charset=utf-8';
		/** @type {Record<string, string>} */
		const headers = {
			'content-type': type,
			'cache-control':
				path?.startsWith('/_app/immutable/') && !notFound
					? 'public, max-age=31536000, immutable'
					: 'public, max-age=0, must-revalidate'
		};
		let payload = body;
		const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		if (acceptsGzip && isCompressible(type) && body.length > 0) {
			const key = path ?? '';
			if (!gzipped.has(key)) gzipped.set(key, gzipSync(body, { level: 9 }));
			payload = /** @type {Buffer} */ (gzipped.get(key));
			headers['content-encoding'] = 'gzip';
			headers.vary = 'Accept-Encoding';
		}
		headers['content-length'] = String(payload.length);
		response.writeHead(notFound ? 404 : 200, headers);
		response.end(request.method === 'HEAD' ? undefined : payload);
	});

	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(options.port ?? 0, '127.0.0.1', () => resolve(undefined));
	});
	const address = server.address();
	const port = typeof address === 'object' && address ? address.port : 0;
	return {
		origin: `http://127.0.0.1:${port}`,
		files,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}
