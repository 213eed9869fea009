/**
 * Extents of the map's pre-projected country paths, so a card can tell a country too small to see
 * and ring it. The generated paths use only `M`, `m`, `l` and `z` (see scripts/build-geometry.js).
 */

/**
 * The larger side, in map units, of the bounding box of the biggest ring of an SVG path made of
 * `M x y`, `m dx dy`, `l dx dy…` and `z` (other commands are not expected and are ignored).
 */
export function largestRingExtent(d: string): number {
	let extent = 0;
	let [x, y, startX, startY] = [0, 0, 0, 0];
	let box = [Infinity, Infinity, -Infinity, -Infinity];
	const close = () => {
		if (box[0] <= box[2]) extent = Math.max(extent, box[2] - box[0], box[3] - box[1]);
		box = [Infinity, Infinity, -Infinity, -Infinity];
	};
	const visit = () => {
		box = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
	};
	for (const [, command, args] of d.matchAll(/([MmLlZz])([^MmLlZz]*)/g)) {
		const numbers = (args.match(/-?(?:\d+\.?\d*|\.\d+)/g) ?? []).map(Number);
		if (command === 'z' || command === 'Z') {
			close();
			[x, y] = [startX, startY];
			continue;
		}
		for (let i = 0; i + 1 < numbers.length; i += 2) {
			const relative = command === 'm' || command === 'l';
			[x, y] = relative ? [x + numbers[i], y + numbers[i + 1]] : [numbers[i], numbers[i + 1]];
			if (i === 0 && (command === 'M' || command === 'm')) [startX, startY] = [x, y];
			visit();
		}
	}
	close();
	return extent;
}
