/**
 * The arithmetic of zoom and pan, as d3-zoom defines it (a point p shows at k·p + t), kept pure so
 * it can be tested without a browser. The gesture handling lives in `zoom.svelte.ts`.
 */
import { scaleTime, type TimeScale } from '$lib/timeline/timeScale';

/** A zoom transform: scale `k`, then translate by (`x`, `y`). */
export interface Transform {
	readonly k: number;
	readonly x: number;
	readonly y: number;
}

/** The size of the zoomed content at scale 1, and the allowed scales. */
export interface ZoomExtent {
	width: number;
	height: number;
	scaleExtent: readonly [number, number];
}

/** No zoom. */
export const IDENTITY: Transform = Object.freeze({ k: 1, x: 0, y: 0 });

/** Keeps the content covering the view: no empty margin on any side. */
export function constrain(t: Transform, extent: ZoomExtent): Transform {
	const k = Math.min(extent.scaleExtent[1], Math.max(extent.scaleExtent[0], t.k));
	const clamp = (value: number, size: number) => Math.min(0, Math.max(size - size * k, value));
	return { k, x: clamp(t.x, extent.width), y: clamp(t.y, extent.height) };
}

/** Zooms by `factor` keeping `point` (in view coordinates) where it is. */
export function zoomAt(
	t: Transform,
	point: readonly [number, number],
	factor: number,
	extent: ZoomExtent
): Transform {
	const k = Math.min(extent.scaleExtent[1], Math.max(extent.scaleExtent[0], t.k * factor));
	const contentX = (point[0] - t.x) / t.k;
	const contentY = (point[1] - t.y) / t.k;
	return constrain({ k, x: point[0] - contentX * k, y: point[1] - contentY * k }, extent);
}

/** Moves the view by (`dx`, `dy`) view units. */
export function panBy(t: Transform, dx: number, dy: number, extent: ZoomExtent): Transform {
	return constrain({ k: t.k, x: t.x + dx, y: t.y + dy }, extent);
}

/** Centres the view on a point of the content (content coordinates), keeping the scale. */
export function centerOn(t: Transform, point: readonly [number, number], extent: ZoomExtent) {
	return constrain(
		{ k: t.k, x: extent.width / 2 - point[0] * t.k, y: extent.height / 2 - point[1] * t.k },
		extent
	);
}

/** A time scale showing what the transform shows (d3-zoom's `rescaleX`). */
export function rescaleX(t: Transform, x: TimeScale): TimeScale {
	const range = x.range();
	return scaleTime([x.invert((range[0] - t.x) / t.k), x.invert((range[1] - t.x) / t.k)], range);
}

/** The transform as an SVG `transform` attribute. */
export function toSvgTransform(t: Transform): string {
	return `translate(${t.x},${t.y}) scale(${t.k})`;
}
