import { browser } from '$app/environment';
import { loadMessages } from '$lib/i18n/messages';
import { localeOfPath } from '$lib/i18n/locales';
import { EXPLORER_ROUTES } from '$lib/routes';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/**
 * The page's language (from its path: `/fr/…`, `/es/…`, else English) and its messages: all of
 * them on the server; in the browser, the explorer's JavaScript loads only the app's.
 */
export const load: LayoutLoad = async ({ url, route }) => {
	const locale = localeOfPath(url.pathname);
	const withDocuments = !browser || !route.id || !EXPLORER_ROUTES.has(route.id);
	return { locale, messages: await loadMessages(locale, withDocuments) };
};
