/**
 * What the world map draws, in paint order, from the country shapes and the countries with data
 * (see `WorldMap.svelte`). Pure: the map derives it once per set of shapes and countries.
 */
import type { EventSummary, Iso3, Role } from '$lib/data/types';
import { binNumber } from '$lib/map/choropleth';
import type { MapPlace } from '$lib/map/geometry';
import type { Shape } from '$lib/map/shapes';

/** A small state's dot: its country and where it is drawn. */
export interface MapDot {
	id: Iso3;
	x: number;
	y: number;
}
/** A country with data as the map draws it: by its shape, else by its small state's dot. */
export type MapCountry = { id: Iso3; d: string; dot: null } | { id: Iso3; d: null; dot: MapDot };
/** A small state's visible dot; `standIn` when it has no shape (its stand-in is its stop). */
export type SmallStateDot = MapDot & { standIn: boolean };

/** The map's layers, in paint order. */
export interface MapLayers {
	/** Countries without data (and territories without a code), drawn first, never focusable. */
	inert: Shape[];
	/** Each country with data, in name order: its shape or, if it has none, its small state's dot. */
	countries: MapCountry[];
	/** The dots of the small states with data, drawn last, on top. */
	dots: SmallStateDot[];
}

/**
 * What the map draws, in paint order: countries without data first; then each country with data,
 * in the order of their names, which is the order a screen reader reads them: its shape or, for
 * a state too small to have one, an invisible stand-in under its dot. (The dots of small states
 * come last, on top: they are what the pointer hits and the eye sees.)
 * @param shapes the country outlines
 * @param places the countries with data, in the order of their names, and where they are drawn
 * @param focusable the same countries, as a set
 */
export function mapLayers(
	shapes: readonly Shape[],
	places: readonly MapPlace[],
	focusable: ReadonlySet<Iso3>
): MapLayers {
	const shapeById = new Map(shapes.flatMap((shape) => (shape.id ? [[shape.id, shape]] : [])));
	const dotOf = ({ id, center: [x, y] }: MapPlace): MapDot => ({ id, x, y });
	return {
		inert: shapes.filter((shape) => !shape.id || !focusable.has(shape.id)),
		countries: places.flatMap((place): MapCountry[] => {
			const shape = shapeById.get(place.id);
			if (shape) return [{ id: place.id, d: shape.d, dot: null }];
			return place.dot ? [{ id: place.id, d: null, dot: dotOf(place) }] : [];
		}),
		dots: places.flatMap((place) =>
			place.dot ? [{ ...dotOf(place), standIn: !shapeById.has(place.id) }] : []
		)
	};
}

/**
 * A country's fill class: its count's bin (`bin-0`…`bin-5`), or in a period view `already` when it
 * joined nothing in the period but was already in something before it.
 * @param counts each country's count (missing: 0)
 * @param alreadyIn in a period view, the countries already in something before it; else `null`
 */
export function fillClasses(
	counts: ReadonlyMap<Iso3, number>,
	alreadyIn: ReadonlySet<Iso3> | null
): (id: Iso3) => string {
	return (id) => {
		const count = counts.get(id) ?? 0;
		return count === 0 && alreadyIn?.has(id) ? 'already' : `bin-${binNumber(count)}`;
	};
}

/**
 * A country's outline class by its role in the focused event: `role-bound` (signatory, party,
 * joined), `role-member` (member of the convening body), `role-meeting` (host, chair, participant),
 * `dim` for a country not in it, and '' for every country when no event is focused.
 * @param event the focused event, or `null`
 */
export function outlineClasses(
	event: Pick<EventSummary, 'participants'> | null
): (id: Iso3 | null) => string {
	if (!event) return () => '';
	const roles = new Map<Iso3, Role>(event.participants.map((p) => [p.country, p.role]));
	return (id) => {
		const role = id ? roles.get(id) : undefined;
		if (!role) return 'dim';
		if (role === 'member') return 'role-member';
		if (role === 'host' || role === 'chair' || role === 'participant') return 'role-meeting';
		return 'role-bound';
	};
}
