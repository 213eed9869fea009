import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * Hashes of the inline scripts in app.html, for the Content-Security-Policy: SvelteKit hashes its
 * own inline scripts, not ours, so any edit to them changes the policy with them.
 */
function appHtmlScriptHashes() {
	const html = readFileSync(new URL('./src/app.html', import.meta.url), 'utf8');
	return [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
		([, body]) => `sha256-${createHash('sha256').update(body).digest('base64')}`
	);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// ATLAS_BUILD_DIR: where the benchmark's scale mode builds its synthetic sites.
		adapter: adapter({
			pages: process.env.ATLAS_BUILD_DIR ?? 'build',
			assets: process.env.ATLAS_BUILD_DIR ?? 'build',
			strict: true
		}),
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail' },
		// Root-relative links and assets: `404.html` is served at any depth of path, where a
		// relative `./about` would point nowhere.
		paths: { relative: false },
		// The page's styles in the HTML: no stylesheet request holds up the first paint (LCP).
		inlineStyleThreshold: 64 * 1024,
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['none'],
				'script-src': ['self', ...appHtmlScriptHashes()],
				// Svelte positions timeline marks with style attributes; no script can come through CSS.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'connect-src': ['self'],
				'font-src': ['self'],
				'manifest-src': ['self'],
				'base-uri': ['none'],
				'form-action': ['none'],
				'object-src': ['none']
			}
		}
	}
};

export default config;
