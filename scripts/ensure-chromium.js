/**
 * Makes sure a Chromium exists before browser tests run: finds one (see chromium.js), else installs
 * Debian's `chromium` package when running as root with apt, else runs `playwright install chromium`.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from './chromium.js';

function playwrightBrowserExists() {
	try {
		return existsSync(chromium.executablePath());
	} catch {
		return false;
	}
}

const run = (command) => execSync(command, { stdio: 'inherit' });

if (findChromium()) {
	console.log(`Chromium: ${findChromium()}`);
} else if (playwrightBrowserExists()) {
	console.log(`Chromium: Playwright's own (${chromium.executablePath()})`);
} else if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
	console.log('No Chromium found: installing Debian package chromium');
	run('apt-get update -qq');
	run('DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium');
} else {
	console.log('No Chromium found: running playwright install chromium');
	run('npx playwright install chromium');
}
