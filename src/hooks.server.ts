import { existsSync, readFileSync } from 'node:fs';
import type { Handle } from '@sveltejs/kit';
import { LOCALES, localeOfPath, type Locale } from '$lib/i18n/locales';
import { EXPLORER_ROUTES } from '$lib/routes';

/**
 * `<link rel="modulepreload">` tags for each language's app messages (`src/lib/i18n/<locale>/app.ts`)
 * and the chunks they import, read from Vite's build manifest: the explorer imports them from its
 * layout's load, and without a hint the browser would only ask for them once that code has run.
 * Empty where there is no manifest (the development server).
 */
function messagePreloads(): Partial<Record<Locale, string>> {
	const path = '.svelte-kit/output/client/.vite/manifest.json';
	if (!existsSync(path)) return {};
	const manifest: Record<string, { file: string; imports?: string[] }> = JSON.parse(
		readFileSync(path, 'utf8')
	);
	const files = (key: string): string[] => {
		const entry = manifest[key];
		return entry ? [entry.file, ...(entry.imports ?? []).flatMap(files)] : [];
	};
	return Object.fromEntries(
		LOCALES.map((locale) => {
			const chunks = [...new Set(files(`src/lib/i18n/${locale}/app.ts`))];
			return [locale, chunks.map((file) => `<link rel="modulepreload" href="/${file}">`).join('')];
		})
	);
}

const preloads = messagePreloads();

/**
 * Every page's `<html lang>` says its language (`/fr/…` → `fr`), as prerendered; the explorer's
 * page also hints its language's messages to the browser.
 */
export const handle: Handle = ({ event, resolve }) => {
	const lang = localeOfPath(event.url.pathname);
	const preload =
		event.route.id && EXPLORER_ROUTES.has(event.route.id) ? (preloads[lang] ?? '') : '';
	return resolve(event, {
		transformPageChunk: ({ html }) =>
			html.replace('%lang%', lang).replace('</head>', `${preload}</head>`)
	});
};
