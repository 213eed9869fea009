/**
 * What the explorer page ships to the browser: every event without its detail fields, and the
 * English names of the countries with data, computed once at build time (so the browser needs no
 * country tables, and server and browser show the same names).
 */
import { countryName } from './countries';
import { countriesWithData, events } from './dataset';
import { synthesize } from './synthetic';
import { DETAIL_FIELDS, type AtlasEvent, type EventSummary, type Iso3 } from './types';

/** The explorer's data: events in dataset order and countries in name order. */
export interface ExplorerData {
	events: EventSummary[];
	countries: { id: Iso3; name: string }[];
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
 * The explorer's data, from the dataset (with synthetic copies of the events only in a build for
 * the benchmark's scale mode, see synthetic.ts).
 */
export function explorerData(): ExplorerData {
	const shipped = events.map(summarize);
	return {
		events: __ATLAS_SCALE__ > 1 ? synthesize(shipped, __ATLAS_SCALE__) : shipped,
		countries: countriesWithData.map((id) => ({ id, name: countryName(id) }))
	};
}
