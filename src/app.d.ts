// See https://svelte.dev/docs/kit/types#app.d.ts
declare global {
	namespace App {}
}

/** Build-time constants defined by vite.config.ts. */
declare global {
	/** How many times the real events the explorer ships: 1, or more in the benchmark's scale mode. */
	const __ATLAS_SCALE__: number;
	/** Five colours per theme, fewest to most: ColorBrewer Blues for a day, Purples for a period. */
	const __CHOROPLETH_COLORS__: {
		light: readonly string[];
		dark: readonly string[];
		periodLight: readonly string[];
		periodDark: readonly string[];
	};
}

export {};
