import { error } from '@sveltejs/kit';
import { eventById, events } from '$lib/data/dataset';
import type { EntryGenerator, PageLoad } from './$types';

export const prerender = true;
// A document: complete as HTML, so it ships no JavaScript (its links are plain page loads).
export const csr = false;

/** One page per event. */
export const entries: EntryGenerator = () => events.map((event) => ({ id: event.id }));

export const load: PageLoad = ({ params }) => {
	const event = eventById.get(params.id);
	if (!event) error(404, `There is no event with the id “${params.id}”.`);
	return { event };
};
