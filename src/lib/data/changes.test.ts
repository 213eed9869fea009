import { describe, expect, it } from 'vitest';
import { isIsoDay } from '$lib/time/day';
import { DATASET_CHANGES } from './changes';
import { eventById } from './dataset';

describe('what changed', () => {
	it.each(DATASET_CHANGES.map((change) => [change.eventId ?? 'the dataset', change] as const))(
		'%s: a real event (if one), a day, a sentence, a source with a URL if any',
		(_, change) => {
			if (change.eventId !== undefined) expect(eventById.has(change.eventId)).toBe(true);
			expect(isIsoDay(change.date)).toBe(true);
			expect(change.what).toMatch(/^[A-Z].*\.$/);
			if (change.source) expect(change.source.url).toMatch(/^https?:\/\//);
		}
	);

	it('lists the newest first', () => {
		const dates = DATASET_CHANGES.map((change) => change.date);
		expect(dates).toEqual([...dates].sort().reverse());
	});
});
