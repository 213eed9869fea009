import { error } from '@sveltejs/kit';
import { countriesWithData } from '$lib/data/dataset';
import { DEFAULT_LOCALE, LOCALES, isLocale, langParam } from '$lib/i18n/locales';
import { countryStory } from '$lib/preview/content';
import type { EntryGenerator, PageLoad } from './$types';

export const prerender = true;
// A document: complete as HTML, so it ships no JavaScript (its links are plain page loads).
export const csr = false;

/**
 * One page per country the dataset names, at its upper-case code, in every language:
 * `/countries/KOR`, `/fr/countries/KOR`, `/es/countries/KOR` (English has no `lang`).
 */
export const entries: EntryGenerator = () =>
	LOCALES.flatMap((locale) =>
		countriesWithData.map((iso3) => ({
			lang: langParam(locale),
			iso3
		}))
	);

/** The country's story in the page's language. */
export const load: PageLoad = ({ params }) => {
	const locale = isLocale(params.lang) ? params.lang : DEFAULT_LOCALE;
	if (!countriesWithData.includes(params.iso3)) {
		error(404, `No event in the atlas names the country “${params.iso3}”.`);
	}
	return { story: countryStory(params.iso3, locale) };
};
