import { error } from '@sveltejs/kit';
import { countriesWithData } from '$lib/data/dataset';
import { cardSvg } from '$lib/preview/card';
import { countryCard } from '$lib/preview/cards';
import { pngResponse, renderPng } from '$lib/preview/render';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One preview image per country page. */
export const entries: EntryGenerator = () => countriesWithData.map((iso3) => ({ iso3 }));

/** A country's preview image: the country and the countries it shares events with. */
export const GET: RequestHandler = ({ params }) => {
	if (!countriesWithData.includes(params.iso3)) error(404, `No page for “${params.iso3}”.`);
	return pngResponse(renderPng(cardSvg(countryCard(params.iso3))));
};
