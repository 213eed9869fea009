/**
 * The exported image's size and where its map sits (`viewImage.ts` composes the rest). Kept free of
 * other imports, so the browser tests can find a country in an exported frame.
 */

/** Size of the exported image (and of the animation's frames) in CSS pixels. */
export const IMAGE_SIZE = { width: 1200, height: 675 } as const;

/** Where the map sits: under the heading, above the legend, centred. */
const MAP_AREA = { top: 182, bottom: 564 } as const;

/** Where the map's units (`mapSize`) land in the image: its offset and scale. */
export function mapPlacement(mapSize: { width: number; height: number }) {
	const scale = (MAP_AREA.bottom - MAP_AREA.top) / mapSize.height;
	return { x: (IMAGE_SIZE.width - mapSize.width * scale) / 2, y: MAP_AREA.top, scale };
}
