// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
}

/** Five ColorBrewer Blues, light to dark, defined by vite.config.ts from d3-scale-chromatic. */
declare global {
	const __CHOROPLETH_COLORS__: readonly string[];
}

export {};
