import { events } from '$lib/data/dataset';
import { toCsv } from '$lib/data/export';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The whole dataset as CSV, one row per event and participant (`$lib/data/export`). */
export const GET: RequestHandler = () =>
	new Response(toCsv(events), {
		headers: { 'content-type': 'text/csv; charset=utf-8; header=present' }
	});
