import { describe, expect, it } from 'vitest';
import type { MapCountry, SmallStateDot } from '$lib/components/WorldMap/layers';
import type { Iso3, IsoDay } from '$lib/data/types';
import { binNumber } from '$lib/map/choropleth';
import { textWidth } from '$lib/preview/text';
import {
	IMAGE_FONT,
	IMAGE_SIZE,
	LINE_WIDTH,
	VIEW_LINES,
	mapPlacement,
	type ImagePalette
} from '../viewImage';
import { animationScene, type PictureWords, type SceneInput } from './scene';
import { ANIMATION_FPS } from './schedule';

const PALETTE: ImagePalette = {
	background: 'rgb(1, 1, 1)',
	text: 'rgb(2, 2, 2)',
	muted: 'rgb(3, 3, 3)',
	accent: 'rgb(4, 4, 4)',
	sea: 'rgb(5, 5, 5)',
	land: 'rgb(6, 6, 6)',
	noData: 'rgb(7, 7, 7)',
	border: 'rgb(8, 8, 8)',
	already: 'rgb(9, 9, 9)',
	highlight: 'rgb(10, 10, 10)',
	meeting: 'rgb(11, 11, 11)',
	bins: ['rgb(21, 0, 0)', 'rgb(22, 0, 0)', 'rgb(23, 0, 0)', 'rgb(24, 0, 0)', 'rgb(25, 0, 0)']
};

/** Two shapes, and Singapore without one: a stand-in under its dot. */
const COUNTRIES: MapCountry[] = [
	{ id: 'AUS', d: 'M0 0h10v10h-10z', dot: null },
	{ id: 'SGP', d: null, dot: { id: 'SGP', x: 50, y: 60 } },
	{ id: 'KOR', d: 'M20 0h5v5h-5z', dot: null }
];
/** The dots: Singapore's, and one of a small state that also has a shape. */
const DOTS: SmallStateDot[] = [
	{ id: 'SGP', x: 50, y: 60, standIn: true },
	{ id: 'KOR', x: 22, y: 3, standIn: false }
];
const MAP_SIZE = { width: 960, height: 467 };

/** The counts and words of each day, and the days asked for, in order. */
function reader(days: Record<IsoDay, { counts: Record<string, number>; words?: PictureWords }>) {
	const asked: IsoDay[] = [];
	const dayOn = (day: IsoDay) => {
		asked.push(day);
		const { counts, words } = days[day];
		return {
			counts: new Map(Object.entries(counts) as [Iso3, number][]),
			words: words ?? { when: day, summary: `numbers of ${day}`, caption: '' }
		};
	};
	return { asked, dayOn };
}

function scene(patch: Partial<SceneInput> = {}) {
	return animationScene({
		frames: [],
		layers: { countries: COUNTRIES, dots: DOTS },
		mapSize: MAP_SIZE,
		dayOn: () => {
			throw new Error('No day expected');
		},
		palette: PALETTE,
		...patch
	});
}

describe('animationScene', () => {
	it('makes one picture per run of equal days, asking for each day once, in order', () => {
		const { asked, dayOn } = reader({
			'2005-01-01': { counts: {} },
			'2005-01-02': { counts: {} },
			'2005-01-05': { counts: {} }
		});
		const frames = ['2005-01-01', '2005-01-01', '2005-01-02', '2005-01-02', '2005-01-02'];
		const made = scene({ frames: [...frames, '2005-01-05'], dayOn });
		expect(asked).toEqual(['2005-01-01', '2005-01-02', '2005-01-05']);
		expect(made.pictures.map((picture) => picture.when)).toEqual(asked);
		expect([...made.frames]).toEqual([0, 0, 1, 1, 1, 2]);
		expect(made.frames).toBeInstanceOf(Uint16Array);
	});

	it('has no picture without frames', () => {
		const made = scene();
		expect(made.pictures).toEqual([]);
		expect(made.frames).toHaveLength(0);
	});

	it('draws the shapes in the layers’ order, skipping stand-ins, then the dots', () => {
		expect(scene().countries).toEqual([
			{ d: 'M0 0h10v10h-10z', dot: null },
			{ d: 'M20 0h5v5h-5z', dot: null },
			{ d: null, dot: { x: 50, y: 60 } },
			{ d: null, dot: { x: 22, y: 3 } }
		]);
	});

	it.each([
		// Counts whose bins differ from them, so a count taken as a bin shows.
		['counts in bins', { AUS: 5, KOR: 9, SGP: 1 }, [5, 9, 1, 9]],
		['nothing counted as bin 0', { KOR: 3 }, [0, 3, 0, 3]],
		['a zero count as bin 0', { AUS: 0, KOR: 2, SGP: 0 }, [0, 2, 0, 2]],
		['countries it does not draw left out', { FRA: 4, AUS: 1 }, [1, 0, 0, 0]]
	])('colours %s, in the countries’ order', (_, counts, expected) => {
		const made = scene({
			frames: ['2005-01-01'],
			dayOn: reader({ '2005-01-01': { counts } }).dayOn
		});
		const [picture] = made.pictures;
		expect(picture.bins).toBeInstanceOf(Uint8Array);
		expect([...picture.bins]).toEqual(expected.map(binNumber));
		// AUS, KOR, SGP's dot, KOR's dot.
		expect(picture.bins).toHaveLength(made.countries.length);
	});

	it('keeps each day’s own bins', () => {
		const { dayOn } = reader({
			'2005-04-26': { counts: { KOR: 1 } },
			'2005-04-27': { counts: { KOR: 2, AUS: 5 } }
		});
		const made = scene({ frames: ['2005-04-26', '2005-04-27'], dayOn });
		expect(made.pictures.map((picture) => [...picture.bins])).toEqual([
			[0, binNumber(1), 0, binNumber(1)],
			[binNumber(5), binNumber(2), 0, binNumber(2)]
		]);
	});

	it('keeps words that fit as they are', () => {
		const words = {
			when: '27 April 2005',
			summary: '40 countries',
			caption: 'Seoul–Melbourne MoU'
		};
		const { dayOn } = reader({ '2005-04-27': { counts: {}, words } });
		const [picture] = scene({ frames: ['2005-04-27'], dayOn }).pictures;
		expect({ when: picture.when, summary: picture.summary, caption: picture.caption }).toEqual(
			words
		);
	});

	it('cuts words too long for a line, with an ellipsis', () => {
		const long = Array(60).fill('Seoul–Melbourne MoU').join(' · ');
		const words = { when: long, summary: long, caption: long };
		const { dayOn } = reader({ '2005-04-27': { counts: {}, words } });
		const [picture] = scene({ frames: ['2005-04-27'], dayOn }).pictures;
		const lines = [
			[picture.when, VIEW_LINES.when],
			[picture.summary, VIEW_LINES.summary],
			[picture.caption, { ...VIEW_LINES.focus, weight: 'bold' }]
		] as const;
		for (const [content, { size, weight }] of lines) {
			expect(content.endsWith('…')).toBe(true);
			expect(long.startsWith(content.slice(0, -1).trimEnd())).toBe(true);
			expect(content.length).toBeGreaterThan(20);
			expect(textWidth(content, size, weight)).toBeLessThanOrEqual(LINE_WIDTH);
		}
	});

	it('measures the caption bold: words that fit a regular line may not fit it', () => {
		const { size } = VIEW_LINES.focus;
		// Words as wide as a regular line allows, too wide in bold.
		let words = 'Seoul';
		while (textWidth(`${words} Seoul`, size, 'regular') <= LINE_WIDTH) words += ' Seoul';
		expect(textWidth(words, size, 'bold')).toBeGreaterThan(LINE_WIDTH);
		const { dayOn } = reader({
			'2005-04-27': { counts: {}, words: { when: '', summary: words, caption: words } }
		});
		const [picture] = scene({ frames: ['2005-04-27'], dayOn }).pictures;
		expect(picture.summary).toBe(words);
		expect(picture.caption.endsWith('…')).toBe(true);
		expect(picture.when).toBe('');
	});

	it('draws in the image’s size, font and map place, at the animation’s rate', () => {
		const made = scene();
		expect([made.width, made.height]).toEqual([IMAGE_SIZE.width, IMAGE_SIZE.height]);
		expect(made.fps).toBe(ANIMATION_FPS);
		expect(made.font).toBe(IMAGE_FONT);
		expect(made.map).toEqual(mapPlacement(MAP_SIZE));
	});

	it('takes its colours from the palette, and keeps every one it draws exact', () => {
		const made = scene();
		expect(made.colors).toEqual({ land: PALETTE.land, border: PALETTE.border, bins: PALETTE.bins });
		expect(made.keyColors).toEqual([
			PALETTE.background,
			PALETTE.sea,
			PALETTE.land,
			PALETTE.noData,
			PALETTE.border,
			PALETTE.text,
			PALETTE.muted,
			PALETTE.accent,
			...PALETTE.bins
		]);
	});

	it('writes the day and its numbers where the image does, and the caption bold in the accent', () => {
		const { lines } = scene();
		expect(lines.when).toEqual({ ...VIEW_LINES.when, color: PALETTE.text });
		expect(lines.summary).toEqual({ ...VIEW_LINES.summary, color: PALETTE.muted });
		expect(lines.caption).toEqual({
			x: VIEW_LINES.focus.x,
			y: VIEW_LINES.focus.y,
			size: VIEW_LINES.focus.size,
			weight: 'bold',
			color: PALETTE.accent
		});
	});
});
