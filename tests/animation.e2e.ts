/**
 * The animated export: 2005 as a GIF and as a WebM, at 1200 × 675 with the frames the panel
 * announces, Korea coloured in the first and last frames as the map colours it on those days;
 * Cancel stops the work while the page stays usable; the panel by keyboard, in French, and axe.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { mapPlacement } from '../src/lib/export/imageLayout';
import {
	explorerReady,
	expectNoAxeViolations,
	openExplorer,
	slider,
	trackProblems
} from './helpers';

test.describe.configure({ timeout: 180_000 });

const SHARE = { name: 'Share this view' };
const panel = (page: Page) => page.getByRole('region', { name: 'Export an animation' });

/** Opens the panel from the share menu and chooses the period, the format and the colours. */
async function choose(
	page: Page,
	from: string,
	to: string,
	format: 'Animated GIF' | 'Video (WebM)'
) {
	await page.getByRole('button', SHARE).click();
	await page.getByRole('button', { name: 'Export animation…' }).click();
	await panel(page).getByLabel('From', { exact: true }).fill(from);
	await panel(page).getByLabel('To', { exact: true }).fill(to);
	await panel(page).getByLabel(format).check();
	await panel(page).getByLabel('Light').check();
}

/** The number of frames the panel announces ("29 secs: 866 frames at 30 frames per second"). */
async function announcedFrames(page: Page): Promise<number> {
	const line = await panel(page)
		.getByText(/frames at 30 frames per second/)
		.textContent();
	return Number(/([\d,]+) frames/.exec(line ?? '')![1].replaceAll(',', ''));
}

/** Exports and returns the saved file. */
async function exportFile(page: Page) {
	const [file] = await Promise.all([
		page.waitForEvent('download', { timeout: 150_000 }),
		panel(page).getByRole('button', { name: 'Export', exact: true }).click()
	]);
	const bytes = await readFile(await file.path());
	await expect(panel(page).getByRole('status')).toHaveText(
		new RegExp(`^Saved ${file.suggestedFilename().replaceAll('.', '\\.')} \\(`)
	);
	return { name: file.suggestedFilename(), bytes };
}

/**
 * Where the map draws a country in an exported frame: a point well inside its shape (at least
 * 1.5 map units from its edge), placed as the image places the map.
 */
async function pointInFrame(page: Page, iso3: string): Promise<[number, number]> {
	const { x, y, width } = await page.evaluate((id) => {
		const path = document.querySelector<SVGPathElement>(`path[data-country="${id}"]`)!;
		const viewBox = path.ownerSVGElement!.viewBox.baseVal;
		const box = path.getBBox();
		const inside = (px: number, py: number) => path.isPointInFill(new DOMPoint(px, py));
		for (let py = box.y; py <= box.y + box.height; py += 0.25)
			for (let px = box.x; px <= box.x + box.width; px += 0.25)
				if ([-1.5, 0, 1.5].every((dx) => [-1.5, 0, 1.5].every((dy) => inside(px + dx, py + dy))))
					// The map's units: the view box less its 1-unit margin on each side.
					return { x: px, y: py, width: viewBox.width - 2 };
		throw new Error(`No point well inside ${id}`);
	}, iso3);
	const height = await page.evaluate(
		() =>
			document.querySelector('svg[viewBox]')!.getAttribute('viewBox')!.split(' ').map(Number)[3] - 2
	);
	const place = mapPlacement({ width, height });
	return [Math.round(place.x + x * place.scale), Math.round(place.y + y * place.scale)];
}

/** The map's fill of a country on a day, as the page computes it (`rgb(…)` → [r, g, b]). */
async function fillOn(page: Page, day: string, iso3: string): Promise<number[]> {
	await openExplorer(page, `?date=${day}`);
	const fill = await page
		.locator(`path[data-country="${iso3}"]`)
		.evaluate((path) => getComputedStyle(path).fill);
	return fill.match(/\d+/g)!.slice(0, 3).map(Number);
}

/** Decodes frames of a GIF with the browser's ImageDecoder: its count, size and pixels at a point. */
function readGif(page: Page, bytes: Buffer, frames: number[], [x, y]: [number, number]) {
	return page.evaluate(
		async ({ data, frames, x, y }) => {
			const decoder = new ImageDecoder({
				data: Uint8Array.from(atob(data), (c) => c.charCodeAt(0)),
				type: 'image/gif'
			});
			await decoder.completed;
			const pixels: number[][] = [];
			let size: number[] = [];
			for (const frameIndex of frames) {
				const { image } = await decoder.decode({ frameIndex });
				size = [image.displayWidth, image.displayHeight];
				const canvas = new OffscreenCanvas(size[0], size[1]);
				const context = canvas.getContext('2d')!;
				context.drawImage(image, 0, 0);
				image.close();
				pixels.push([...context.getImageData(x, y, 1, 1).data.slice(0, 3)]);
			}
			return { count: decoder.tracks.selectedTrack!.frameCount, size, pixels };
		},
		{ data: bytes.toString('base64'), frames, x, y }
	);
}

/** A WebM's frame size and number of frames, read from its EBML elements. */
function readWebm(bytes: Buffer) {
	const MASTERS = new Set([0x18538067, 0x1654ae6b, 0xae, 0xe0, 0x1f43b675, 0xa0]);
	const result = { width: 0, height: 0, blocks: 0 };
	/** A variable-length integer at `at`: its value and length (the marker bit removed). */
	const vint = (at: number, keepMarker = false) => {
		const first = bytes[at];
		const length = Math.clz32(first) - 23;
		let value = keepMarker ? first : first & (0xff >> length);
		for (let i = 1; i < length; i++) value = value * 256 + bytes[at + i];
		return { value, length, unknown: !keepMarker && value === 2 ** (7 * length) - 1 };
	};
	const walk = (from: number, to: number) => {
		let at = from;
		while (at < to) {
			const id = vint(at, true);
			const size = vint(at + id.length);
			const start = at + id.length + size.length;
			const end = size.unknown ? to : start + size.value;
			if (MASTERS.has(id.value)) walk(start, end);
			else if (id.value === 0xa3 || id.value === 0xa1) result.blocks++;
			else if (id.value === 0xb0) result.width = bytes.readUIntBE(start, size.value);
			else if (id.value === 0xba) result.height = bytes.readUIntBE(start, size.value);
			at = end;
		}
	};
	walk(0, bytes.length);
	return result;
}

/** A WebM's pixel at a point at the given times, decoded by a `<video>` on a blank page. */
async function readWebmPixels(
	page: Page,
	bytes: Buffer,
	times: number[],
	[x, y]: [number, number]
) {
	const blank = await page.context().newPage();
	try {
		return await blank.evaluate(
			async ({ data, times, x, y }) => {
				const video = document.createElement('video');
				video.muted = true;
				const bytes = Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
				video.src = URL.createObjectURL(new Blob([bytes], { type: 'video/webm' }));
				await new Promise((resolve) => (video.onloadeddata = resolve));
				const canvas = new OffscreenCanvas(video.videoWidth, video.videoHeight);
				const context = canvas.getContext('2d')!;
				const pixels: number[][] = [];
				for (const time of times) {
					video.currentTime = time;
					await new Promise((resolve) => (video.onseeked = resolve));
					context.drawImage(video, 0, 0);
					pixels.push([...context.getImageData(x, y, 1, 1).data.slice(0, 3)]);
				}
				return pixels;
			},
			{ data: bytes.toString('base64'), times, x, y }
		);
	} finally {
		await blank.close();
	}
}

const distance = (a: number[], b: number[]) =>
	Math.max(...a.map((value, i) => Math.abs(value - b[i])));

test.describe('animated export', () => {
	test('GIF of 2005: 1200 × 675, the announced frames, Korea as the map colours it', async ({
		page
	}) => {
		// The map's colours of Korea on the first and last days: the data says they differ (the
		// Seoul–Melbourne MoU of 27 April 2005, among others).
		const before = await fillOn(page, '2005-01-01', 'KOR');
		const after = await fillOn(page, '2005-12-31', 'KOR');
		expect(before).not.toEqual(after);
		const korea = await pointInFrame(page, 'KOR');
		const { expectClean } = trackProblems(page);
		await choose(page, '2005-01-01', '2005-12-31', 'Animated GIF');
		const frames = await announcedFrames(page);
		expect(frames).toBeGreaterThan(300);
		const gif = await exportFile(page);
		expect(gif.name).toBe('anti-spam-atlas-2005-01-01-to-2005-12-31.gif');
		const read = await readGif(page, gif.bytes, [0, frames - 1], korea);
		expect(read.count).toBe(frames);
		expect(read.size).toEqual([1200, 675]);
		// The GIF keeps the palette's colours exact.
		expect(read.pixels).toEqual([before, after]);
		expectClean();
	});

	test('WebM of 2005: 1200 × 675, the announced frames, Korea as the map colours it', async ({
		page
	}) => {
		const before = await fillOn(page, '2005-01-01', 'KOR');
		const after = await fillOn(page, '2005-12-31', 'KOR');
		const korea = await pointInFrame(page, 'KOR');
		const { expectClean } = trackProblems(page);
		await choose(page, '2005-01-01', '2005-12-31', 'Video (WebM)');
		const frames = await announcedFrames(page);
		const webm = await exportFile(page);
		expect(webm.name).toBe('anti-spam-atlas-2005-01-01-to-2005-12-31.webm');
		expect(readWebm(webm.bytes)).toEqual({ width: 1200, height: 675, blocks: frames });
		const [first, last] = await readWebmPixels(page, webm.bytes, [0, (frames - 1) / 30], korea);
		// A video's colours are near, not exact (and a small country's edges blend into the sea's):
		// each frame's Korea is nearer the map's colour on its own day than on the other.
		const report = JSON.stringify({ before, after, first, last });
		expect(distance(first, before), report).toBeLessThan(distance(first, after));
		expect(distance(last, after), report).toBeLessThan(distance(last, before));
		expect(distance(first, last), report).toBeGreaterThan(24);
		expectClean();
	});

	test('Cancel stops the export; the page stays usable meanwhile', async ({ page }) => {
		const { expectClean } = trackProblems(page);
		await openExplorer(page, '?date=2004-06-01');
		await choose(page, '2003-01-01', '2006-12-31', 'Animated GIF');
		await panel(page).getByRole('button', { name: 'Export', exact: true }).click();
		await expect(panel(page).getByRole('status')).toHaveText('Making the animation…');
		await expect(panel(page).getByText(/^Frame [\d,]+ of [\d,]+/)).toBeVisible();
		await expect(panel(page).getByRole('progressbar', { name: 'Export progress' })).toBeVisible();
		// While it works, the panel shows only the progress and Cancel: the choices are hidden.
		await expect(panel(page).getByLabel('From', { exact: true })).toBeHidden();
		await expect(panel(page).getByRole('radio', { name: 'Animated GIF' })).toBeHidden();
		// The reader goes on exploring while it works.
		await slider(page).focus();
		await page.keyboard.press('ArrowRight');
		await expect(slider(page)).toHaveAttribute('aria-valuetext', /2 June 2004/);
		// The frames are made in a worker, which Cancel stops.
		expect(page.workers()).toHaveLength(1);
		await panel(page).getByRole('button', { name: 'Cancel' }).click();
		await expect.poll(() => page.workers().length).toBe(0);
		await expect(panel(page).getByRole('status')).toHaveText('Export cancelled.');
		await expect(panel(page).getByRole('progressbar')).toHaveCount(0);
		await expect(panel(page).getByRole('button', { name: 'Export', exact: true })).toBeFocused();
		// The choices are back as the reader left them.
		await expect(panel(page).getByLabel('From', { exact: true })).toHaveValue('2003-01-01');
		await expect(panel(page).getByRole('radio', { name: 'Animated GIF' })).toBeChecked();
		// Nothing is saved after a cancel.
		const saved = await page
			.waitForEvent('download', { timeout: 3_000 })
			.then(() => true)
			.catch(() => false);
		expect(saved).toBe(false);
		expectClean();
	});

	test('the panel: by keyboard, checked by axe, in French', async ({ page }) => {
		await openExplorer(page, '?from=2005-01-01&date=2005-06-30');
		await page.getByRole('button', SHARE).focus();
		await page.keyboard.press('Enter');
		await page.getByRole('button', { name: 'Export animation…' }).focus();
		await page.keyboard.press('Enter');
		// The period view's period comes first; the first field has the focus.
		await expect(panel(page).getByLabel('From', { exact: true })).toBeFocused();
		await expect(panel(page).getByLabel('From', { exact: true })).toHaveValue('2005-01-01');
		await expect(panel(page).getByLabel('To', { exact: true })).toHaveValue('2005-06-30');
		await expectNoAxeViolations(page);
		// A reversed period cannot be exported, and says why.
		await panel(page).getByLabel('To', { exact: true }).fill('2004-06-30');
		await expect(panel(page).getByText(/Choose a start before the end/)).toBeVisible();
		await page.keyboard.press('Escape');
		await expect(panel(page)).toHaveCount(0);
		await expect(page.getByRole('button', SHARE)).toBeFocused();

		await page.goto('/fr/');
		await explorerReady(page);
		await page.getByRole('button', { name: 'Partager cette vue' }).click();
		await page.getByRole('button', { name: 'Exporter une animation…' }).click();
		const french = page.getByRole('region', { name: 'Exporter une animation' });
		await expect(french.getByText(/images à 30 images par seconde/)).toBeVisible();
		await expect(french.getByLabel('GIF animé')).toBeVisible();
	});
});
