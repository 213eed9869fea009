/**
 * The embed: `/embed` framed by a page of another origin (a second local port), scrubbed and
 * stepped: the host's history never grows, the frame reports its height, its link opens the whole
 * atlas on the frame's current view, and nothing errs. And the share menu's embed code.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { explorerReady, expectNoAxeViolations, openExplorer, trackProblems } from './helpers';

let host: Server;
let hostOrigin = '';

/** A page of another origin that frames the embed and sizes the frame by its messages. */
function hostPage(atlasOrigin: string, search: string): string {
	return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>A host page</title></head>
<body>
<h1>An article about spam</h1>
<iframe id="atlas" src="${atlasOrigin}/embed${search}" title="Anti-Spam Cooperation Atlas"
	width="100%" height="640" style="border: 0" loading="lazy"></iframe>
<script>
	window.heights = [];
	addEventListener('message', (event) => {
		if (event.origin !== ${JSON.stringify(atlasOrigin)}) return;
		if (event.data && event.data.type === 'anti-spam-atlas:height') {
			window.heights.push(event.data.height);
			document.getElementById('atlas').height = String(event.data.height);
		}
	});
</script>
</body>
</html>`;
}

test.beforeAll(async () => {
	const atlasOrigin = new URL(test.info().project.use.baseURL ?? 'http://localhost:4173').origin;
	host = createServer((request, response) => {
		const search = new URL(request.url ?? '/', 'http://host').search;
		response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		response.end(hostPage(atlasOrigin, search));
	});
	await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
	hostOrigin = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((resolve) => host.close(() => resolve())));

test.describe('the embed in another site’s page', () => {
	test('scrubbing leaves the host’s history alone; the frame reports its height; the link follows the view', async ({
		page
	}) => {
		const { expectClean } = trackProblems(page);
		await page.goto(`${hostOrigin}/?date=2005-04-27&country=KOR`);
		const frame = page.frameLocator('#atlas');
		const slider = frame.getByRole('slider', { name: 'Date', exact: true });
		await expect(slider).toBeVisible();
		// The figure alone: no site header, footer or details panel.
		await expect(frame.getByRole('banner')).toHaveCount(0);
		await expect(frame.getByRole('contentinfo')).toHaveCount(0);
		await expect(frame.getByRole('group', { name: /World map/ })).toBeVisible();
		const historyBefore = await page.evaluate(() => history.length);

		await slider.focus();
		for (let i = 0; i < 3; i++) await slider.press('ArrowRight');
		await frame.getByRole('button', { name: /Next event/ }).click();
		await expect(slider).not.toHaveAttribute('aria-valuetext', /27 April 2005/);

		const embed = page.frames().find((f) => f.url().includes('/embed'))!;
		await expect.poll(() => new URL(embed.url()).searchParams.get('date')).not.toBe('2005-04-27');
		expect(new URL(embed.url()).searchParams.get('country')).toBe('KOR');
		expect(await page.evaluate(() => history.length)).toBe(historyBefore);

		const heights = await page.evaluate(() => (window as unknown as { heights: number[] }).heights);
		expect(heights.length).toBeGreaterThan(0);
		expect(heights.at(-1)).toBeGreaterThan(300);
		const frameBox = await page.locator('#atlas').boundingBox();
		expect(Math.round(frameBox!.height)).toBe(heights.at(-1));

		const open = frame.getByRole('link', { name: /Open in the Anti-Spam Cooperation Atlas/ });
		await expect(open).toHaveAttribute('target', '_blank');
		const href = new URL((await open.getAttribute('href'))!, embed.url());
		expect(href.pathname).toBe('/');
		expect(href.search).toBe(new URL(embed.url()).search);
		const [opened] = await Promise.all([page.context().waitForEvent('page'), open.click()]);
		await expect(opened).toHaveURL(href.href);
		expectClean();
	});

	test('axe finds nothing on the embed, wide and narrow', async ({ page }) => {
		for (const width of [720, 360]) {
			await page.setViewportSize({ width, height: 640 });
			await page.goto('/embed?date=2005-04-27&country=KOR');
			await explorerReady(page);
			await expect(page.getByRole('slider', { name: 'Date', exact: true })).toBeVisible();
			await expectNoAxeViolations(page);
		}
	});

	test('in French, with a period', async ({ page }) => {
		await page.goto('/fr/embed?from=2005-01-01&date=2005-12-31');
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		await expect(page.getByRole('slider', { name: 'Date de début' })).toBeVisible();
		await expect(
			page.getByRole('link', { name: /Ouvrir dans l’Atlas de la coopération contre le spam/ })
		).toHaveAttribute('href', '/fr?from=2005-01-01&date=2005-12-31');
	});
});

test('the share menu copies the embed code of the current view', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await openExplorer(page, '?date=2005-04-27&country=KOR');
	await page.getByRole('button', { name: 'Share this view' }).click();
	await page.getByRole('button', { name: 'Copy embed code' }).click();
	await expect(page.getByText('Embed code copied to the clipboard.')).toBeVisible();
	const code = await page.evaluate(() => navigator.clipboard.readText());
	const origin = new URL(page.url()).origin;
	expect(code).toContain(`src="${origin}/embed?date=2005-04-27&amp;country=KOR"`);
	expect(code).toMatch(/title="Anti-Spam Cooperation Atlas, 2003–2006"/);
	expect(code).toContain('loading="lazy"');
	expect(code).toMatch(/height="\d{3}"/);
});
