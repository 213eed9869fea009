/**
 * The facts, frozen: the whole dataset and both exports, compared with files saved before the
 * dataset's shape changed (membership lists, one module per event). A refactor must leave them
 * identical; a deliberate correction updates them (`npx vitest run -u src/lib/data/golden.test.ts`)
 * and says so in its commit message, each difference listed.
 */
import { describe, expect, it } from 'vitest';
import { events } from './dataset';
import { toCsv, toExportJson } from './export';

describe('the facts are unchanged', () => {
	it('the whole dataset, every field of every event', async () => {
		await expect(`${JSON.stringify(events, null, '\t')}\n`).toMatchFileSnapshot(
			'./golden/dataset.json'
		);
	});

	it('the JSON export (/data/events.json)', async () => {
		await expect(`${JSON.stringify(toExportJson(events), null, '\t')}\n`).toMatchFileSnapshot(
			'./golden/events.json'
		);
	});

	it('the CSV export (/data/events.csv)', async () => {
		await expect(toCsv(events)).toMatchFileSnapshot('./golden/events.csv');
	});
});
