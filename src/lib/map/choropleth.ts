/**
 * Colour binning for the choropleth: a country's count of commitments on a day (or of instruments
 * joined in a period) becomes one of a few ordered bins, each with a colour from a colour-blind-safe
 * sequential scheme: ColorBrewer Blues for a day, Purples for a period, from d3-scale-chromatic, read
 * at build time (see `__CHOROPLETH_COLORS__` in vite.config.ts).
 */

/** One step of the legend: the counts it covers and its colour. */
export interface Bin {
	/** Smallest count in the bin. */
	min: number;
	/** Largest count in the bin, or `Infinity` for the open-ended last bin. */
	max: number;
	/** Legend label, e.g. "3–4" or "7+". */
	label: string;
	/** Fill colour on a light background. */
	color: string;
	/** Fill colour on a dark background (brighter means more). */
	darkColor: string;
	/** In a period view: fill colour on a light background. */
	periodColor: string;
	/** In a period view: fill colour on a dark background. */
	periodDarkColor: string;
}

const UPPER_BOUNDS = [1, 2, 4, 6, Infinity];
const COLORS = __CHOROPLETH_COLORS__;

/** The bins for counts ≥ 1, in order (zero has its own "none" colour, set in CSS). */
export const BINS: readonly Bin[] = UPPER_BOUNDS.map((max, index) => {
	const min = index === 0 ? 1 : UPPER_BOUNDS[index - 1] + 1;
	const label = max === Infinity ? `${min}+` : min === max ? `${min}` : `${min}–${max}`;
	return {
		min,
		max,
		label,
		color: COLORS.light[index],
		darkColor: COLORS.dark[index],
		periodColor: COLORS.periodLight[index],
		periodDarkColor: COLORS.periodDark[index]
	};
});

/** The bin of a positive count, or `null` for zero (no participation). */
export function binOf(count: number): Bin | null {
	if (!(count >= 1)) return null;
	return BINS.find((bin) => count <= bin.max) ?? BINS[BINS.length - 1];
}

/** Fill colour for a count: a bin colour, or `null` for zero (the caller styles "none"). */
export function fillFor(count: number): string | null {
	return binOf(count)?.color ?? null;
}

/** The 1-based position of a count's bin, 0 for zero: for class names such as `bin-3`. */
export function binNumber(count: number): number {
	const bin = binOf(count);
	return bin ? BINS.indexOf(bin) + 1 : 0;
}

const DAY_PROPERTIES = BINS.map(
	(bin, index) => `--bin-${index + 1}: light-dark(${bin.color}, ${bin.darkColor})`
).join('; ');
const PERIOD_PROPERTIES = BINS.map(
	(bin, index) => `--bin-${index + 1}: light-dark(${bin.periodColor}, ${bin.periodDarkColor})`
).join('; ');

/**
 * CSS custom properties `--bin-1`… holding the bin colours of a day's map or a period's, for both
 * themes (`light-dark()` follows the page's `color-scheme`), for a `style` attribute.
 */
export function binColorProperties(view: 'day' | 'period'): string {
	return view === 'day' ? DAY_PROPERTIES : PERIOD_PROPERTIES;
}
