/**
 * The composition of a 1200 × 630 preview card (Open Graph / Twitter image) as an SVG string: the
 * site's name, a title of up to three lines, a column of facts and a legend, and the world map with
 * some countries filled. The map's countries are the explorer's own markup (`MapLayers.svelte`,
 * rendered by `svelte/server`), styled by the card. Pure: `render.ts` turns the string into a PNG.
 */
import { render } from 'svelte/server';
import MapLayers from '$lib/components/WorldMap/MapLayers.svelte';
import { mapLayers } from '$lib/components/WorldMap/layers';
import { countriesWithData } from '$lib/data/dataset';
import type { Iso3 } from '$lib/data/types';
import { HEIGHT, WIDTH, centerOf, outline, placeOf, shapes } from '$lib/map/geometry';
import { largestRingExtent } from './bounds';
import { PREVIEW_SIZE } from './site';
import { escapeXml, wrapText, type Weight } from './text';

const { width: CARD_WIDTH, height: CARD_HEIGHT } = PREVIEW_SIZE;

/** The card's palette: the site's light theme, so every card reads the same on any feed. */
export const CARD_COLORS = {
	background: '#f7f7f4',
	text: '#1b1f23',
	muted: '#4f5861',
	accent: '#0b5cad',
	sea: '#e4ecf2',
	land: '#d5d8d0',
	border: '#f7f7f4'
} as const;

/** A line of text in the facts column. */
export interface CardLine {
	text: string;
	/** Font size in px (22 unless set). */
	size?: number;
	weight?: Weight;
	muted?: boolean;
	/** Most lines the text may wrap to (1 unless set). */
	maxLines?: number;
	/** Where the text prefers to break, as in {@link wrapText}. */
	separator?: string;
}

/** A legend entry: a swatch (one colour, or a ramp of several) and its label. */
export interface LegendItem {
	colors: readonly string[];
	label: string;
}

/** Everything a card shows. */
export interface CardSpec {
	/** The site's name in the card's language, above the title. */
	siteName: string;
	title: string;
	facts: readonly CardLine[];
	legend: readonly LegendItem[];
	/** Fill of each highlighted country; every other country is drawn neutral. */
	fills: ReadonlyMap<Iso3, string>;
	/** A country to ring when it is drawn as a dot or is too small to spot. */
	ring?: Iso3;
}

const MARGIN = 56;
const COLUMN_WIDTH = 370;
/** Widest line of a card's title, in px. */
export const TITLE_WIDTH = CARD_WIDTH - 2 * MARGIN;
const TITLE_TOP = 84;
// Largest title size first: a short title is set big; a long one gets up to three smaller lines.
const TITLE_FITS = [
	{ size: 52, maxLines: 2 },
	{ size: 44, maxLines: 2 },
	{ size: 40, maxLines: 3 }
] as const;
const MAP_BOX = { x: 430, width: CARD_WIDTH - 430 - 28, bottom: CARD_HEIGHT - 28 };
const MAP_SCALE = MAP_BOX.width / WIDTH;
const MAP_TOP = MAP_BOX.bottom - HEIGHT * MAP_SCALE;
const LEGEND_ROW = 32;
// Shapes whose biggest part is smaller than this, in card pixels, get a ring (Belgium, Taiwan…).
const RING_BELOW = 16;

function text(x: number, y: number, content: string, size: number, weight: Weight, fill: string) {
	const bold = weight === 'bold' ? ' font-weight="700"' : '';
	return `<text x="${x}" y="${y.toFixed(1)}" font-size="${size}"${bold} fill="${fill}">${escapeXml(content)}</text>`;
}

/** The title broken into lines: the largest size at which it fits, else three lines cut short. */
export function titleLines(title: string): { lines: string[]; size: number } {
	for (const fit of TITLE_FITS) {
		const options = { width: TITLE_WIDTH, weight: 'bold', balance: true, ...fit } as const;
		const { lines, complete } = wrapText(title, options);
		if (complete) return { lines, size: fit.size };
	}
	const last = TITLE_FITS[TITLE_FITS.length - 1];
	return {
		lines: wrapText(title, { width: TITLE_WIDTH, weight: 'bold', ...last }).lines,
		size: last.size
	};
}

/** Whether a country is drawn as a dot, or as a shape too small to spot without a ring. */
function isTiny(iso3: Iso3): boolean {
	const shape = shapes.find((candidate) => candidate.id === iso3);
	return !shape || largestRingExtent(shape.d) * MAP_SCALE < RING_BELOW;
}

/** Where the map draws the countries with data: the same places as the explorer's map. */
const PLACES = countriesWithData.flatMap((id) => placeOf(id) ?? []);
/** The explorer's map layers, unzoomed, drawn at the card's scale. */
const LAYERS = mapLayers(shapes, PLACES, new Set(countriesWithData));
/** Radius of a small state's dot on the card, in card pixels. */
const DOT_RADIUS = 5.5;
/** The zoom factor that draws the page's dots (4.5 map units at 1×) `DOT_RADIUS` px wide here. */
const DOT_SCALE = (4.5 * MAP_SCALE) / DOT_RADIUS;
const ignore = () => {};

/**
 * The card's style for the map's classes: land and borders, the small states' white ring, one
 * fill class per colour (`fill-0`, `fill-1`…), and the explorer's invisible stand-ins kept
 * invisible.
 */
function mapStyle(palette: readonly string[]): string {
	const width = (n: number) => (n / MAP_SCALE).toFixed(2);
	return [
		`.country{fill:${CARD_COLORS.land};stroke:${CARD_COLORS.border};stroke-width:${width(0.8)};stroke-linejoin:round}`,
		`.small{stroke:#ffffff;stroke-width:${width(1.5)}}`,
		...palette.map((color, index) => `.fill-${index}{fill:${color}}`),
		`.stand-in{fill:none;stroke:none}`
	].join('');
}

function mapLayer({ fills, ring }: CardSpec): string {
	const palette = [...new Set(fills.values())];
	const fillClass = (id: Iso3) => {
		const color = fills.get(id);
		return color === undefined ? '' : `fill-${palette.indexOf(color)}`;
	};
	const { body } = render(MapLayers, {
		props: {
			layers: LAYERS,
			dimmed: false,
			selected: null,
			tabStop: null,
			focused: null,
			hovered: null,
			scale: DOT_SCALE,
			fillOf: fillClass,
			outlineOf: () => '',
			labelOf: (id) => id,
			onFocus: ignore,
			onBlur: ignore
		}
	});
	const ringAt = ring && isTiny(ring) ? centerOf(ring) : undefined;
	const ringMark =
		ring && ringAt
			? `<circle cx="${ringAt[0]}" cy="${ringAt[1]}" r="${(13 / MAP_SCALE).toFixed(1)}" fill="none" stroke="${fills.get(ring) ?? CARD_COLORS.text}" stroke-width="${(3 / MAP_SCALE).toFixed(2)}"/>`
			: '';
	return [
		`<style>${mapStyle(palette)}</style>`,
		`<g transform="translate(${MAP_BOX.x} ${MAP_TOP.toFixed(1)}) scale(${MAP_SCALE.toFixed(5)})">`,
		`<path d="${outline}" fill="${CARD_COLORS.sea}"/>`,
		// Without the hydration markers: the card is a document of its own.
		body.replace(/<!--[\s\S]*?-->/g, ''),
		ringMark,
		'</g>'
	].join('\n');
}

function factsLayer(facts: readonly CardLine[], top: number): string {
	const out: string[] = [];
	let y = top;
	for (const fact of facts) {
		const size = fact.size ?? 22;
		const weight = fact.weight ?? 'regular';
		const { lines } = wrapText(fact.text, {
			width: COLUMN_WIDTH,
			size,
			weight,
			maxLines: fact.maxLines ?? 1,
			separator: fact.separator
		});
		const fill = fact.muted ? CARD_COLORS.muted : CARD_COLORS.text;
		for (const line of lines) {
			y += size * 1.3;
			out.push(text(MARGIN, y, line, size, weight, fill));
		}
		y += 6;
	}
	return out.join('\n');
}

function legendLayer(legend: readonly LegendItem[]): string {
	return legend
		.map((item, index) => {
			const y = CARD_HEIGHT - 34 - (legend.length - 1 - index) * LEGEND_ROW;
			const swatches = item.colors.map(
				(color, i) =>
					`<rect x="${MARGIN + i * 20}" y="${y - 17}" width="20" height="20" rx="${item.colors.length > 1 ? 0 : 4}" fill="${color}"/>`
			);
			const labelX = MARGIN + item.colors.length * 20 + 12;
			return [...swatches, text(labelX, y, item.label, 20, 'regular', CARD_COLORS.text)].join('');
		})
		.join('\n');
}

/** The SVG document of a card. */
export function cardSvg(spec: CardSpec): string {
	const title = titleLines(spec.title);
	const lineHeight = Math.round(title.size * 1.15);
	const firstBaseline = TITLE_TOP + title.size;
	const titleText = title.lines.map((line, index) =>
		text(MARGIN, firstBaseline + index * lineHeight, line, title.size, 'bold', CARD_COLORS.text)
	);
	const titleBottom = firstBaseline + (title.lines.length - 1) * lineHeight;
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="DejaVu Sans">`,
		`<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="${CARD_COLORS.background}"/>`,
		`<rect width="${CARD_WIDTH}" height="10" fill="${CARD_COLORS.accent}"/>`,
		text(MARGIN, 62, spec.siteName, 22, 'bold', CARD_COLORS.accent),
		mapLayer(spec),
		...titleText,
		factsLayer(spec.facts, titleBottom + 36),
		legendLayer(spec.legend),
		'</svg>'
	].join('\n');
}
