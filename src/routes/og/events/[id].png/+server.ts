import { error } from '@sveltejs/kit';
import { eventById, events } from '$lib/data/dataset';
import { cardSvg } from '$lib/preview/card';
import { eventCard } from '$lib/preview/cards';
import { pngResponse, renderPng } from '$lib/preview/render';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/** One preview image per event. */
export const entries: EntryGenerator = () => events.map((event) => ({ id: event.id }));

/** An event's preview image: its participants on the map, coloured by role. */
export const GET: RequestHandler = ({ params }) => {
	const event = eventById.get(params.id);
	if (!event) error(404, `There is no event with the id “${params.id}”.`);
	return pngResponse(renderPng(cardSvg(eventCard(event))));
};
