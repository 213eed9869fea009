/**
 * WCAG 2 colour contrast, for checking the palettes (unit tests) and the rendered focus rings
 * (browser tests) with one formula.
 */

/** The sRGB channels (0–255) of `#rrggbb` or a computed `rgb(r, g, b)` / `rgba(…)` (alpha ignored). */
function channels(color: string): number[] {
	if (color.startsWith('#')) return [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
	return (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
}

/** WCAG relative luminance of a colour (see `channels` for the forms it reads). */
export function relativeLuminance(color: string): number {
	const [r, g, b] = channels(color).map((channel) => {
		const v = channel / 255;
		return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
	});
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [high, low] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
	return (high + 0.05) / (low + 0.05);
}
