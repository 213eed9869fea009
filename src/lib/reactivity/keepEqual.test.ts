import { describe, expect, it } from 'vitest';
import { keepEqual } from './keepEqual';
import { sameFilter, type EventFilter } from '$lib/data/participationIndex';
import type { EventKind } from '$lib/data/types';

describe('keepEqual', () => {
	it('returns the first of equal values, and each new value that differs', () => {
		const keep = keepEqual<{ n: number }>((a, b) => a.n === b.n);
		const first = { n: 1 };
		expect(keep(first)).toBe(first);
		expect(keep({ n: 1 })).toBe(first);
		const second = { n: 2 };
		expect(keep(second)).toBe(second);
		expect(keep({ n: 2 })).toBe(second);
		expect(keep({ n: 1 })).not.toBe(first);
	});
});

describe('sameFilter', () => {
	const kinds = (...list: EventKind[]) => new Set(list);
	it.each<[string, EventFilter, EventFilter, boolean]>([
		['empty filters', {}, {}, true],
		[
			'the same kinds in another order',
			{ kinds: kinds('bilateral-mou', 'workshop') },
			{ kinds: kinds('workshop', 'bilateral-mou') },
			true
		],
		['other kinds', { kinds: kinds('bilateral-mou') }, { kinds: kinds('workshop') }, false],
		[
			'a kind more',
			{ kinds: kinds('bilateral-mou') },
			{ kinds: kinds('bilateral-mou', 'workshop') },
			false
		],
		['kinds against none', { kinds: kinds('bilateral-mou') }, {}, false],
		['seedOnly absent and false', { seedOnly: false }, {}, true],
		['seedOnly on and off', { seedOnly: true }, { seedOnly: false }, false],
		['another trust level', { minConfidence: 'high' }, { minConfidence: 'medium' }, false],
		['the same trust level', { minConfidence: 'high' }, { minConfidence: 'high' }, true]
	])('%s', (_, a, b, same) => {
		expect(sameFilter(a, b)).toBe(same);
		expect(sameFilter(b, a)).toBe(same);
	});
});
