import { sveltekit } from '@sveltejs/kit/vite';
import { schemeBlues, schemePurples } from 'd3-scale-chromatic';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	define: {
		// The choropleth's colours, taken from d3-scale-chromatic at build time: the package evaluates
		// every scheme when imported (about 10 KB gzip in the browser) for the ten colours we use.
		// Light theme: darker is more. Dark theme: brighter is more. Blues for a day's counts,
		// purples for a period's joins, so the two maps are never read as one.
		__CHOROPLETH_COLORS__: JSON.stringify({
			light: schemeBlues[7].slice(2),
			dark: schemeBlues[9].slice(1, 6).reverse(),
			periodLight: schemePurples[7].slice(2),
			periodDark: schemePurples[9].slice(1, 6).reverse()
		})
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
