/**
 * What the animation's frame renderer draws (`render.ts`, in a worker): the image's layout
 * (`viewImage.ts`), the map's countries with data as the explorer lays them out (`mapLayers`), and,
 * for each different picture, each country's bin and the lines of words; then which picture each
 * frame shows. Pure and made of plain data, so it crosses to the worker as it is.
 */
import type { MapCountry, SmallStateDot } from '$lib/components/WorldMap/layers';
import type { Iso3, IsoDay } from '$lib/data/types';
import { binNumber } from '$lib/map/choropleth';
import {
	IMAGE_FONT,
	IMAGE_SIZE,
	LINE_WIDTH,
	VIEW_LINES,
	mapPlacement,
	oneLine,
	type ImageLine,
	type ImagePalette
} from '../viewImage';
import { ANIMATION_FPS } from './schedule';

/** The words of one picture: the day, its numbers, and the events on it (or ''). */
export interface PictureWords {
	when: string;
	summary: string;
	/** The short titles of the events happening on the day, while one is on; else ''. */
	caption: string;
}

/** One picture of the animation: each country's bin (in {@link AnimationScene.countries}' order). */
export interface AnimationPicture extends PictureWords {
	bins: Uint8Array;
}

/** A line of words as the renderer draws it: where, how, and its colour resolved. */
export type SceneLine = Omit<ImageLine, 'color'> & { color: string };

/** Everything the frame renderer needs besides the still background. */
export interface AnimationScene {
	width: number;
	height: number;
	fps: number;
	/** Where the map's units land in the frame. */
	map: { x: number; y: number; scale: number };
	/** The countries with data: a shape's path, or a small state's dot (drawn after the shapes). */
	countries: ({ d: string; dot: null } | { d: null; dot: { x: number; y: number } })[];
	colors: { land: string; border: string; bins: readonly string[] };
	/** Every colour of the palette, background and words included: a GIF keeps them exact. */
	keyColors: readonly string[];
	font: string;
	lines: { when: SceneLine; summary: SceneLine; caption: SceneLine };
	pictures: AnimationPicture[];
	/** The picture each frame shows. */
	frames: Uint16Array;
}

/** What {@link animationScene} builds the scene from. */
export interface SceneInput {
	/** The day of each frame (`animationFrames`), ascending. */
	frames: readonly IsoDay[];
	/** The explorer's layout of the countries with data (`mapLayers`). */
	layers: { countries: readonly MapCountry[]; dots: readonly SmallStateDot[] };
	mapSize: { width: number; height: number };
	/** Each country's count on a day and its words; called once per different day, in order. */
	dayOn: (day: IsoDay) => { counts: ReadonlyMap<Iso3, number>; words: PictureWords };
	palette: ImagePalette;
}

/** The caption (the events on the day): where the image says what it outlines, bold, in the accent. */
const CAPTION: ImageLine = { ...VIEW_LINES.focus, weight: 'bold', color: 'accent' };

/** The scene of an animation: one picture per different day of `frames`. */
export function animationScene(input: SceneInput): AnimationScene {
	const steps = sceneSteps(input);
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * {@link animationScene} step by step: it pauses after each picture, so the page can build a long
 * animation's scene in slices between its other work.
 */
export function* sceneSteps(input: SceneInput): Generator<void, AnimationScene> {
	const { palette } = input;
	const drawn: { id: Iso3; d: string | null; dot: { x: number; y: number } | null }[] = [
		...input.layers.countries.flatMap((country) =>
			country.d === null ? [] : [{ id: country.id, d: country.d, dot: null }]
		),
		...input.layers.dots.map(({ id, x, y }) => ({ id, d: null, dot: { x, y } }))
	];
	const pictures: AnimationPicture[] = [];
	const frames = new Uint16Array(input.frames.length);
	let lastDay: IsoDay | null = null;
	for (const [frame, day] of input.frames.entries()) {
		if (day !== lastDay) {
			yield;
			const { counts, words } = input.dayOn(day);
			pictures.push({
				bins: Uint8Array.from(drawn, ({ id }) => binNumber(counts.get(id) ?? 0)),
				when: fit(words.when, VIEW_LINES.when),
				summary: fit(words.summary, VIEW_LINES.summary),
				caption: fit(words.caption, CAPTION)
			});
			lastDay = day;
		}
		frames[frame] = pictures.length - 1;
	}
	const line = (spec: ImageLine): SceneLine => ({ ...spec, color: palette[spec.color] });
	return {
		...IMAGE_SIZE,
		fps: ANIMATION_FPS,
		map: mapPlacement(input.mapSize),
		countries: drawn.map(({ d, dot }) => (d === null ? { d: null, dot: dot! } : { d, dot: null })),
		colors: { land: palette.land, border: palette.border, bins: palette.bins },
		keyColors: [
			palette.background,
			palette.sea,
			palette.land,
			palette.noData,
			palette.border,
			palette.text,
			palette.muted,
			palette.accent,
			...palette.bins
		],
		font: IMAGE_FONT,
		lines: {
			when: line(VIEW_LINES.when),
			summary: line(VIEW_LINES.summary),
			caption: line(CAPTION)
		},
		pictures,
		frames
	};
}

/** `content` cut to one line of the image's width. */
function fit(content: string, { size, weight }: ImageLine): string {
	return content ? oneLine(content, LINE_WIDTH, size, weight) : '';
}
