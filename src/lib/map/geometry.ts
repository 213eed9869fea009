/**
 * The world map's geometry, pre-projected at build time (Equal Earth, 960 px wide) by
 * `scripts/build-geometry.js`, so the browser needs neither d3-geo nor topojson. Coordinates are SVG
 * user units in a `0 0 WIDTH HEIGHT` view box.
 */
import { centers } from './generated/world';

// Documented where they are generated.
export { centers, HEIGHT, outline, shapes, smallStates, WIDTH } from './generated/world';

/** A point in map coordinates (SVG user units). */
export type MapPoint = readonly [x: number, y: number];

/**
 * ISO 3166-1 alpha-3 codes of every country that can be shown on the map: a shape or a symbol.
 * Taken from `centers`, which has one entry per drawn country, so that the browser bundle need not
 * include the shapes (see `shapes.ts`).
 */
export const drawnCountries: ReadonlySet<string> = new Set(Object.keys(centers));

/**
 * Whether the map can show a country, as a shape or a small-state symbol.
 * @param iso3 ISO 3166-1 alpha-3 code, upper case (`SGP`)
 */
export function hasGeometry(iso3: string): boolean {
	return drawnCountries.has(iso3);
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
