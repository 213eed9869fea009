import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { HEIGHT, WIDTH, outline } from '$lib/map/geometry';
import { IMAGE_SIZE, imageFileName, mapStyle, viewImageSvg, type ViewImageSpec } from './viewImage';
import { svgTexts as texts } from '$lib/preview/testing';

const PALETTE = {
	background: '#f7f7f4',
	text: '#1b1f23',
	muted: '#4f5861',
	accent: '#0b5cad',
	sea: '#eef3f7',
	land: '#e6e6e1',
	noData: '#ffffff',
	border: '#ffffff',
	already: '#6f7780',
	highlight: '#c2410c',
	meeting: '#6b4fa0',
	bins: ['#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c']
};

const SPEC: ViewImageSpec = {
	lang: 'en',
	siteName: 'Anti-Spam Cooperation Atlas, 2003–2006',
	title: 'Who joined the fight against spam, day by day',
	when: '27 April 2005',
	summary: '40 countries in at least one instrument signed or joined',
	focus: 'Outlined: participants of Seoul–Melbourne MoU',
	legendTitle: 'Instruments joined per country',
	legend: [
		{ swatch: 'none', label: 'None' },
		{ swatch: 'bin-1', label: '1' },
		{ swatch: 'bin-5', label: '7+' },
		{ swatch: 'nodata', label: 'No data' }
	],
	mapMarkup: '<path d="M100 100h50v50h-50z" data-country="KOR" class="country bin-3 role-bound"/>',
	seaPath: outline,
	mapSize: { width: WIDTH, height: HEIGHT },
	source: 'Source: Anti-Spam Cooperation Atlas, from the ITU page and the sources it cites',
	url: 'https://anti-spam-atlas.example/?date=2005-04-27&event=seoul-melbourne-multilateral-mou-2005',
	palette: PALETTE
};

describe('viewImageSvg', () => {
	const svg = viewImageSvg(SPEC);

	it('is a standalone 1200 × 675 document that a renderer opens alone', () => {
		expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
		const rendered = new Resvg(svg).render();
		expect([rendered.width, rendered.height]).toEqual([IMAGE_SIZE.width, IMAGE_SIZE.height]);
	});

	it('refers to nothing outside itself', () => {
		expect(svg).not.toMatch(/<image|xlink:href|href="http|url\((?!#already-hatch\))/);
	});

	it.each([
		['the site', SPEC.siteName],
		['the title', SPEC.title],
		['the day', SPEC.when],
		['the numbers', SPEC.summary!],
		['what is outlined', SPEC.focus!],
		['the legend', SPEC.legendTitle],
		['a swatch', 'No data'],
		['the source line', SPEC.source],
		['the address', SPEC.url]
	])('writes %s as text', (_, words) => {
		expect(texts(svg)).toContain(words);
	});

	it('draws one swatch per legend entry, in the palette', () => {
		const swatches = [...svg.matchAll(/<rect [^>]*width="18" height="18"[^>]*fill="([^"]+)"/g)];
		expect(swatches.map(([, fill]) => fill)).toEqual([
			PALETTE.land,
			PALETTE.bins[0],
			PALETTE.bins[4],
			PALETTE.noData
		]);
	});

	it('places the map markup and styles its classes', () => {
		expect(svg).toContain(SPEC.mapMarkup);
		expect(mapStyle(PALETTE)).toContain(`.bin-3{fill:${PALETTE.bins[2]}}`);
		expect(mapStyle(PALETTE)).toContain(`stroke:${PALETTE.highlight}`);
	});

	it('leaves out the lines a view does not have', () => {
		const bare = viewImageSvg({ ...SPEC, summary: null, focus: null });
		expect(texts(bare)).not.toContain(SPEC.focus);
		expect(texts(bare)).not.toContain(SPEC.summary);
	});

	it.each([
		['markup', '<script>alert(1)</script>'],
		['entities', 'Tom & Jerry "MoU" &amp;'],
		['closing tags', '</text></svg>']
	])('escapes hostile words (%s)', (_, words) => {
		const hostile = viewImageSvg({ ...SPEC, focus: words });
		expect(hostile).not.toContain(words);
		expect(texts(hostile)).toContain(words);
		expect(() => new Resvg(hostile)).not.toThrow();
	});
});

describe('imageFileName', () => {
	const day = { date: '2005-04-27', from: null, country: null, event: null };
	it.each([
		['a day', day, 'png', '', 'anti-spam-atlas-2005-04-27.png'],
		['a country', { ...day, country: 'KOR' }, 'png', '', 'anti-spam-atlas-2005-04-27-KOR.png'],
		[
			'an event',
			{ ...day, event: 'london-action-plan-2004' },
			'svg',
			'',
			'anti-spam-atlas-2005-04-27-london-action-plan-2004.svg'
		],
		[
			'a country and an event (the country names the file)',
			{ ...day, country: 'KOR', event: 'london-action-plan-2004' },
			'png',
			'',
			'anti-spam-atlas-2005-04-27-KOR.png'
		],
		[
			'a period',
			{ ...day, from: '2005-01-01', date: '2005-12-31' },
			'png',
			'',
			'anti-spam-atlas-2005-01-01-to-2005-12-31.png'
		],
		['a print copy, dark', day, 'png', 'print-dark', 'anti-spam-atlas-2005-04-27-print-dark.png']
	] as const)('names %s', (_, view, extension, variant, expected) => {
		expect(imageFileName(view, extension, variant)).toBe(expected);
	});
});
