import fc from 'fast-check';
import { seededRandom } from '$lib/data/synthetic';
import { describe, expect, it } from 'vitest';
import {
	addMustLabel,
	estimateTextWidth,
	labelPriority,
	placeLabels,
	type LabelCandidate,
	type LabelOptions,
	type PlacedLabel
} from './labels';

/** Float slack for sums such as `x1 + gap + w`. */
const EPS = 1e-9;

function cand(
	id: string,
	x0: number,
	x1: number,
	width: number,
	priority = 0,
	band = 'a'
): LabelCandidate {
	return { id, band, x0, x1, width, priority };
}

function byId(labels: PlacedLabel[]): Record<string, PlacedLabel> {
	return Object.fromEntries(labels.map((l) => [l.id, l]));
}

function isMust(c: LabelCandidate): boolean {
	return c.must === true || c.priority === Infinity;
}

function inView(c: LabelCandidate, width: number): boolean {
	const x0 = Math.min(c.x0, c.x1);
	const x1 = Math.max(c.x0, c.x1);
	return x1 > x0 ? x1 > 0 && x0 < width : x0 >= 0 && x0 <= width;
}

/** Distance between two closed intervals (negative when they overlap). */
function distance(a: { x0: number; x1: number }, b: { x0: number; x1: number }): number {
	return Math.max(a.x0 - b.x1, b.x0 - a.x1);
}

/**
 * Checks every rule that must hold for any input: labels inside [0, width], one per in-view
 * candidate at most, next to their mark; labels other than must-labels keep `gap` from every mark
 * in view and every other label of their band, and overlap no mark at all; must-labels are placed.
 */
function expectValid(candidates: LabelCandidate[], labels: PlacedLabel[], options: LabelOptions) {
	const { width, gap } = options;
	const candidateById = new Map(candidates.map((c) => [c.id, c]));
	expect(new Set(labels.map((l) => l.id)).size).toBe(labels.length);
	for (const label of labels) {
		const c = candidateById.get(label.id)!;
		expect(c).toBeDefined();
		expect(label.band).toBe(c.band);
		expect(inView(c, width)).toBe(true);
		expect(label.x0).toBeGreaterThanOrEqual(0);
		expect(label.x1).toBeLessThanOrEqual(width);
		if (isMust(c)) continue;
		expect(label.x1 - label.x0).toBeCloseTo(c.width, 9);
		if (label.side === 'right') expect(label.x0).toBeCloseTo(c.x1 + gap, 9);
		else expect(label.x1).toBeCloseTo(c.x0 - gap, 9);
		for (const mark of candidates) {
			if (mark.band !== label.band) continue;
			// No label covers any mark, in view or not; marks in view are kept `gap` away.
			expect(distance(label, mark)).toBeGreaterThanOrEqual(inView(mark, width) ? gap - EPS : 0);
		}
		for (const other of labels) {
			if (other === label || other.band !== label.band) continue;
			expect(distance(label, other)).toBeGreaterThanOrEqual(gap - EPS);
		}
	}
	const placed = new Set(labels.map((l) => l.id));
	for (const c of candidates) {
		if (isMust(c) && inView(c, width) && c.width >= 0) expect(placed.has(c.id)).toBe(true);
	}
}

/** Deterministic pseudo-random numbers in [0, 1). */
const random = seededRandom;

const coordinate = fc.oneof(
	fc.integer({ min: -80, max: 580 }),
	fc.double({ min: -80, max: 580, noNaN: true })
);

/** Candidates crowded into three bands of a 500 px timeline, with many ties in x0 and priority. */
function candidatesArb(priority: fc.Arbitrary<number>) {
	return fc
		.array(
			fc.record({
				band: fc.constantFrom('agreement:0', 'agreement:1', 'meeting:0'),
				x0: coordinate,
				length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 40 })),
				width: fc.integer({ min: 0, max: 140 }),
				priority
			}),
			{ maxLength: 60 }
		)
		.map((rows) =>
			rows.map(({ band, x0, length, width, priority }, i): LabelCandidate => ({
				id: `e${i}`,
				band,
				x0,
				x1: x0 + length,
				width,
				priority
			}))
		);
}

const gapArb = fc.constantFrom(0, 2, 4, 3.5);

describe('placeLabels: invariants (property)', () => {
	it('never overlaps two labels or a label and a mark, and keeps labels inside [0, width]', () => {
		fc.assert(
			fc.property(candidatesArb(fc.integer({ min: 0, max: 4 })), gapArb, (candidates, gap) => {
				const options = { width: 500, gap };
				expectValid(candidates, placeLabels(candidates, options), options);
			}),
			{ numRuns: 300 }
		);
	});

	it('always places must-labels, and other labels still avoid them', () => {
		const priority = fc.oneof(
			{ weight: 4, arbitrary: fc.integer({ min: 0, max: 4 }) },
			{ weight: 1, arbitrary: fc.constant(Infinity) }
		);
		fc.assert(
			fc.property(candidatesArb(priority), gapArb, (candidates, gap) => {
				const options = { width: 500, gap };
				expectValid(candidates, placeLabels(candidates, options), options);
			}),
			{ numRuns: 300 }
		);
	});

	it('places the same labels whatever the input order, and returns them in input order', () => {
		const priority = fc.oneof(fc.integer({ min: 0, max: 2 }), fc.constant(Infinity));
		const crowded = candidatesArb(priority).map((cs) =>
			// Scaled down to integers on 80 px: many candidates tie on priority and x0 and compete.
			cs.map((c) => ({
				...c,
				x0: Math.round(c.x0 / 10),
				x1: Math.round(c.x1 / 10) + 3,
				width: Math.round(c.width / 10)
			}))
		);
		const withShuffle = crowded.chain((cs) =>
			fc.tuple(fc.constant(cs), fc.shuffledSubarray(cs, { minLength: cs.length }))
		);
		fc.assert(
			fc.property(withShuffle, ([candidates, shuffled]) => {
				const options = { width: 80, gap: 2 };
				const original = placeLabels(candidates, options);
				const reordered = placeLabels(shuffled, options);
				expect(byId(reordered)).toEqual(byId(original));
				const order = new Map(shuffled.map((c, i) => [c.id, i]));
				const indices = reordered.map((l) => order.get(l.id)!);
				expect(indices).toEqual([...indices].sort((a, b) => a - b));
			}),
			{ numRuns: 300 }
		);
	});
});

describe('placeLabels: sides', () => {
	const options = { width: 200, gap: 4 };

	it.each([
		{
			name: 'right of the mark when free',
			candidates: [cand('a', 50, 60, 30)],
			expected: { a: { side: 'right', x0: 64, x1: 94 } }
		},
		{
			name: 'left when the right side would leave the timeline',
			candidates: [cand('a', 170, 180, 30)],
			expected: { a: { side: 'left', x0: 136, x1: 166 } }
		},
		{
			name: 'left when a mark is in the way on the right',
			candidates: [cand('a', 50, 60, 30), cand('b', 70, 80, 30, -1)],
			expected: { a: { side: 'left', x0: 16, x1: 46 }, b: { side: 'right', x0: 84, x1: 114 } }
		},
		{
			name: 'left when a label placed first is in the way on the right',
			candidates: [cand('a', 50, 60, 30), cand('b', 100, 110, 30, 5), cand('c', 112, 120, 0, -1)],
			expected: {
				a: { side: 'left', x0: 16, x1: 46 },
				b: { side: 'left', x0: 66, x1: 96 },
				c: { side: 'right', x0: 124, x1: 124 }
			}
		},
		{
			name: 'right when exactly `gap` is left before the next mark and the edge',
			candidates: [cand('a', 50, 60, 30), cand('b', 98, 120, 0, -1), cand('c', 126, 166, 30)],
			expected: { a: { side: 'right', x0: 64, x1: 94 }, c: { side: 'right', x0: 170, x1: 200 } }
		},
		{
			name: 'none when neither side is free',
			candidates: [cand('a', 20, 30, 30), cand('b', 40, 50, 0, 1), cand('c', 60, 70, 0, 1)],
			expected: { b: { side: 'right', x0: 54, x1: 54 }, c: { side: 'right', x0: 74, x1: 74 } }
		},
		{
			name: 'none for a label wider than the timeline',
			candidates: [cand('a', 0, 10, 250)],
			expected: {}
		}
	])('$name', ({ candidates, expected }) => {
		const labels = placeLabels(candidates, options);
		const got = Object.fromEntries(
			labels.map(({ id, side, x0, x1 }) => [id, { side, x0, x1 }] as const)
		);
		expect(got).toEqual(expected);
		expectValid(candidates, labels, options);
	});

	it('keeps bands apart: a mark blocks labels in its own band only', () => {
		const candidates = [cand('a', 50, 60, 30, 0, 'x'), cand('b', 70, 80, 0, 0, 'y')];
		expect(byId(placeLabels(candidates, options)).a.side).toBe('right');
		const sameBand = [cand('a', 50, 60, 30, 0, 'x'), cand('b', 70, 80, 0, 0, 'x')];
		expect(byId(placeLabels(sameBand, options)).a.side).toBe('left');
	});
});

describe('placeLabels: marks out of view', () => {
	const options = { width: 100, gap: 4 };

	it.each([
		{ name: 'right of the timeline', mark: cand('out', 102, 110, 10, 9) },
		{ name: 'left of the timeline', mark: cand('out', -30, -2, 10, 9) },
		{ name: 'ending at 0', mark: cand('out', -30, 0, 10, 9) }
	])('a mark $name gets no label', ({ mark }) => {
		expect(placeLabels([mark], options)).toEqual([]);
		expect(placeLabels([{ ...mark, priority: Infinity }], options)).toEqual([]);
	});

	it('a mark out of view does not block a label ending near the edge', () => {
		// `a`'s label ends at 100; with its trailing gap it would touch a mark at 102.
		const candidates = [cand('a', 0, 10, 86), cand('out', 102, 110, 10, 9)];
		expect(placeLabels(candidates, options)).toEqual([
			{ id: 'a', band: 'a', side: 'right', x0: 14, x1: 100 }
		]);
		const left = [cand('b', 90, 100, 86), cand('out', -10, -2, 10, 9)];
		expect(placeLabels(left, options)).toEqual([
			{ id: 'b', band: 'a', side: 'left', x0: 0, x1: 86 }
		]);
	});

	it('a mark partly in view blocks labels and can be labelled', () => {
		const candidates = [cand('a', 50, 60, 30, 1), cand('part', 90, 130, 20)];
		const labels = byId(placeLabels(candidates, options));
		expect(labels.a.side).toBe('left');
		expect(labels.part).toEqual({ id: 'part', band: 'a', side: 'left', x0: 66, x1: 86 });
	});

	it('returns nothing for a timeline with no width', () => {
		expect(placeLabels([cand('a', 0, 10, 5)], { width: 0, gap: 4 })).toEqual([]);
	});
});

describe('placeLabels: priorities', () => {
	// `a`'s right spot [14, 64] and `b`'s left spot [16, 66] overlap: only one label fits.
	const options = { width: 100, gap: 4 };
	const contested = (pa: number, pb: number) => [
		cand('a', 0, 10, 50, pa),
		cand('b', 70, 80, 50, pb)
	];

	it.each([
		{ pa: 2, pb: 1, winner: 'a', side: 'right' },
		{ pa: 1, pb: 2, winner: 'b', side: 'left' },
		{ pa: 1, pb: 1, winner: 'a', side: 'right' }, // tie: smaller x0 first
		{ pa: -Infinity, pb: NaN, winner: 'a', side: 'right' },
		{ pa: 1, pb: Infinity, winner: 'b', side: 'left' },
		{ pa: Infinity, pb: 1e9, winner: 'a', side: 'right' }
	])('priority $pa vs $pb: $winner wins', ({ pa, pb, winner, side }) => {
		for (const candidates of [contested(pa, pb), contested(pa, pb).reverse()]) {
			const labels = placeLabels(candidates, options);
			expect(labels.map((l) => [l.id, l.side])).toEqual([[winner, side]]);
		}
	});

	it('breaks a tie in priority and x0 by id', () => {
		const candidates = [cand('b', 0, 10, 50), cand('a', 0, 10, 50)];
		for (const input of [candidates, [...candidates].reverse()]) {
			expect(placeLabels(input, options).map((l) => l.id)).toEqual(['a']);
		}
	});

	it('a `must` flag acts as priority Infinity', () => {
		const candidates = [cand('a', 0, 10, 50, 5), { ...cand('b', 70, 80, 50, 0), must: true }];
		expect(placeLabels(candidates, options).map((l) => l.id)).toEqual(['b']);
	});

	it('labels a mark boxed in by marks only when it is a must-label', () => {
		const boxed = (priority: number) => [
			cand('l', 20, 30, 0, -1),
			cand('m', 34, 40, 20, priority),
			cand('r', 44, 54, 0, -1)
		];
		expect(byId(placeLabels(boxed(1e9), options)).m).toBeUndefined();
		expect(byId(placeLabels(boxed(Infinity), options)).m).toEqual({
			id: 'm',
			band: 'a',
			side: 'right',
			x0: 44,
			x1: 64
		});
	});

	it.each([
		{
			name: 'more room on the left',
			candidates: [cand('l', 10, 20, 0, -1), cand('m', 60, 70, 40, Infinity), cand('r', 72, 95, 0)],
			expected: { side: 'left', x0: 16, x1: 56 }
		},
		{
			name: 'more room on the right, shifted inside at the edge',
			candidates: [cand('m', 60, 70, 45, Infinity), cand('l', 50, 55, 0, -1)],
			expected: { side: 'right', x0: 55, x1: 100 }
		},
		{
			name: 'wider than the room on either side, shifted inside [0, width] on the roomier side',
			candidates: [cand('m', 20, 30, 95, Infinity)],
			expected: { side: 'right', x0: 5, x1: 100 }
		},
		{
			name: 'wider than the timeline, cut to [0, width]',
			candidates: [cand('m', 20, 30, 140, Infinity)],
			expected: { side: 'right', x0: 0, x1: 100 }
		}
	])('a boxed-in must-label: $name', ({ candidates, expected }) => {
		const m = byId(placeLabels(candidates, options)).m;
		expect({ side: m.side, x0: m.x0, x1: m.x1 }).toEqual(expected);
	});

	it('a forced must-label still blocks later labels', () => {
		const candidates = [
			cand('l', 20, 30, 0, -1),
			cand('m', 34, 40, 20, Infinity),
			cand('r', 44, 54, 10, 5), // its right spot [58, 68] is under m's label [44, 64]
			cand('far', 90, 95, 0, -1)
		];
		const labels = byId(placeLabels(candidates, options));
		expect(labels.m).toMatchObject({ x0: 44, x1: 64 });
		expect(labels.r).toBeUndefined();
	});

	it('a forced must-label over a long mark leaves the rest of that mark blocked', () => {
		const candidates = [
			cand('l', 20, 30, 0, -1),
			cand('m', 34, 40, 20, Infinity), // forced to [44, 64], on top of `long`
			cand('long', 44, 120, 0, -1),
			cand('q', 124, 130, 20, 5), // right blocked by `r`; left [100, 120] is on `long`
			cand('r', 134, 140, 0, -1)
		];
		const labels = byId(placeLabels(candidates, { width: 200, gap: 4 }));
		expect(labels.m).toMatchObject({ x0: 44, x1: 64 });
		expect(labels.q).toBeUndefined();
	});

	it('places several must-labels in one crowded band', () => {
		const candidates = Array.from({ length: 20 }, (_, i) =>
			cand(`m${i}`, i * 5, i * 5 + 3, 30, Infinity)
		);
		const labels = placeLabels(candidates, options);
		expect(labels.map((l) => l.id)).toEqual(candidates.map((c) => c.id));
		expectValid(candidates, labels, options);
	});
});

describe('placeLabels: zoom', () => {
	const titles = [
		'London Action Plan',
		'Seoul-Melbourne MoU',
		'OECD Toolkit',
		'ITU WSIS meeting',
		'EU CNSA',
		'APEC TEL 31',
		'Anti-Spam Summit',
		'US-UK MoU'
	];
	const fixture = Array.from({ length: 48 }, (_, i) => {
		const x0 = 12 + i * 19 + (i % 3) * 4;
		return cand(
			`e${String(i).padStart(2, '0')}`,
			x0,
			x0 + 4 + (i % 4) * 3,
			estimateTextWidth(titles[i % titles.length], 12),
			(i * 7) % 5,
			`band${i % 3}`
		);
	});
	const scaled = (k: number) =>
		placeLabels(
			fixture.map((c) => ({ ...c, x0: c.x0 * k, x1: c.x1 * k })),
			{ width: 960 * k, gap: 4 }
		);

	it('never labels fewer marks when zoomed in', () => {
		const counts = [1, 1.5, 2, 3, 4, 8].map((k) => scaled(k).length);
		for (let i = 1; i < counts.length; i++) expect(counts[i]).toBeGreaterThanOrEqual(counts[i - 1]);
		expect(counts[0]).toBeLessThan(fixture.length);
		expect(counts[counts.length - 1]).toBe(fixture.length);
	});

	it('keeps every label labelled at 1× when zoomed in 2×', () => {
		const at2 = new Set(scaled(2).map((l) => l.id));
		for (const label of scaled(1)) expect(at2.has(label.id)).toBe(true);
	});
});

describe('placeLabels: performance', () => {
	function randomCandidates(n: number, bands: number, width: number, seed: number) {
		const next = random(seed);
		return Array.from({ length: n }, (_, i): LabelCandidate => {
			const x0 = next() * width;
			return {
				id: `e${i}`,
				band: `band${Math.floor(next() * bands)}`,
				x0,
				x1: x0 + 3 + next() * 30,
				width: 20 + next() * 160,
				priority: next() < 0.002 ? Infinity : Math.floor(next() * 50)
			};
		});
	}

	it.each([
		{ name: '46 bands', bands: 46, width: 1400 },
		{ name: 'one band, zoomed in', bands: 1, width: 200_000 },
		{ name: 'one crowded band', bands: 1, width: 1400 }
	])('places 4,600 random candidates quickly ($name)', ({ bands, width }) => {
		const candidates = randomCandidates(4600, bands, width, 42);
		const options = { width, gap: 4 };
		let labels = placeLabels(candidates, options); // warm up the JIT
		// Best of three, so that a busy machine's pause does not fail the test.
		let elapsed = Infinity;
		for (let i = 0; i < 3; i++) {
			const start = performance.now();
			labels = placeLabels(candidates, options);
			elapsed = Math.min(elapsed, performance.now() - start);
		}
		expect(elapsed).toBeLessThan(200);
		expect(labels.length).toBeGreaterThan(0);
	});
});

describe('labelPriority', () => {
	it.each([
		{ a: ['agreement', 2], b: ['meeting', 100], higher: 'a' },
		{ a: ['agreement', 10], b: ['agreement', 3], higher: 'a' },
		{ a: ['meeting', 4], b: ['meeting', 5], higher: 'b' },
		{ a: ['meeting', 0], b: ['agreement', 0], higher: 'b' },
		{ a: ['meeting', 5e6], b: ['agreement', 1], higher: 'b' },
		{ a: ['meeting', 7], b: ['meeting', 7], higher: 'neither' }
	] as const)('$a vs $b: $higher ranks higher', ({ a, b, higher }) => {
		const pa = labelPriority({ category: a[0], participantCount: a[1] }, false);
		const pb = labelPriority({ category: b[0], participantCount: b[1] }, false);
		expect(Number.isFinite(pa) && Number.isFinite(pb)).toBe(true);
		expect(Math.sign(pa - pb)).toBe(higher === 'a' ? 1 : higher === 'b' ? -1 : 0);
	});

	it.each(['agreement', 'meeting'] as const)('a must-label %s ranks Infinity', (category) => {
		expect(labelPriority({ category, participantCount: 0 }, true)).toBe(Infinity);
		expect(labelPriority({ category, participantCount: 1e9 }, false)).toBeLessThan(Infinity);
	});

	it('reads a NaN participant count as 0', () => {
		expect(labelPriority({ category: 'meeting', participantCount: NaN }, false)).toBe(
			labelPriority({ category: 'meeting', participantCount: 0 }, false)
		);
	});
});

// Arial / Helvetica advance widths in thousandths of an em, printable ASCII from space to `~`.
// prettier-ignore
const ARIAL = [
	278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
	556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
	1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
	667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
	333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
	556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584
];
const arialWidth = (text: string, size: number) =>
	[...text].reduce((sum, c) => sum + ARIAL[c.charCodeAt(0) - 32], 0) * (size / 1000);

describe('estimateTextWidth', () => {
	it('is 0 for empty text or a font size that is not positive', () => {
		expect(estimateTextWidth('', 12)).toBe(0);
		expect(estimateTextWidth('Label', 0)).toBe(0);
		expect(estimateTextWidth('Label', -3)).toBe(0);
		expect(estimateTextWidth('Label', NaN)).toBe(0);
	});

	it('grows with the text (property)', () => {
		fc.assert(
			fc.property(
				fc.string({ unit: 'grapheme', maxLength: 40 }),
				fc.string({ unit: 'grapheme', maxLength: 10 }),
				fc.string({ minLength: 1, maxLength: 10 }),
				(text, more, ascii) => {
					expect(estimateTextWidth(text + more, 12)).toBeGreaterThanOrEqual(
						estimateTextWidth(text, 12) - EPS
					);
					expect(estimateTextWidth(text + ascii, 12)).toBeGreaterThan(estimateTextWidth(text, 12));
				}
			)
		);
	});

	it('grows in proportion to the font size (property)', () => {
		fc.assert(
			fc.property(
				fc.string({ minLength: 1, maxLength: 32 }),
				fc.double({ min: 1, max: 64, noNaN: true }),
				fc.double({ min: 1, max: 64, noNaN: true }),
				(text, a, b) => {
					const [small, large] = a <= b ? [a, b] : [b, a];
					expect(estimateTextWidth(text, small)).toBeLessThanOrEqual(
						estimateTextWidth(text, large)
					);
					expect(estimateTextWidth(text, large) / large).toBeCloseTo(
						estimateTextWidth(text, small) / small,
						9
					);
				}
			)
		);
	});

	it.each([
		['iiii', 'mmmm'],
		['llll', 'wwww'],
		['jjjj', 'nnnn'],
		['tfr', 'aaa'],
		[". ,'", 'aaaa'],
		['abcde', 'ABCDE'],
		['mw', 'MW'],
		['nnnn', 'MMMM'],
		['IIII', 'HHHH']
	])('%s is narrower than %s', (narrow, wide) => {
		expect(estimateTextWidth(narrow, 12)).toBeLessThan(estimateTextWidth(wide, 12));
	});

	it('gives digits about 0.56 em', () => {
		expect(estimateTextWidth('0123456789', 10) / 10).toBeGreaterThanOrEqual(5.5);
		expect(estimateTextWidth('0123456789', 10) / 10).toBeLessThanOrEqual(6.2);
	});

	it('never underestimates Arial/Helvetica, character by character', () => {
		for (let code = 32; code <= 126; code++) {
			const char = String.fromCharCode(code);
			expect(estimateTextWidth(char, 1000), JSON.stringify(char)).toBeGreaterThanOrEqual(
				arialWidth(char, 1000)
			);
		}
	});

	it.each([
		'London Action Plan',
		'Seoul-Melbourne MoU on spam',
		'OECD Anti-Spam Toolkit',
		'ITU WSIS Thematic Meeting',
		'APEC TEL 31, Bangkok',
		"EU Contact Network of Spam Authorities (CNSA)'"
	])('overestimates %s by a little (up to 20%)', (title) => {
		const ratio = estimateTextWidth(title, 12) / arialWidth(title, 12);
		expect(ratio).toBeGreaterThanOrEqual(1);
		expect(ratio).toBeLessThanOrEqual(1.2);
	});

	it('counts accented letters as their base letter, composed or not', () => {
		expect(estimateTextWidth('Réunion à Genève', 12)).toBe(
			estimateTextWidth('Reunion a Geneve', 12)
		);
		expect(estimateTextWidth('Cre\u0301teil', 12)).toBe(estimateTextWidth('Créteil', 12));
		expect(estimateTextWidth('ÜBER', 12)).toBe(estimateTextWidth('UBER', 12));
	});

	it('counts wide scripts and unknown characters without underestimating', () => {
		expect(estimateTextWidth('東京', 10)).toBeGreaterThanOrEqual(20);
		expect(estimateTextWidth('서울', 10)).toBeCloseTo(estimateTextWidth('東京', 10), 9);
		expect(estimateTextWidth('Ω', 10)).toBeGreaterThanOrEqual(estimateTextWidth('A', 10));
	});
});

describe('addMustLabel', () => {
	const options = { width: 500, gap: 4 };

	it('adds the label over a placement, as a must-label of placeLabels would be placed', () => {
		fc.assert(
			fc.property(candidatesArb(fc.integer({ min: 0, max: 5 })), fc.nat(), (candidates, pick) => {
				fc.pre(candidates.length > 0);
				const chosen = candidates[pick % candidates.length];
				const others = candidates.map((c) => (c === chosen ? { ...c, width: -1 } : c));
				const base = placeLabels(others, options);
				const labels = addMustLabel(base, chosen, options);
				const added = labels.filter((label) => label.id === chosen.id);
				if (!inView(chosen, options.width) || chosen.width < 0) {
					expect(labels).toBe(base);
					return;
				}
				expect(added).toHaveLength(1);
				const [label] = added;
				expect(label.band).toBe(chosen.band);
				expect(label.x0).toBeGreaterThanOrEqual(0);
				expect(label.x1).toBeLessThanOrEqual(options.width);
				// The others: a subset of the placement, none touching the new label in its band.
				for (const other of labels) {
					if (other === label) continue;
					expect(base).toContain(other);
					if (other.band === label.band)
						expect(distance(other, label)).toBeGreaterThanOrEqual(options.gap - EPS);
				}
			})
		);
	});

	it('keeps must-labels it touches, and drops only what it touches', () => {
		const base: PlacedLabel[] = [
			{ id: 'near', band: 'a', side: 'right', x0: 60, x1: 100 },
			{ id: 'must', band: 'a', side: 'right', x0: 20, x1: 40 },
			{ id: 'far', band: 'a', side: 'right', x0: 300, x1: 340 },
			{ id: 'other band', band: 'b', side: 'right', x0: 60, x1: 100 }
		];
		const labels = addMustLabel(base, cand('new', 45, 50, 30), options, (l) => l.id === 'must');
		expect(labels.map((l) => l.id)).toEqual(['must', 'far', 'other band', 'new']);
		expect(labels.at(-1)).toEqual({ id: 'new', band: 'a', side: 'right', x0: 54, x1: 84 });
	});

	it('goes left when that drops fewer labels, and stays inside the timeline', () => {
		const base: PlacedLabel[] = [{ id: 'right', band: 'a', side: 'right', x0: 70, x1: 110 }];
		expect(addMustLabel(base, cand('new', 60, 62, 30), options).at(-1)).toMatchObject({
			side: 'left',
			x0: 26,
			x1: 56
		});
		expect(addMustLabel([], cand('edge', 490, 495, 60), options).at(-1)).toMatchObject({
			side: 'left',
			x0: 426,
			x1: 486
		});
		expect(addMustLabel([], cand('boxed', 10, 20, 480), options).at(-1)).toMatchObject({
			x0: 20,
			x1: 500
		});
		expect(addMustLabel([], cand('wide', 10, 20, 900), options).at(-1)).toMatchObject({
			x0: 0,
			x1: 500
		});
	});

	it('leaves a labelled candidate as it is', () => {
		const base = placeLabels([cand('a', 10, 20, 30)], options);
		expect(addMustLabel(base, cand('a', 10, 20, 30), options)).toBe(base);
	});
});
