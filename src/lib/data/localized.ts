/**
 * The dataset in a language: each event's reader-facing text (title, short title, summary, key-date
 * labels, unnamed participants, city) replaced by its version in `translations/<locale>.ts`. The
 * facts (dates, participants, sources) are the same in every language. English is the dataset.
 */
import type { Locale } from '$lib/i18n/locales';
import { es } from './translations/es';
import { fr } from './translations/fr';
import type { DatasetText } from './translations/types';
import type { AtlasEvent, Place } from './types';

/** Each non-English language's text (server and build only: pages ship the text they show). */
export const DATASET_TEXT: Record<Exclude<Locale, 'en'>, DatasetText> = { fr, es };

function localizedPlace(place: Place, text: DatasetText): Place {
	return place.kind === 'city' ? { ...place, city: text.cities[place.city] ?? place.city } : place;
}

/**
 * `event` with its reader-facing text in `locale` (the event itself in English). Works on whole
 * events and on summaries without detail fields alike.
 */
export function localizeEvent<E extends Pick<AtlasEvent, 'id' | 'title' | 'shortTitle'>>(
	event: E,
	locale: Locale
): E {
	if (locale === 'en') return event;
	const text = DATASET_TEXT[locale];
	const own = text.events[event.id];
	if (!own) return event;
	const source: Partial<AtlasEvent> = event;
	const localized: Partial<AtlasEvent> = {
		...source,
		title: own.title,
		shortTitle: own.shortTitle
	};
	if (source.summary !== undefined) localized.summary = own.summary;
	if (source.place) localized.place = localizedPlace(source.place, text);
	if (source.keyDates) {
		localized.keyDates = source.keyDates.map((keyDate) => ({
			...keyDate,
			label: own.keyDates?.[keyDate.date] ?? keyDate.label
		}));
	}
	if (source.unnamedParticipants) {
		localized.unnamedParticipants = own.unnamedParticipants ?? source.unnamedParticipants;
	}
	return localized as E;
}
