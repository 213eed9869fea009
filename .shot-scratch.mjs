import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.js';
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
for (const [name, path, width, scheme, js] of [
	['ev-desk-light', '/events/london-action-plan-2004', 1280, 'light', true],
	['ev-mobile-dark', '/events/london-action-plan-2004', 360, 'dark', false],
	['co-desk-dark', '/countries/KOR', 1280, 'dark', true],
	['co-mobile-light', '/countries/MLT', 360, 'light', false]
]) {
	const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, javaScriptEnabled: js });
	const page = await ctx.newPage();
	await page.goto('http://localhost:4391' + path);
	await page.screenshot({ path: `/tmp/shot-${name}.png`, fullPage: false });
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
	console.log(name, 'overflow', overflow);
	await ctx.close();
}
await browser.close();
