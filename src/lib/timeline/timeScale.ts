/**
 * A linear map between UTC dates and pixels, the part of d3-scale's `scaleUtc` the timeline uses.
 * d3-scale itself would add 6 KB gzip to the first load (its interpolators, number formats and
 * colour parsing come along), for this one straight line; ticks come from d3-time (layout.ts).
 */

/** Dates to pixels and back; callable like a d3 scale. */
export interface TimeScale {
	(date: Date): number;
	/** The date at a pixel position (not clamped). */
	invert(px: number): Date;
	/** The dates at the two ends. */
	domain(): [Date, Date];
	/** The pixels at the two ends. */
	range(): [number, number];
}

/** A linear scale from `domain` (two dates) onto `range` (two pixel positions). */
export function scaleTime(
	domain: readonly [Date, Date],
	range: readonly [number, number]
): TimeScale {
	const [d0, d1] = [domain[0].getTime(), domain[1].getTime()];
	const [r0, r1] = range;
	const span = d1 - d0 || 1;
	const scale = ((date: Date) => r0 + ((date.getTime() - d0) / span) * (r1 - r0)) as TimeScale;
	scale.invert = (px) => new Date(d0 + ((px - r0) / (r1 - r0 || 1)) * span);
	scale.domain = () => [new Date(d0), new Date(d1)];
	scale.range = () => [r0, r1];
	return scale;
}
