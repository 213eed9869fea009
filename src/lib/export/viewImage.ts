/**
 * The image of an explorer view (PNG and SVG downloads) as a standalone SVG document, 1200 × 675:
 * the site's name and title, the date or period, what is outlined, the map's countries (the
 * explorer's own markup, `MapLayers.svelte`, passed in as a string), the legend, and a footer with
 * the source line and the view's address. Pure: `download.ts` gathers the view and the theme's
 * colours in the browser and turns the document into a file.
 */
import type { LegendItem } from '$lib/explorer/legend';
import { escapeXml, textWidth, wrapText, type Weight } from '$lib/preview/text';
import { IMAGE_SIZE, mapPlacement } from './imageLayout';

export { IMAGE_SIZE, mapPlacement };

/** The colours of one theme, as the page resolves its tokens (`app.css`) and bins. */
export interface ImagePalette {
	background: string;
	text: string;
	muted: string;
	accent: string;
	sea: string;
	/** A country with nothing counted. */
	land: string;
	/** A territory without data. */
	noData: string;
	border: string;
	/** Hatching of "already in something before the period". */
	already: string;
	/** Outline of the selected country and of an event's bound participants. */
	highlight: string;
	/** Outline of a meeting's participants. */
	meeting: string;
	/** The bins' fills, from the first (1) to the last (7+). */
	bins: readonly string[];
}

/** Everything the image shows. */
export interface ViewImageSpec {
	/** The language of the words (`lang` of the document). */
	lang: string;
	siteName: string;
	title: string;
	/** The day or the period shown, in words. */
	when: string;
	/** The view's numbers in a line ("54 countries with at least one instrument…"), or `null`. */
	summary: string | null;
	/** What the map outlines (an event's participants, a country), or `null`. */
	focus: string | null;
	/** What the colours count: "Instruments joined per country". */
	legendTitle: string;
	legend: readonly LegendItem[];
	/** The map's countries: `MapLayers.svelte`'s markup in map units (960 × 467). */
	mapMarkup: string;
	/** The sea's outline (`outline` of the geometry). */
	seaPath: string;
	mapSize: { width: number; height: number };
	/** "Source: …", the line that credits the data. */
	source: string;
	/** The address that opens the same view. */
	url: string;
	palette: ImagePalette;
}

const { width: WIDTH, height: HEIGHT } = IMAGE_SIZE;
const MARGIN = 40;
/** The image's fonts: DejaVu Sans first, whose metrics `preview/text.ts` measures. */
export const IMAGE_FONT = "'DejaVu Sans', Verdana, 'Segoe UI', system-ui, sans-serif";
const FONT = IMAGE_FONT;

/** A line of words in the image: its baseline, size and weight, from the left margin. */
export interface ImageLine {
	x: number;
	y: number;
	size: number;
	weight: Weight;
	/** Its colour in the palette. */
	color: 'text' | 'muted' | 'accent';
}

/** The lines that say what the image shows (the animation redraws them on each frame). */
export const VIEW_LINES = {
	when: { x: MARGIN, y: 118, size: 24, weight: 'bold', color: 'text' },
	summary: { x: MARGIN, y: 146, size: 17, weight: 'regular', color: 'muted' },
	focus: { x: MARGIN, y: 170, size: 17, weight: 'regular', color: 'muted' }
} as const satisfies Record<string, ImageLine>;

/** How wide a line of words may be. */
export const LINE_WIDTH = WIDTH - 2 * MARGIN;

function text(
	x: number,
	y: number,
	content: string,
	size: number,
	fill: string,
	options: { weight?: Weight } = {}
): string {
	const bold = options.weight === 'bold' ? ' font-weight="700"' : '';
	return `<text x="${x}" y="${y}" font-size="${size}"${bold} fill="${fill}">${escapeXml(content)}</text>`;
}

/** The first line of `content` that fits `width`, cut with an ellipsis if it must be. */
export function oneLine(content: string, width: number, size: number, weight: Weight = 'regular') {
	return wrapText(content, { width, size, weight, maxLines: 1 }).lines[0] ?? '';
}

/** The style of the map's classes (those of MapLayers.svelte and its layers) in this palette. */
export function mapStyle(palette: ImagePalette): string {
	return [
		`.country{fill:${palette.land};stroke:${palette.border};stroke-width:0.6;stroke-linejoin:round}`,
		`.nodata{fill:${palette.noData}}`,
		...palette.bins.map((color, index) => `.bin-${index + 1}{fill:${color}}`),
		`.already{fill:url(#already-hatch)}`,
		`.stand-in{fill:none;stroke:none}`,
		`.small{stroke:${palette.border};stroke-width:1}`,
		`.dim{opacity:0.35}`,
		`.role-bound,.selected{stroke:${palette.highlight};stroke-width:2}`,
		`.role-member{stroke:${palette.highlight};stroke-width:1.6;stroke-dasharray:4 2}`,
		`.role-meeting{stroke:${palette.meeting};stroke-width:2;stroke-dasharray:1 2}`
	].join('');
}

/** The fill of a legend swatch, by the map class it stands for. */
function swatchFill(swatch: string, palette: ImagePalette): string {
	if (swatch === 'already') return 'url(#already-hatch)';
	if (swatch === 'nodata') return palette.noData;
	const bin = /^bin-(\d+)$/.exec(swatch);
	return bin ? (palette.bins[Number(bin[1]) - 1] ?? palette.land) : palette.land;
}

/** The legend: its title on a line (at `y`), then a row of swatches and their words under it. */
function legend(spec: ViewImageSpec, y: number): string {
	const { palette } = spec;
	const title = oneLine(spec.legendTitle, WIDTH - 2 * MARGIN, 17, 'bold');
	const out = [text(MARGIN, y, title, 17, palette.text, { weight: 'bold' })];
	const row = y + 28;
	let x = MARGIN;
	for (const item of spec.legend) {
		out.push(
			`<rect x="${x}" y="${row - 14}" width="18" height="18" rx="3" fill="${swatchFill(item.swatch, palette)}" stroke="${palette.muted}" stroke-width="0.75"/>`,
			text(x + 24, row, item.label, 16, palette.text)
		);
		x += 24 + wordsWidth(item.label, 16) + 18;
	}
	return out.join('');
}

/** The width of words in the image: DejaVu Sans's metrics (the widest font named), plus 5%. */
function wordsWidth(content: string, size: number, weight: Weight = 'regular'): number {
	return Math.ceil(textWidth(content, size, weight) * 1.05);
}

/** The SVG document of a view's image. */
export function viewImageSvg(spec: ViewImageSpec): string {
	const { palette } = spec;
	const map = mapPlacement(spec.mapSize);
	const lineWidth = LINE_WIDTH;
	const line = (content: string | null, { x, y, size, weight, color }: ImageLine) =>
		content
			? text(x, y, oneLine(content, lineWidth, size, weight), size, palette[color], { weight })
			: '';
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="${escapeXml(FONT)}" lang="${escapeXml(spec.lang)}">`,
		`<title>${escapeXml(`${spec.title} — ${spec.when}`)}</title>`,
		`<defs><pattern id="already-hatch" width="5" height="5" patternUnits="userSpaceOnUse"><rect width="5" height="5" fill="${palette.land}"/><path d="M-1,1 l2,-2 M0,5 l5,-5 M4,6 l2,-2" stroke="${palette.already}" stroke-width="1"/></pattern></defs>`,
		`<style>${mapStyle(palette)}</style>`,
		`<rect width="${WIDTH}" height="${HEIGHT}" fill="${palette.background}"/>`,
		`<rect width="${WIDTH}" height="8" fill="${palette.accent}"/>`,
		text(MARGIN, 44, oneLine(spec.siteName, lineWidth, 18, 'bold'), 18, palette.accent, {
			weight: 'bold'
		}),
		text(MARGIN, 82, oneLine(spec.title, lineWidth, 28, 'bold'), 28, palette.text, {
			weight: 'bold'
		}),
		line(spec.when, VIEW_LINES.when),
		line(spec.summary, VIEW_LINES.summary),
		line(spec.focus, VIEW_LINES.focus),
		`<g transform="translate(${map.x.toFixed(1)} ${map.y}) scale(${map.scale.toFixed(5)})">`,
		`<path d="${spec.seaPath}" fill="${palette.sea}"/>`,
		spec.mapMarkup,
		'</g>',
		legend(spec, 588),
		text(MARGIN, 644, oneLine(spec.source, lineWidth, 14), 14, palette.muted),
		text(MARGIN, 664, oneLine(spec.url, lineWidth, 14), 14, palette.muted),
		'</svg>'
	].join('\n');
}

/**
 * The file name of a view's image: what it shows, for a reader's downloads folder
 * (`anti-spam-atlas-2005-04-27-KOR.png`, `anti-spam-atlas-2005-01-01-to-2005-12-31.svg`).
 */
export function imageFileName(
	view: { date: string; from: string | null; country: string | null; event: string | null },
	extension: 'png' | 'svg' | 'gif' | 'webm',
	variant = ''
): string {
	const parts = [
		'anti-spam-atlas',
		view.from ? `${view.from}-to-${view.date}` : view.date,
		view.country,
		view.country ? null : view.event,
		variant || null
	];
	return `${parts.filter(Boolean).join('-')}.${extension}`;
}
