/**
 * The explorer's facts, as the page ships them: events (without details) with lookups, the
 * countries with data, their names and places on the map, and the participation index. Built once per page.
 */
import type { ExplorerData } from '$lib/data/explorerData';
import { ParticipationIndex } from '$lib/data/participationIndex';
import type { EventSummary, Iso3 } from '$lib/data/types';
import type { MapPlace } from '$lib/map/geometry';
import type { KnownIds } from '$lib/url/viewState';

/** The explorer's facts and their lookups. */
export class Atlas {
	/** Every event, in date order, without detail fields. */
	readonly events: readonly EventSummary[];
	/** Events by id. */
	readonly eventById: ReadonlyMap<string, EventSummary>;
	/** Countries with data, in name order. */
	readonly countries: readonly Iso3[];
	/** Where the map draws the countries with data, in name order. */
	readonly places: readonly MapPlace[];
	/** Participation of every country on any day. */
	readonly index: ParticipationIndex;
	/** What a URL may select. */
	readonly known: KnownIds;
	readonly #names: ReadonlyMap<Iso3, string>;

	constructor(data: ExplorerData) {
		this.events = data.events;
		this.eventById = new Map(data.events.map((event) => [event.id, event]));
		this.countries = data.countries.map((country) => country.id);
		this.places = data.countries;
		this.#names = new Map(data.countries.map((country) => [country.id, country.name]));
		this.index = new ParticipationIndex(data.events);
		this.known = { eventIds: new Set(this.eventById.keys()), countries: new Set(this.countries) };
	}

	/** A country's English short name (as the build computed it), or its code if unknown. */
	nameOf = (iso3: Iso3): string => this.#names.get(iso3) ?? iso3;
}
