/**
 * What the world map draws, in paint order, from the country shapes and the countries with data
 * (see `WorldMap.svelte`). Pure: the map derives it once per set of shapes and countries.
 */
import type { Iso3 } from '$lib/data/types';
import { smallStates } from '$lib/map/geometry';
import type { Shape } from '$lib/map/shapes';

/** A small state's dot: its country and where it is drawn. */
export type MapDot = (typeof smallStates)[number];
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

const smallStateById = new Map(smallStates.map((state) => [state.id, state]));

/**
 * What the map draws, in paint order: countries without data first; then each country with data,
 * in the order of their names, which is the order a screen reader reads them: its shape or, for
 * a state too small to have one, an invisible stand-in under its dot. (The dots of small states
 * come last, on top: they are what the pointer hits and the eye sees.)
 * @param shapes the country outlines
 * @param countries the countries with data, in the order of their names
 * @param focusable the same countries, as a set
 */
export function mapLayers(
	shapes: readonly Shape[],
	countries: readonly Iso3[],
	focusable: ReadonlySet<Iso3>
): MapLayers {
	const shapeById = new Map(shapes.flatMap((shape) => (shape.id ? [[shape.id, shape]] : [])));
	return {
		inert: shapes.filter((shape) => !shape.id || !focusable.has(shape.id)),
		countries: countries.flatMap((id): MapCountry[] => {
			const shape = shapeById.get(id);
			const dot = smallStateById.get(id);
			if (shape) return [{ id, d: shape.d, dot: null }];
			return dot ? [{ id, d: null, dot }] : [];
		}),
		dots: smallStates.flatMap((state) =>
			focusable.has(state.id) ? [{ ...state, standIn: !shapeById.has(state.id) }] : []
		)
	};
}
