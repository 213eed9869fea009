/**
 * The world map's geometry, pre-projected at build time (Equal Earth, 960 px wide) by
 * `scripts/build-geometry.js`, so the browser needs neither d3-geo nor topojson. Coordinates are SVG
 * user units in a `0 0 WIDTH HEIGHT` view box.
 *
 * The browser's bundle takes only the frame from here (`WIDTH`, `HEIGHT`, the sea's `outline`): the
 * shapes are read back from the prerendered page (`shapes.ts`) and the places of the countries with
 * data come with the page's data (`placeOf`, via `explorerData.ts`). Keep this module free of
 * top-level work, so that what the browser does not use is left out of its bundle.
 */
import type { Iso3 } from '$lib/data/types';
import { centers, smallStates } from './generated/world';

// Documented where they are generated.
export { centers, HEIGHT, outline, shapes, smallStates, WIDTH } from './generated/world';

/** A point in map coordinates (SVG user units). */
export type MapPoint = readonly [x: number, y: number];

/**
 * Where the map draws a country with data: the point to centre on (for keyboard moves and zoom),
 * and whether it is a small state, drawn as a dot on that point.
 */
export interface MapPlace {
	id: Iso3;
	center: MapPoint;
	dot: boolean;
}

/**
 * Whether the map can show a country, as a shape or a small-state symbol.
 * @param iso3 ISO 3166-1 alpha-3 code, upper case (`SGP`)
 */
export function hasGeometry(iso3: string): boolean {
	return Object.hasOwn(centers, iso3);
}

/**
 * Where to centre the map on a country (for example when it gets keyboard focus): the centroid of
 * its largest polygon, or its symbol for a small state.
 * @param iso3 ISO 3166-1 alpha-3 code, upper case (`SGP`)
 * @returns the point in map coordinates, or `undefined` if the map does not show the country
 */
export function centerOf(iso3: string): MapPoint | undefined {
	return Object.hasOwn(centers, iso3) ? centers[iso3] : undefined;
}

/**
 * Where the map draws a country (see `MapPlace`), or `undefined` if it does not show it.
 * @param iso3 ISO 3166-1 alpha-3 code, upper case (`SGP`)
 */
export function placeOf(iso3: Iso3): MapPlace | undefined {
	const center = centerOf(iso3);
	return center && { id: iso3, center, dot: smallStates.some((state) => state.id === iso3) };
}
