/**
 * Draws one picture of an animation (`scene.ts`) on a 2D canvas context: the still background (the
 * image's heading, sea, countries without data, legend and footer), then the countries with data in
 * their bins' colours, outlined as the map outlines them, then the day's lines of words. Runs in the
 * export's worker, on an `OffscreenCanvas`.
 */
import type { AnimationPicture, AnimationScene, SceneLine } from './scene';

/** A 2D context: the worker's `OffscreenCanvasRenderingContext2D`, or a page canvas's. */
type Context = OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D;

/** The scene's shapes as paths, built once per export (`null` for a small state's dot). */
export function scenePaths(scene: AnimationScene): (Path2D | null)[] {
	return scene.countries.map((country) => (country.d === null ? null : new Path2D(country.d)));
}

/** A small state's dot radius and outline width, in map units (as `SmallStateDots.svelte`). */
const DOT = { radius: 4.5, stroke: 1 } as const;
/** The countries' outline width in map units (as the map's `.country`). */
const BORDER = 0.6;

function drawLine(context: Context, font: string, line: SceneLine, content: string): void {
	if (!content) return;
	context.font = `${line.weight === 'bold' ? '700 ' : ''}${line.size}px ${font}`;
	context.fillStyle = line.color;
	context.fillText(content, line.x, line.y);
}

/** Draws `picture` over `background`, the whole frame. */
export function drawPicture(
	context: Context,
	scene: AnimationScene,
	paths: readonly (Path2D | null)[],
	background: CanvasImageSource,
	picture: AnimationPicture
): void {
	const { map, colors } = scene;
	context.setTransform(1, 0, 0, 1, 0, 0);
	context.drawImage(background, 0, 0, scene.width, scene.height);
	context.setTransform(map.scale, 0, 0, map.scale, map.x, map.y);
	context.strokeStyle = colors.border;
	context.lineJoin = 'round';
	scene.countries.forEach((country, index) => {
		const bin = picture.bins[index];
		context.fillStyle = bin === 0 ? colors.land : (colors.bins[bin - 1] ?? colors.land);
		const path = paths[index];
		if (path) {
			context.lineWidth = BORDER;
			context.fill(path);
			context.stroke(path);
		} else if (country.dot) {
			context.lineWidth = DOT.stroke;
			context.beginPath();
			context.arc(country.dot.x, country.dot.y, DOT.radius, 0, 2 * Math.PI);
			context.fill();
			context.stroke();
		}
	});
	context.setTransform(1, 0, 0, 1, 0, 0);
	context.textBaseline = 'alphabetic';
	drawLine(context, scene.font, scene.lines.when, picture.when);
	drawLine(context, scene.font, scene.lines.summary, picture.summary);
	drawLine(context, scene.font, scene.lines.caption, picture.caption);
}
