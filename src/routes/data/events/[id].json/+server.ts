import { error, json } from '@sveltejs/kit';
import { eventById, events } from '$lib/data/dataset';
import type { EntryGenerator } from './$types';

export const prerender = true;

/** One event's full record, fetched by the explorer when a reader opens the event. */
export function GET({ params }) {
	const event = eventById.get(params.id);
	if (!event) error(404, 'No such event');
	return json(event);
}

export const entries: EntryGenerator = () => events.map((event) => ({ id: event.id }));
