/**
 * An event's detail fields (summary, sources, notes…), fetched when a reader opens the event and
 * kept for the rest of the visit. The first load ships events without them (see explorerData.ts).
 */
import { resolve } from '$app/paths';
import type { AtlasEvent } from '$lib/data/types';
import { type Locale, langParam } from '$lib/i18n/locales';

const cache = new Map<string, Promise<AtlasEvent>>();

/**
 * The full record of an event with its text in `locale`, from the prerendered
 * `/data/events/<id>.json` (English) or `/data/<locale>/events/<id>.json`.
 */
export function loadEventDetails(id: string, locale: Locale): Promise<AtlasEvent> {
	const key = `${locale}:${id}`;
	let pending = cache.get(key);
	if (!pending) {
		const lang = langParam(locale);
		pending = fetch(resolve('/data/[[lang=locale]]/events/[id].json', { lang, id })).then(
			(response) => {
				if (!response.ok) throw new Error(`HTTP ${response.status}`);
				return response.json() as Promise<AtlasEvent>;
			}
		);
		// A failed load may be retried by opening the event again.
		pending.catch(() => cache.delete(key));
		cache.set(key, pending);
	}
	return pending;
}
