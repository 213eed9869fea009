/**
 * Pure placement of the timeline's event labels. A label sits in the same row ("band") as its
 * mark, right of the mark when there is room, else left of it, and never covers a mark or another
 * label of its band. Nothing here touches the DOM, so the server and the browser place the same
 * labels. Text widths come from {@link estimateTextWidth}, an overestimating table of glyph widths.
 */
import { bisector } from 'd3-array';

/** A mark that may get a label. */
export interface LabelCandidate {
	id: string;
	/** Labels and marks collide only within one band (e.g. `${lane}:${row}`). */
	band: string;
	/** Left edge of the mark in px. */
	x0: number;
	/** Right edge of the mark in px (`x1 >= x0`; a reversed pair is read as `[x1, x0]`). */
	x1: number;
	/** The label text's width in px. */
	width: number;
	/**
	 * Higher is placed first. `Infinity` (or {@link LabelCandidate.must}) marks a must-label: one
	 * that is always placed while its mark is in view. `NaN` counts as `-Infinity`.
	 */
	priority: number;
	/** Always label this mark, as if `priority` were `Infinity`. */
	must?: boolean;
}

/** A label placed by {@link placeLabels}: its box spans `[x0, x1]` px in `band`. */
export interface PlacedLabel {
	/** The id of the candidate this label belongs to. */
	id: string;
	/** The candidate's band; the label is vertically centred in it. */
	band: string;
	/** Which side of its mark the label is on. A forced must-label may be shifted from that spot. */
	side: 'right' | 'left';
	/** Left edge of the label box in px, `>= 0`. */
	x0: number;
	/** Right edge of the label box in px, `<= options.width`. */
	x1: number;
}

/** The room labels are placed in. */
export interface LabelOptions {
	/** Width of the timeline in px: labels stay inside `[0, width]`. */
	width: number;
	/** px between a mark and its label, and between labels */
	gap: number;
}

/** A closed horizontal extent in px. */
interface Span {
	x0: number;
	x1: number;
}

const byStart = bisector<Span, number>((s) => s.x0);
const byEnd = bisector<Span, number>((s) => s.x1);

/**
 * What labels must avoid in one band: its marks and the labels placed so far, kept as a list sorted
 * by `x0` whose spans never overlap (overlapping ones are merged), so that `x1` is sorted too and
 * every question is a binary search.
 */
class Obstacles {
	private constructor(private readonly spans: Span[]) {}

	/** The obstacles made by `marks` (a fresh array, reordered here). */
	static of(marks: Span[]): Obstacles {
		marks.sort((a, b) => a.x0 - b.x0 || a.x1 - b.x1);
		const spans: Span[] = [];
		for (const mark of marks) {
			const last = spans[spans.length - 1];
			if (last && mark.x0 < last.x1) last.x1 = Math.max(last.x1, mark.x1);
			else spans.push({ x0: mark.x0, x1: mark.x1 });
		}
		return new Obstacles(spans);
	}

	/** Whether some obstacle overlaps the open interval `(lo, hi)`; touching is allowed. */
	blocks(lo: number, hi: number): boolean {
		// Of the spans starting before `hi`, the last one reaches furthest right.
		const j = byStart.left(this.spans, hi) - 1;
		return j >= 0 && this.spans[j].x1 > lo;
	}

	/** Free px right of `x` up to the first obstacle or `limit`. */
	roomRight(x: number, limit: number): number {
		const next = this.spans[byEnd.right(this.spans, x)];
		return Math.max(0, Math.min(limit, next ? next.x0 : Infinity) - x);
	}

	/** Free px left of `x` down to the last obstacle or `limit`. */
	roomLeft(x: number, limit: number): number {
		const previous = this.spans[byStart.left(this.spans, x) - 1];
		return Math.max(0, x - Math.max(limit, previous ? previous.x1 : -Infinity));
	}

	/** Adds `[x0, x1]`, merging it with the obstacles it overlaps. */
	add(x0: number, x1: number): void {
		const first = byEnd.right(this.spans, x0); // first span ending after x0
		const end = byStart.left(this.spans, x1); // first span starting at or after x1
		if (first >= end) {
			this.spans.splice(end, 0, { x0, x1 });
			return;
		}
		const merged = {
			x0: Math.min(x0, this.spans[first].x0),
			x1: Math.max(x1, this.spans[end - 1].x1)
		};
		this.spans.splice(first, end - first, merged);
	}
}

/** A candidate ready to be placed, with its normalised geometry. */
interface Entry {
	index: number;
	candidate: LabelCandidate;
	x0: number;
	x1: number;
	width: number;
	rank: number;
	must: boolean;
}

/**
 * Whether a mark is at least partly in view: it overlaps `[0, width]` by a positive length, or, when
 * it has no width, lies inside `[0, width]`. Marks out of view get no label and block nothing.
 */
function inView(x0: number, x1: number, width: number): boolean {
	if (!Number.isFinite(x0) || !Number.isFinite(x1)) return false;
	return x1 > x0 ? x1 > 0 && x0 < width : x0 >= 0 && x0 <= width;
}

function compareEntries(a: Entry, b: Entry): number {
	if (a.rank !== b.rank) return a.rank > b.rank ? -1 : 1;
	if (a.x0 !== b.x0) return a.x0 - b.x0;
	const { id: ia, band: ba } = a.candidate;
	const { id: ib, band: bb } = b.candidate;
	if (ia !== ib) return ia < ib ? -1 : 1;
	if (ba !== bb) return ba < bb ? -1 : 1;
	// Equal ids in one band at one x0: identical up to these, so the order cannot show in the output.
	return a.x1 - b.x1 || a.width - b.width;
}

/**
 * Places labels for `candidates` greedily, in order of priority (highest first), then `x0`
 * (leftmost first), then `id`, so the result does not depend on the input order.
 *
 * Every mark in view is an obstacle of its band, labelled or not. A label of width `w` goes right of
 * its mark, at `[x1 + gap, x1 + gap + w]`, else left of it, at `[x0 - gap - w, x0 - gap]`: the first
 * spot that lies inside `[0, width]` and keeps `gap` px from every other mark and placed label of the
 * band. A candidate with no such spot gets no label, except a must-label (priority `Infinity` or
 * `must`): it goes on the side with more free room, shifted inside `[0, width]`, and may then cover
 * marks, its own included (it is drawn on top), or other must-labels; it still blocks later labels.
 * So labels other than must-labels never touch a mark or another label. A must-label wider than
 * `width` is cut to `[0, width]`. A candidate whose `width` is negative or not finite gets no label;
 * its mark still blocks others.
 *
 * Runs in O(n log n), plus one array insert per label: each band keeps a sorted list of obstacles
 * searched by bisection.
 *
 * @returns The placed labels, in the order of their candidates in `candidates`.
 */
export function placeLabels(
	candidates: readonly LabelCandidate[],
	options: LabelOptions
): PlacedLabel[] {
	const width = options.width;
	if (!(width > 0) || !Number.isFinite(width)) return [];
	const gap = Number.isFinite(options.gap) ? Math.max(0, options.gap) : 0;

	const entries: Entry[] = [];
	const marksByBand = new Map<string, Span[]>();
	candidates.forEach((candidate, index) => {
		const x0 = Math.min(candidate.x0, candidate.x1);
		const x1 = Math.max(candidate.x0, candidate.x1);
		if (!inView(x0, x1, width)) return;
		let marks = marksByBand.get(candidate.band);
		if (!marks) marksByBand.set(candidate.band, (marks = []));
		marks.push({ x0, x1 });
		if (!(candidate.width >= 0) || !Number.isFinite(candidate.width)) return;
		const must = candidate.must === true || candidate.priority === Infinity;
		let rank = must ? Infinity : candidate.priority;
		if (Number.isNaN(rank)) rank = -Infinity;
		entries.push({ index, candidate, x0, x1, width: candidate.width, rank, must });
	});
	entries.sort(compareEntries);

	const obstacles = new Map<string, Obstacles>();
	for (const [band, marks] of marksByBand) obstacles.set(band, Obstacles.of(marks));

	const placed: (PlacedLabel | undefined)[] = new Array(candidates.length);
	for (const entry of entries) {
		const { x0, x1, width: w } = entry;
		const band = entry.candidate.band;
		const blocked = obstacles.get(band)!;
		let side: PlacedLabel['side'] | undefined;
		let lx0 = 0;
		let lx1 = 0;
		// The label plus `gap` on each side must be free; the inner gap ends exactly at the mark.
		if (x1 + gap + w <= width && !blocked.blocks(x1, x1 + 2 * gap + w)) {
			side = 'right';
			lx0 = x1 + gap;
			lx1 = lx0 + w;
		} else if (x0 - gap - w >= 0 && !blocked.blocks(x0 - 2 * gap - w, x0)) {
			side = 'left';
			lx1 = x0 - gap;
			lx0 = lx1 - w;
		} else if (entry.must) {
			side = blocked.roomLeft(x0, 0) > blocked.roomRight(x1, width) ? 'left' : 'right';
			lx0 = side === 'right' ? Math.min(x1 + gap, width - w) : x0 - gap - w;
			lx0 = Math.max(0, lx0);
			lx1 = Math.min(width, lx0 + w);
		}
		if (!side) continue;
		blocked.add(lx0, lx1);
		placed[entry.index] = { id: entry.candidate.id, band, side, x0: lx0, x1: lx1 };
	}
	return placed.filter((label): label is PlacedLabel => label !== undefined);
}

/**
 * `labels` with a must-label for `candidate`, without placing the others again: for a label that
 * changes often over a placement that does not (the latest event's, on every step of a scrub), at
 * the cost of one pass over the placed labels rather than a placement of every candidate.
 *
 * The label goes right of its mark, else left of it (the side that fits inside `[0, width]` and
 * covers fewer must-labels, then drops fewer labels; right on a tie), shifted inside `[0, width]` if neither fits; labels of its
 * band that it would touch (closer than `gap`) are dropped unless `isMust` says they are
 * must-labels themselves. A candidate already labelled, out of view, or of no finite width leaves
 * `labels` as they are. The result keeps the order of `labels`, the new label last.
 */
export function addMustLabel(
	labels: readonly PlacedLabel[],
	candidate: LabelCandidate,
	options: LabelOptions,
	isMust: (label: PlacedLabel) => boolean = () => false
): readonly PlacedLabel[] {
	const { width } = options;
	const gap = Number.isFinite(options.gap) ? Math.max(0, options.gap) : 0;
	const x0 = Math.min(candidate.x0, candidate.x1);
	const x1 = Math.max(candidate.x0, candidate.x1);
	const w = candidate.width;
	if (!(width > 0) || !inView(x0, x1, width) || !(w >= 0) || !Number.isFinite(w)) return labels;
	if (labels.some((label) => label.id === candidate.id)) return labels;
	const near = (from: number, to: number) =>
		labels.filter(
			(label) => label.band === candidate.band && label.x0 < to + gap && label.x1 > from - gap
		);
	const touched = (from: number, to: number) => near(from, to).filter((label) => !isMust(label));
	/** A side's cost: covering a must-label is worse than dropping any number of other labels. */
	const cost = (from: number, to: number) => {
		const labelsNear = near(from, to);
		const musts = labelsNear.filter(isMust).length;
		return musts * labels.length + (labelsNear.length - musts);
	};
	const right = { side: 'right' as const, x0: x1 + gap, x1: x1 + gap + w };
	const left = { side: 'left' as const, x0: x0 - gap - w, x1: x0 - gap };
	const fits = [right, left].filter((spot) => spot.x0 >= 0 && spot.x1 <= width);
	let spot: { side: 'right' | 'left'; x0: number; x1: number };
	if (fits.length === 2) {
		const [onRight, onLeft] = fits.map((s) => cost(s.x0, s.x1));
		spot = onLeft < onRight ? left : right;
	} else if (fits.length === 1) spot = fits[0];
	else {
		const lx0 = Math.max(0, Math.min(x1 + gap, width - w));
		spot = { side: 'right', x0: lx0, x1: Math.min(width, lx0 + w) };
	}
	const dropped = new Set(touched(spot.x0, spot.x1));
	return [
		...labels.filter((label) => !dropped.has(label)),
		{ id: candidate.id, band: candidate.band, ...spot }
	];
}

// Glyph widths in em: each at or above Arial/Helvetica's, rounded up to also cover the other usual
// `system-ui` faces (Segoe UI, Roboto, San Francisco) on the common glyphs, so labels are rarely
// drawn wider than estimated.
const DEFAULT_LOWER = 0.6;
const DEFAULT_UPPER = 0.74;
const DEFAULT_OTHER = 0.72;
const WIDE = 1.02;
const GLYPH_WIDTHS: Record<string, number> = {
	...spread('il', 0.26),
	...spread('j', 0.27),
	...spread('tf', 0.36),
	...spread('r', 0.37),
	...spread('cksvxyz', 0.54),
	...spread('m', 0.9),
	...spread('w', 0.78),
	...spread('I', 0.3),
	...spread('J', 0.52),
	...spread('FLT', 0.64),
	...spread('P', 0.68),
	...spread('CDGHNOQU', 0.8),
	...spread('M', 0.9),
	...spread('W', 0.98),
	...spread('0123456789', 0.58),
	...spread(' ', 0.29),
	...spread('.,:;!|', 0.3),
	...spread("'", 0.24),
	...spread('`', 0.34),
	...spread('[]', 0.3),
	...spread('(){}', 0.36),
	...spread('-/\\', 0.4),
	...spread('"*', 0.42),
	...spread('?', 0.58),
	...spread('_#$^+=<>~', 0.6),
	...spread('&', 0.74),
	...spread('%', 0.92),
	...spread('@', 1.04),
	...spread('\u2018\u2019\u00b7', 0.3),
	...spread('\u201c\u201d', 0.46),
	...spread('\u2013\u20ac\u00a3', 0.6),
	...spread('\u2014\u2026', 1.02),
	...spread('\u00df', 0.64)
};

function spread(chars: string, width: number): Record<string, number> {
	return Object.fromEntries([...chars].map((c) => [c, width]));
}

/** Width in em of one code point, already stripped of diacritics. */
function glyphWidth(char: string): number {
	const known = GLYPH_WIDTHS[char];
	if (known !== undefined) return known;
	if (/\p{Mn}/u.test(char)) return 0;
	const code = char.codePointAt(0)!;
	// A Hangul syllable decomposes into jamo: its leading consonant stands for the whole syllable.
	if (code >= 0x1100 && code <= 0x115f) return WIDE;
	if (code >= 0x1160 && code <= 0x11ff) return 0;
	// CJK, Hangul, kana and full-width forms are about an em wide.
	if ((code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3)) return WIDE;
	if ((code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60)) return WIDE;
	if (code >= 0x1f000) return WIDE; // emoji and symbols
	if (char !== char.toUpperCase()) return DEFAULT_LOWER;
	if (char !== char.toLowerCase()) return DEFAULT_UPPER;
	return DEFAULT_OTHER;
}

/**
 * Estimated width in px of `text` in the UI's sans-serif font at `fontSize` px (per-character
 * widths: narrow i l j t f r . , ' space; wide m w M W; caps wider than lower case; digits ~0.56em)
 * — deterministic, no DOM, so server and browser agree. Slightly overestimate rather than under.
 *
 * Each character's width is at least its width in Arial/Helvetica (and rounded up for similar faces
 * such as Segoe UI and Roboto); accented
 * letters count as their base letter, CJK characters as an em, other unknown characters as a
 * capital. Wider fallback faces (DejaVu Sans, about 10% wider than Arial) may exceed the estimate.
 * Grows with every added character and in proportion to `fontSize`; 0 for an empty text or a
 * `fontSize` that is not positive.
 */
export function estimateTextWidth(text: string, fontSize: number): number {
	if (!(fontSize > 0) || !Number.isFinite(fontSize)) return 0;
	let em = 0;
	for (const char of text.normalize('NFD')) em += glyphWidth(char);
	return em * fontSize;
}

/** Priority step between categories, above any participant count. */
const CATEGORY_STEP = 1_000_000;

/**
 * Priority of an event's label: must-label (selected, hovered, latest before the shown date) →
 * Infinity; else agreements above meetings; ties by more participants.
 *
 * Finite priorities are `participantCount` (clamped to `[0, 999 999]`, `NaN` as 0), plus 1 000 000 for an
 * agreement, so any agreement outranks every meeting.
 */
export function labelPriority(
	e: { category: 'agreement' | 'meeting'; participantCount: number },
	must: boolean
): number {
	if (must) return Infinity;
	const count = Number.isNaN(e.participantCount)
		? 0
		: Math.min(CATEGORY_STEP - 1, Math.max(0, e.participantCount));
	return (e.category === 'agreement' ? CATEGORY_STEP : 0) + count;
}
