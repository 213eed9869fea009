import { json } from '@sveltejs/kit';
import { allShapes } from '$lib/map/shapes';

export const prerender = true;

/** The map's country shapes, for explorers opened by client-side navigation. */
export function GET() {
	return json(allShapes);
}
