/**
 * Finds a Chromium for Playwright, the benchmark and Lighthouse: `CHROMIUM_PATH`, else Debian's
 * `/usr/bin/chromium`, else Playwright's own download. Playwright's browser download is not
 * reachable on every machine, so the system package comes first.
 */
import { existsSync } from 'node:fs';

/** Flags this machine needs: no background traffic to Google, no sandbox when running as root. */
export const CHROMIUM_ARGS = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
	'--disable-quic',
	...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])
];

/** Path of a Chromium binary that exists, or `undefined` to let Playwright use its own. */
export function findChromium() {
	const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
	return candidates.find((path) => path && existsSync(path));
}
