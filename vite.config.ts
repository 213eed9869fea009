import { sveltekit } from '@sveltejs/kit/vite';
import { schemeBlues } from 'd3-scale-chromatic';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	define: {
		// The choropleth's colours, taken from d3-scale-chromatic at build time: the package evaluates
		// every scheme when imported (about 10 KB gzip in the browser) for the five colours we use.
		__CHOROPLETH_COLORS__: JSON.stringify(schemeBlues[7].slice(2))
	},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node'
	}
});
