import { describe, expect, it } from 'vitest';
import { events } from '$lib/data/dataset';
import { CSV_COLUMNS } from '$lib/data/export';
import * as csvRoute from './events.csv/+server';
import * as jsonRoute from './events.json/+server';

// The handlers ignore their request; any value stands in for it.
const request = {} as never;

describe('data routes', () => {
	it('prerender both exports', () => {
		expect(jsonRoute.prerender).toBe(true);
		expect(csvRoute.prerender).toBe(true);
	});

	it('serve the JSON export as application/json', async () => {
		const response = await jsonRoute.GET(request);
		expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
		const body = await response.json();
		expect(body.version).toBe(1);
		expect(body.events).toHaveLength(events.length);
	});

	it('serve the CSV export as text/csv with a header row', async () => {
		const response = await csvRoute.GET(request);
		expect(response.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
		const text = await response.text();
		expect(text.startsWith(`${CSV_COLUMNS.join(',')}\r\n`)).toBe(true);
	});
});
