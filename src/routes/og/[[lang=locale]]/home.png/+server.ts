import { localeOfParam } from '$lib/i18n/locales';
import { loadMessages } from '$lib/i18n/messages';
import { cardSvg } from '$lib/preview/card';
import { homeCard } from '$lib/preview/cards';
import { pngResponse, renderPng } from '$lib/preview/render';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** The image in each language: `/og/home.png`, `/og/fr/home.png`, `/og/es/home.png`. */
export const entries: EntryGenerator = () => [{ lang: undefined }, { lang: 'fr' }, { lang: 'es' }];

/** The home page's preview image in the language: the map at the end of 2006. */
export const GET: RequestHandler = async ({ params }) =>
	pngResponse(renderPng(cardSvg(homeCard(await loadMessages(localeOfParam(params.lang))))));
