import { error } from '@sveltejs/kit';
import { eventById, events } from '$lib/data/dataset';
import { LOCALES, localeOfParam, langParam } from '$lib/i18n/locales';
import { loadMessages } from '$lib/i18n/messages';
import { cardSvg } from '$lib/preview/card';
import { eventCard } from '$lib/preview/cards';
import { pngResponse, renderPng } from '$lib/preview/render';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One preview image per event and language (`/og/events/x.png`, `/og/fr/events/x.png`…). */
export const entries: EntryGenerator = () =>
	LOCALES.flatMap((locale) => events.map((event) => ({ lang: langParam(locale), id: event.id })));

/** An event's preview image in the language: its participants on the map, coloured by role. */
export const GET: RequestHandler = async ({ params }) => {
	const event = eventById.get(params.id);
	if (!event) error(404, `There is no event with the id “${params.id}”.`);
	const locale = localeOfParam(params.lang);
	return pngResponse(renderPng(cardSvg(eventCard(event, locale, await loadMessages(locale)))));
};
