import { explorerData } from '$lib/data/explorerData';
import { localeOfParam } from '$lib/i18n/locales';
import type { PageServerLoad } from './$types';

/** The explorer's events and country names in the page's language, serialised into the page. */
export const load: PageServerLoad = ({ params }) => explorerData(localeOfParam(params.lang));
