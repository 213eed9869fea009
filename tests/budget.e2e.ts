import { expect, test } from '@playwright/test';
import { formatFirstLoad, kb, measureFirstLoad } from '../bench/bytes.js';

/** The explorer's first-load budget: everything it transfers until the network is idle, gzipped. */
const FIRST_LOAD_GZIP_BUDGET = 100 * 1024;

test('the explorer’s first load stays within 100 KB gzip', async ({ page }, testInfo) => {
	const load = await measureFirstLoad(page, '/');
	const breakdown = formatFirstLoad(load);
	console.log(`\nFirst load of / (gzip -9 of each body; 1 KB = 1024 B):\n${breakdown}\n`);
	await testInfo.attach('first-load.txt', { body: breakdown, contentType: 'text/plain' });
	expect(load.status).toBe(200);
	expect(
		load.total.gzip,
		`first load is ${kb(load.total.gzip)} gzip, budget ${kb(FIRST_LOAD_GZIP_BUDGET)}`
	).toBeLessThanOrEqual(FIRST_LOAD_GZIP_BUDGET);
});
