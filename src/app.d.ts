// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
}

/** Five ColorBrewer Blues per theme, fewest to most, defined by vite.config.ts from d3-scale-chromatic. */
declare global {
	const __CHOROPLETH_COLORS__: {
		light: readonly string[];
		dark: readonly string[];
		periodLight: readonly string[];
		periodDark: readonly string[];
	};
}

export {};
