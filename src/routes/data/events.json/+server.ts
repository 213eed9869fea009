import { events } from '$lib/data/dataset';
import { toExportJson } from '$lib/data/export';
import type { RequestHandler } from './$types';

export const prerender = true;

/** The whole dataset as JSON, in the documented export format (`$lib/data/export`). */
export const GET: RequestHandler = () =>
	new Response(`${JSON.stringify(toExportJson(events), null, '\t')}\n`, {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
