/**
 * What the explorer page ships to the browser: every event without its detail fields, in the page's
 * language, and the countries with data: their names in that language and where the map draws them,
 * computed once at build time (so the browser needs no country tables, translations or map centres,
 * and server and browser say the same).
 */
import { INTL_TAG, type Locale } from '$lib/i18n/locales';
import { placeOf, type MapPlace } from '$lib/map/geometry';
import { countryName } from './countries';
import { countriesWithData, events } from './dataset';
import { localizeEvent } from './localized';
import { synthesize } from './synthetic';
import { DETAIL_FIELDS, type AtlasEvent, type EventSummary, type Iso3 } from './types';

/** A country with data as the explorer ships it: its name, and where the map draws it. */
export interface ExplorerCountry extends MapPlace {
	name: string;
}

/** The explorer's data: events in dataset order and countries in name order. */
export interface ExplorerData {
	events: EventSummary[];
	countries: ExplorerCountry[];
}

/** A country with data in `locale`; the geometry's tests check that the map draws every one. */
function explorerCountry(id: Iso3, locale: Locale): ExplorerCountry {
	const place = placeOf(id);
	if (!place) throw new Error(`The map does not draw ${id}, a country with data`);
	return { ...place, name: countryName(id, locale) };
}

/**
 * An event without its detail fields, and its participants without their notes and agencies (all
 * load with the event's details when a reader opens it or a country that took part).
 */
export function summarize(event: AtlasEvent): EventSummary {
	const summary: Partial<AtlasEvent> = {
		...event,
		participants: event.participants.map((participant) => {
			const shipped = { ...participant };
			delete shipped.note;
			delete shipped.agency;
			return shipped;
		})
	};
	for (const field of DETAIL_FIELDS) delete summary[field];
	return summary as EventSummary;
}

/**
 * The explorer's data in `locale`, from the dataset (with synthetic copies of the events only in a
 * build for the benchmark's scale mode, see synthetic.ts).
 */
export function explorerData(locale: Locale = 'en'): ExplorerData {
	const shipped = events.map((event) => summarize(localizeEvent(event, locale)));
	const countries = countriesWithData.map((id) => explorerCountry(id, locale));
	if (locale !== 'en') {
		countries.sort((a, b) => a.name.localeCompare(b.name, INTL_TAG[locale]));
	}
	return {
		events: __ATLAS_SCALE__ > 1 ? synthesize(shipped, __ATLAS_SCALE__) : shipped,
		countries
	};
}
