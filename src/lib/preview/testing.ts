/** Helpers for the tests of SVG documents made as strings (preview cards, exported images). */

/** The text content of the SVG's `<text>` elements, unescaped. */
export function svgTexts(svg: string): string[] {
	return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map(([, content]) =>
		content
			.replaceAll('&lt;', '<')
			.replaceAll('&gt;', '>')
			.replaceAll('&quot;', '"')
			.replaceAll('&apos;', "'")
			.replaceAll('&amp;', '&')
	);
}
