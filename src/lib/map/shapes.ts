/**
 * The country shapes, shipped to the browser once. The prerendered page already carries every
 * path in its SVG, so the browser bundle does not include them again: on the client the map reads
 * them back from that SVG before hydrating (same data, so hydration changes nothing). Where the
 * page was not prerendered with the map (a client-side navigation from another page), they are
 * fetched from `/geo/shapes.json`, prerendered from the same generated module.
 */
import { shapes as generatedShapes } from './generated/world';

/** A country's outline as an SVG path; `id` is its ISO alpha-3 code, `null` where it has none. */
export interface Shape {
	id: string | null;
	d: string;
}

/** Attribute of every shape's path in the prerendered map (`WorldMap.svelte`): its id, or ''. */
const SHAPE_ATTRIBUTE = 'data-country';

/**
 * The shapes available now: all of them while prerendering; in the browser, those found in the
 * prerendered map (none after a client-side navigation, see `loadShapes`).
 */
export function shapesInPage(): readonly Shape[] {
	if (import.meta.env.SSR) return generatedShapes;
	const paths = document.querySelectorAll<SVGPathElement>(`path[${SHAPE_ATTRIBUTE}]`);
	return Array.from(paths, (path) => ({
		id: path.getAttribute(SHAPE_ATTRIBUTE) || null,
		d: path.getAttribute('d') ?? ''
	}));
}

/** Fetches the shapes when the page did not carry them. */
export async function loadShapes(url: string): Promise<readonly Shape[]> {
	const response = await fetch(url);
	if (!response.ok) throw new Error(`Map shapes: HTTP ${response.status}`);
	return (await response.json()) as Shape[];
}

/** The generated shapes, for the prerendered `/geo/shapes.json` endpoint and tests. */
export const allShapes: readonly Shape[] = generatedShapes;
