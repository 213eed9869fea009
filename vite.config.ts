import { sveltekit } from '@sveltejs/kit/vite';
import { schemeBlues, schemePurples } from 'd3-scale-chromatic';
import { defineConfig } from 'vitest/config';

/** The benchmark's scale mode: `ATLAS_SCALE=10` builds the explorer with 10× synthetic events. */
const scale = Number(process.env.ATLAS_SCALE ?? 1);
if (!Number.isInteger(scale) || scale < 1)
	throw new Error('ATLAS_SCALE must be a whole number ≥ 1');

export default defineConfig({
	plugins: [sveltekit()],
	build: {
		// The browsers with `light-dark()` (the map's bins and the theme tokens use it), so the CSS
		// keeps it as written: an element that sets its own `color-scheme` gets that theme's colours
		// (the image export reads either theme so), which a transpiled fallback cannot give.
		cssTarget: ['chrome123', 'edge123', 'firefox120', 'safari17.5']
	},
	define: {
		__ATLAS_SCALE__: String(scale),
		// The choropleth's colours, taken from d3-scale-chromatic at build time: the package evaluates
		// every scheme when imported (about 10 KB gzip in the browser) for the ten colours we use.
		// Light theme: darker is more. Dark theme: brighter is more. Blues for a day's counts,
		// purples for a period's joins, so the two maps are never read as one.
		__CHOROPLETH_COLORS__: JSON.stringify({
			light: schemeBlues[7].slice(2),
			// The dark ramps skip a step where neighbours would be too alike (adjacent ≥ 1.3:1).
			dark: [6, 5, 4, 3, 0].map((step) => schemeBlues[9][step]),
			periodLight: schemePurples[7].slice(2),
			periodDark: [5, 4, 3, 2, 0].map((step) => schemePurples[9][step])
		})
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
