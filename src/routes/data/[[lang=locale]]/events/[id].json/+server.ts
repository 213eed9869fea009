import { error, json } from '@sveltejs/kit';
import { eventById, events } from '$lib/data/dataset';
import { localizeEvent } from '$lib/data/localized';
import { LOCALES, localeOfParam, langParam } from '$lib/i18n/locales';
import type { EntryGenerator } from './$types';

export const prerender = true;

/**
 * One event's full record, fetched by the explorer when a reader opens the event: in English at
 * `/data/events/<id>.json`, with its text in French or Spanish at `/data/fr/events/<id>.json`…
 */
export function GET({ params }) {
	const event = eventById.get(params.id);
	if (!event) error(404, 'No such event');
	return json(localizeEvent(event, localeOfParam(params.lang)));
}

export const entries: EntryGenerator = () =>
	LOCALES.flatMap((locale) => events.map((event) => ({ lang: langParam(locale), id: event.id })));
