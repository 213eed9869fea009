import { loadMessages } from '$lib/i18n/messages';
import { localeOfPath } from '$lib/i18n/locales';
import type { LayoutLoad } from './$types';

export const prerender = true;
export const trailingSlash = 'never';

/** The route of the explorer: the one page that runs JavaScript (the others are documents). */
const EXPLORER_ROUTE = '/[[lang=locale]]';

/**
 * The page's language (from its path: `/fr/…`, `/es/…`, else English) and its messages: the
 * explorer loads only the app's, the documents (rendered on the server only) all of them.
 */
export const load: LayoutLoad = async ({ url, route }) => {
	const locale = localeOfPath(url.pathname);
	return { locale, messages: await loadMessages(locale, route.id !== EXPLORER_ROUTE) };
};
