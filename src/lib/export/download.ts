/**
 * Downloads an image of the explorer's view, PNG (1200 × 675, or twice that for print) or SVG,
 * made in the browser from the explorer's own map markup (`MapLayers.svelte`, mounted off the page
 * and read back) and `viewImage.ts`'s composition; nothing is sent anywhere. The page loads this
 * module when a reader asks for an image, never before.
 */
import { flushSync, mount, unmount, type ComponentProps } from 'svelte';
import MapLayers from '$lib/components/WorldMap/MapLayers.svelte';
import { fillClasses, mapLayers, outlineClasses } from '$lib/components/WorldMap/layers';
import type { EventSummary, Iso3 } from '$lib/data/types';
import { BINS, binColorProperties } from '$lib/map/choropleth';
import { HEIGHT, WIDTH, outline, type MapPlace } from '$lib/map/geometry';
import { loadShapes, shapesInPage, type Shape } from '$lib/map/shapes';
import {
	IMAGE_SIZE,
	imageFileName,
	viewImageSvg,
	type ImagePalette,
	type ViewImageSpec
} from './viewImage';

/** What a download can be: the PNG, the PNG at twice the size (for print), or the SVG. */
export type ImageFormat = 'png' | 'png-print' | 'svg';
/** The colours of the image: the page's theme, or the other. */
export type ImageTheme = 'light' | 'dark';

/** The view to draw, as the explorer gives it (its words already in the page's language). */
export interface ViewExport {
	/** The words of the image (everything but the map, the palette and the sea). */
	words: Omit<ViewImageSpec, 'mapMarkup' | 'seaPath' | 'mapSize' | 'palette'>;
	/** What the view selects, for the file's name. */
	view: { date: string; from: string | null; country: Iso3 | null; event: string | null };
	/** The map as the explorer draws it. */
	map: {
		places: readonly MapPlace[];
		counts: ReadonlyMap<Iso3, number>;
		alreadyIn: ReadonlySet<Iso3> | null;
		focusEvent: Pick<EventSummary, 'participants'> | null;
		selected: Iso3 | null;
		nameOf: (id: Iso3) => string;
	};
	/** Where to fetch the shapes when the page does not show the map (the table view). */
	shapesUrl: string;
}

/**
 * The colours of `theme`, resolved from the page's tokens (`app.css`) and bins (set on the
 * explorer): a probe inside `host` forces the theme, so each `light-dark()` picks its side.
 * @param bins the bins of a day's or a period's map, when not those the explorer shows
 */
export function paletteOf(theme: ImageTheme, host: Element, bins?: 'day' | 'period'): ImagePalette {
	const probe = document.createElement('span');
	probe.hidden = true;
	if (bins) probe.style.cssText = binColorProperties(bins);
	// `color-scheme` picks the side of each `light-dark()` (the tokens and the bins) in the probe.
	probe.style.colorScheme = theme;
	host.append(probe);
	const read = (token: string) => {
		probe.style.color = `var(${token})`;
		return getComputedStyle(probe).color;
	};
	try {
		return {
			background: read('--bg'),
			text: read('--text'),
			muted: read('--muted'),
			accent: read('--accent'),
			sea: read('--ocean'),
			land: read('--land-none'),
			noData: read('--land-nodata'),
			border: read('--border'),
			already: read('--already'),
			highlight: read('--highlight'),
			meeting: read('--meeting'),
			bins: BINS.map((_, index) => read(`--bin-${index + 1}`))
		};
	} finally {
		probe.remove();
	}
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const noop = () => {};

/** The country shapes: the page's map's, or fetched from `shapesUrl` when it shows none. */
export async function countryShapes(shapesUrl: string): Promise<readonly Shape[]> {
	const shapes = shapesInPage();
	return shapes.length > 0 ? shapes : loadShapes(shapesUrl);
}

/** What an image's map draws: the explorer's layers, with no keyboard stop, focus or hover. */
type ImageLayersProps = Omit<
	ComponentProps<typeof MapLayers>,
	'tabStop' | 'focused' | 'hovered' | 'scale' | 'onFocus' | 'onBlur'
>;

/** The map's countries as the explorer draws them, as standalone SVG markup (no keyboard stops). */
export function layersMarkup(props: ImageLayersProps): string {
	const target = document.createElementNS(SVG_NS, 'g');
	const layers = mount(MapLayers, {
		target,
		props: {
			...props,
			tabStop: null,
			focused: null,
			hovered: null,
			scale: 1,
			onFocus: noop,
			onBlur: noop
		}
	});
	flushSync();
	// An image has no buttons: keep the names, drop what makes the countries keyboard stops.
	for (const element of target.querySelectorAll('[role], [tabindex]')) {
		element.removeAttribute('role');
		element.removeAttribute('tabindex');
	}
	const serializer = new XMLSerializer();
	const markup = Array.from(target.children, (child) => serializer.serializeToString(child))
		.join('')
		// Each child carries the namespace; the document declares it once.
		.replaceAll(` xmlns="${SVG_NS}"`, '');
	unmount(layers);
	return markup;
}

/** The view's map as the explorer draws it, as standalone SVG markup. */
async function mapMarkup(input: ViewExport): Promise<string> {
	const { map } = input;
	const focusable = new Set(map.places.map((place) => place.id));
	return layersMarkup({
		layers: mapLayers(await countryShapes(input.shapesUrl), map.places, focusable),
		dimmed: map.focusEvent !== null,
		selected: map.selected,
		fillOf: fillClasses(map.counts, map.alreadyIn),
		outlineOf: outlineClasses(map.focusEvent),
		labelOf: map.nameOf
	});
}

/** The image's SVG document, in `theme`'s colours. */
export async function viewImageDocument(
	input: ViewExport,
	theme: ImageTheme,
	host: Element
): Promise<string> {
	return viewImageSvg({
		...input.words,
		mapMarkup: await mapMarkup(input),
		seaPath: outline,
		mapSize: { width: WIDTH, height: HEIGHT },
		palette: paletteOf(theme, host)
	});
}

/** A canvas with an SVG document of the image's size drawn on it at `scale` times its size. */
export async function svgCanvas(svg: string, scale = 1): Promise<HTMLCanvasElement> {
	const image = new Image();
	// A data: address (the page's policy allows data: images, not blob: ones).
	image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = IMAGE_SIZE.width * scale;
	canvas.height = IMAGE_SIZE.height * scale;
	const context = canvas.getContext('2d');
	if (!context) throw new Error('No canvas to draw the image on');
	context.drawImage(image, 0, 0, canvas.width, canvas.height);
	return canvas;
}

/** The PNG of an SVG document, drawn at `scale` times its size on a canvas. */
async function pngOf(svg: string, scale: number): Promise<Blob> {
	const canvas = await svgCanvas(svg, scale);
	return new Promise((resolve, reject) =>
		canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('No PNG'))), 'image/png')
	);
}

/** Saves `blob` as a file named `name` (the browser's download). */
export function save(blob: Blob, name: string): void {
	const link = document.createElement('a');
	link.href = URL.createObjectURL(blob);
	link.download = name;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	// After the browser has taken the file.
	setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

/**
 * Makes and downloads the view's image.
 * @param host an element inside the explorer (the palette reads the tokens and bins it inherits)
 * @returns the file's name
 */
export async function downloadViewImage(
	input: ViewExport,
	format: ImageFormat,
	theme: ImageTheme,
	host: Element
): Promise<string> {
	const svg = await viewImageDocument(input, theme, host);
	const variant = [format === 'png-print' ? 'print' : '', theme === 'dark' ? 'dark' : '']
		.filter(Boolean)
		.join('-');
	if (format === 'svg') {
		const name = imageFileName(input.view, 'svg', variant);
		save(new Blob([svg], { type: 'image/svg+xml' }), name);
		return name;
	}
	const name = imageFileName(input.view, 'png', variant);
	save(await pngOf(svg, format === 'png-print' ? 2 : 1), name);
	return name;
}
