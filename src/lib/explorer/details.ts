/**
 * An event's detail fields (summary, sources, notes…), fetched when a reader opens the event and
 * kept for the rest of the visit. The first load ships events without them (see explorerData.ts).
 */
import { resolve } from '$app/paths';
import type { AtlasEvent } from '$lib/data/types';

const cache = new Map<string, Promise<AtlasEvent>>();

/** The full record of an event, from the prerendered `/data/events/<id>.json`. */
export function loadEventDetails(id: string): Promise<AtlasEvent> {
	let pending = cache.get(id);
	if (!pending) {
		pending = fetch(resolve('/data/events/[id].json', { id })).then((response) => {
			if (!response.ok) throw new Error(`HTTP ${response.status}`);
			return response.json() as Promise<AtlasEvent>;
		});
		// A failed load may be retried by opening the event again.
		pending.catch(() => cache.delete(id));
		cache.set(id, pending);
	}
	return pending;
}
