/**
 * Arrow-key movement between countries on the map: from the focused country, the arrow picks the
 * nearest country that lies in that direction (within a 45° cone on either side), weighting
 * sideways distance double so "right" means mostly right.
 */
import type { MapPoint } from './geometry';

/** An arrow direction. */
export type Direction = 'left' | 'right' | 'up' | 'down';

/** The direction of an arrow key, or `null` for any other key. */
export function directionOf(key: string): Direction | null {
	const directions: Record<string, Direction> = {
		ArrowLeft: 'left',
		ArrowRight: 'right',
		ArrowUp: 'up',
		ArrowDown: 'down'
	};
	return directions[key] ?? null;
}

/**
 * The id of the nearest candidate in `direction` from `from`, or `null` when none lies that way.
 * SVG coordinates: y grows downwards.
 */
export function nearestInDirection(
	from: MapPoint,
	candidates: readonly { id: string; point: MapPoint }[],
	direction: Direction
): string | null {
	let best: { id: string; cost: number } | null = null;
	for (const { id, point } of candidates) {
		const dx = point[0] - from[0];
		const dy = point[1] - from[1];
		const along =
			direction === 'right' ? dx : direction === 'left' ? -dx : direction === 'down' ? dy : -dy;
		const across = Math.abs(direction === 'left' || direction === 'right' ? dy : dx);
		if (along <= 0 || across > along) continue;
		const cost = along + 2 * across;
		if (!best || cost < best.cost || (cost === best.cost && id < best.id)) best = { id, cost };
	}
	return best?.id ?? null;
}
