import type { Handle } from '@sveltejs/kit';
import { localeOfPath } from '$lib/i18n/locales';

/** Every page's `<html lang>` says its language (`/fr/…` → `fr`), as prerendered. */
export const handle: Handle = ({ event, resolve }) => {
	const lang = localeOfPath(event.url.pathname);
	return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
