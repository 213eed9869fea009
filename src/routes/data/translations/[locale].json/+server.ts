import { error, json } from '@sveltejs/kit';
import { DATASET_TEXT } from '$lib/data/localized';
import type { EntryGenerator } from './$types';

export const prerender = true;

/**
 * The dataset's text in French or Spanish (`/data/translations/fr.json`): each event's title, short
 * title and summary (and key-date labels, unnamed participants, the source of an official title)
 * by event id, and city names; documented in the README's export section.
 */
export function GET({ params }) {
	const locale = params.locale;
	if (locale !== 'fr' && locale !== 'es') error(404, 'No such language');
	return json({ version: 1, language: locale, ...DATASET_TEXT[locale] });
}

export const entries: EntryGenerator = () => [{ locale: 'fr' }, { locale: 'es' }];
