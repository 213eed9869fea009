import { explorerData } from '$lib/data/explorerData';
import { LOCALES, langParam, localeOfParam } from '$lib/i18n/locales';
import type { EntryGenerator, PageServerLoad } from './$types';

/** The embed in each language (`/embed`, `/fr/embed`, `/es/embed`): no page links to them. */
export const entries: EntryGenerator = () => LOCALES.map((locale) => ({ lang: langParam(locale) }));

/** The explorer's data in the page's language, as the explorer's own page has it. */
export const load: PageServerLoad = ({ params }) => explorerData(localeOfParam(params.lang));
