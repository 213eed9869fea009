/**
 * Image downloads from the share menu: the PNG (1200 × 675, and twice that for print) and the SVG
 * of the view on screen, made in the browser, named for what they show, in the page's colours or
 * the other theme's, and a menu that works by keyboard and passes axe.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { explorerReady, expectNoAxeViolations, openExplorer, trackProblems } from './helpers';

const SHARE = { name: 'Share this view' };

/** Opens the share menu (if closed), presses one of its buttons and returns the download. */
async function download(page: Page, button: string | RegExp) {
	const toggle = page.getByRole('button', SHARE);
	if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: button, exact: typeof button === 'string' }).click()
	]);
	const path = await file.path();
	return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** A PNG's width and height, from its header. */
function pngSize(bytes: Buffer): [number, number] {
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

/** What an SVG document says and draws, read by the browser's own XML parser. */
function readSvg(page: Page, svg: string) {
	return page.evaluate((source) => {
		const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
		const country = (id: string) => doc.querySelector(`[data-country="${id}"]`);
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			root: doc.documentElement.tagName,
			size: [doc.documentElement.getAttribute('width'), doc.documentElement.getAttribute('height')],
			texts: [...doc.querySelectorAll('text')].map((text) => text.textContent),
			background: doc.querySelector('svg > rect')?.getAttribute('fill'),
			korea: country('KOR')?.getAttribute('class') ?? '',
			japan: country('JPN')?.getAttribute('class') ?? '',
			external: [...doc.querySelectorAll('[href], [*|href], image, script, foreignObject')].length,
			style: doc.querySelector('style')?.textContent ?? ''
		};
	}, svg);
}

test.describe('image download', () => {
	test('PNG at 1200 × 675 and 2400 × 1350, named for the view', async ({ page }) => {
		const { expectClean } = trackProblems(page);
		await openExplorer(page, '?date=2005-04-27&country=KOR');
		const png = await download(page, 'PNG');
		expect(png.name).toBe('anti-spam-atlas-2005-04-27-KOR.png');
		expect(pngSize(png.bytes)).toEqual([1200, 675]);
		await expect(
			page.getByRole('status').filter({ hasText: `Downloaded ${png.name}.` })
		).toBeVisible();
		const print = await download(page, /print/);
		expect(print.name).toBe('anti-spam-atlas-2005-04-27-KOR-print.png');
		expect(pngSize(print.bytes)).toEqual([2400, 1350]);
		expectClean();
	});

	test('SVG: standalone, the view’s words as text, the map as the page colours it', async ({
		page
	}) => {
		const { expectClean } = trackProblems(page);
		await openExplorer(page, '?date=2005-04-27&country=KOR');
		const svg = await download(page, 'SVG');
		expect(svg.name).toBe('anti-spam-atlas-2005-04-27-KOR.svg');
		const read = await readSvg(page, svg.bytes.toString('utf8'));
		expect(read.error).toBeNull();
		expect(read.root).toBe('svg');
		expect(read.size).toEqual(['1200', '675']);
		expect(read.external).toBe(0);
		expect(read.texts).toEqual(
			expect.arrayContaining([
				'Who joined the fight against spam, day by day',
				'27 April 2005',
				'Selected: South Korea',
				'Instruments joined per country'
			])
		);
		expect(read.texts.some((text) => text?.includes('?date=2005-04-27&country=KOR'))).toBe(true);
		// Korea as the map draws it: its bin and the selection's outline, styled by the document.
		const mapKorea = await page
			.locator('[data-country="KOR"][role="button"]')
			.getAttribute('class');
		const bin = /bin-\d/.exec(mapKorea ?? '')![0];
		expect(read.korea).toContain(bin);
		expect(read.korea).toContain('selected');
		expect(read.style).toContain(`.${bin}{fill:`);
		expectClean();
	});

	test('a date on each side of Korea’s first agreement colours Korea differently', async ({
		page
	}) => {
		await openExplorer(page, '?date=2003-10-19');
		const before = await readSvg(page, (await download(page, 'SVG')).bytes.toString('utf8'));
		await openExplorer(page, '?date=2003-10-20');
		const after = await readSvg(page, (await download(page, 'SVG')).bytes.toString('utf8'));
		expect(before.korea).toContain('bin-0');
		expect(after.korea).toMatch(/bin-[1-5]/);
	});

	test('light or dark colours, whichever the page shows first', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await openExplorer(page, '?date=2005-04-27');
		await page.getByRole('button', SHARE).click();
		await expect(page.getByRole('radio', { name: 'Dark' })).toBeChecked();
		const dark = await readSvg(page, (await download(page, 'SVG')).bytes.toString('utf8'));
		await page.getByRole('button', SHARE).click();
		await page.getByRole('radio', { name: 'Light' }).check();
		const light = await download(page, 'SVG');
		expect(light.name).toBe('anti-spam-atlas-2005-04-27.svg');
		const read = await readSvg(page, light.bytes.toString('utf8'));
		expect(dark.background).toBe('rgb(18, 20, 23)');
		expect(read.background).toBe('rgb(247, 247, 244)');
	});

	test('a period, in French', async ({ page }) => {
		await page.goto('/fr?from=2005-01-01&date=2005-12-31');
		await explorerReady(page);
		await page.getByRole('button', { name: 'Partager cette vue' }).click();
		const [file] = await Promise.all([
			page.waitForEvent('download'),
			page.getByRole('button', { name: 'SVG', exact: true }).click()
		]);
		expect(file.suggestedFilename()).toBe('anti-spam-atlas-2005-01-01-to-2005-12-31.svg');
		const read = await readSvg(page, (await readFile(await file.path())).toString('utf8'));
		expect(read.texts).toContain('Atlas de la coopération contre le spam, 2003–2006');
		expect(read.texts.join(' ')).toContain('1er janvier');
		expect(read.texts.join(' ')).not.toMatch(/\b(joined|per country|Nothing|from the ITU)\b/);
	});

	test('the menu by keyboard: opens, closes with Escape, gives the focus back, passes axe', async ({
		page
	}) => {
		await openExplorer(page, '?date=2005-04-27');
		const toggle = page.getByRole('button', SHARE);
		await toggle.focus();
		await page.keyboard.press('Enter');
		await expect(toggle).toHaveAttribute('aria-expanded', 'true');
		await expect(page.getByRole('group', SHARE)).toBeVisible();
		await expectNoAxeViolations(page);
		await page.keyboard.press('Tab');
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(page.getByRole('group', SHARE)).toHaveCount(0);
		await expect(toggle).toBeFocused();
		await expect(toggle).toHaveAttribute('aria-expanded', 'false');
	});
});
