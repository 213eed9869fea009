import { error } from '@sveltejs/kit';
import { countriesWithData } from '$lib/data/dataset';
import { LOCALES, localeOfParam, langParam } from '$lib/i18n/locales';
import { loadMessages } from '$lib/i18n/messages';
import { cardSvg } from '$lib/preview/card';
import { countryCard } from '$lib/preview/cards';
import { pngResponse, renderPng } from '$lib/preview/render';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One preview image per country page and language. */
export const entries: EntryGenerator = () =>
	LOCALES.flatMap((locale) => countriesWithData.map((iso3) => ({ lang: langParam(locale), iso3 })));

/** A country's preview image in the language: the country and those it shares events with. */
export const GET: RequestHandler = async ({ params }) => {
	if (!countriesWithData.includes(params.iso3)) error(404, `No page for “${params.iso3}”.`);
	const locale = localeOfParam(params.lang);
	return pngResponse(
		renderPng(cardSvg(countryCard(params.iso3, locale, await loadMessages(locale))))
	);
};
