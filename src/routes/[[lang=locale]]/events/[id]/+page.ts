import { error } from '@sveltejs/kit';
import { eventById, events } from '$lib/data/dataset';
import { DATASET_TEXT, localizeEvent } from '$lib/data/localized';
import { DEFAULT_LOCALE, LOCALES, isLocale, langParam } from '$lib/i18n/locales';
import type { EntryGenerator, PageLoad } from './$types';

export const prerender = true;
// A document: complete as HTML, so it ships no JavaScript (its links are plain page loads).
export const csr = false;

/**
 * One page per event in every language: `/events/x`, `/fr/events/x`, `/es/events/x`. English has
 * no `lang` (an optional parameter left undefined drops its segment).
 */
export const entries: EntryGenerator = () =>
	LOCALES.flatMap((locale) =>
		events.map((event) => ({
			lang: langParam(locale),
			id: event.id
		}))
	);

/** The event, its related events and, where it has one, the source of its title in the language. */
export const load: PageLoad = ({ params }) => {
	const locale = isLocale(params.lang) ? params.lang : DEFAULT_LOCALE;
	const event = eventById.get(params.id);
	if (!event) error(404, `There is no event with the id “${params.id}”.`);
	return {
		event: localizeEvent(event, locale),
		related: event.related.flatMap((id) => {
			const other = eventById.get(id);
			return other ? [localizeEvent(other, locale)] : [];
		}),
		titleSource: locale === 'en' ? undefined : DATASET_TEXT[locale].events[event.id]?.titleSource
	};
};
