import { expect, test } from '@playwright/test';
import { formatFirstLoad, kb, measureFirstLoad } from '../bench/bytes.js';

/** The explorer's first-load budget: everything it transfers until the network is idle, gzipped. */
const FIRST_LOAD_GZIP_BUDGET = 100 * 1024;

for (const path of ['/', '/fr', '/es']) {
	test(`the explorer’s first load at ${path} stays within 100 KB gzip`, async ({
		page
	}, testInfo) => {
		const load = await measureFirstLoad(page, path);
		const breakdown = formatFirstLoad(load);
		console.log(`\nFirst load of ${path} (gzip -9 of each body; 1 KB = 1024 B):\n${breakdown}\n`);
		await testInfo.attach(`first-load${path.replace('/', '-')}.txt`, {
			body: breakdown,
			contentType: 'text/plain'
		});
		expect(load.status).toBe(200);
		expect(
			load.total.gzip,
			`first load of ${path} is ${kb(load.total.gzip)} gzip, budget ${kb(FIRST_LOAD_GZIP_BUDGET)}`
		).toBeLessThanOrEqual(FIRST_LOAD_GZIP_BUDGET);
	});
}
