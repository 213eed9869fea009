/**
 * Text for SVG preview cards: escaping, and line breaking by the advance widths of the DejaVu Sans
 * faces the cards are rendered with (resvg does not wrap text, so lines are broken here).
 */

/** Font weights the cards use. */
export type Weight = 'regular' | 'bold';

// Advance widths of characters U+0020–U+007E in hundredths of an em, read from DejaVuSans.ttf and
// DejaVuSans-Bold.ttf 2.37 (hmtx table), and of the punctuation titles use; other characters are
// estimated on the wide side, so a line never overflows.
const ASCII_WIDTHS: Record<Weight, string> = {
	regular:
		'32,40,46,84,64,95,78,27,39,39,50,84,32,36,32,34,64,64,64,64,64,64,64,64,64,64,34,34,84,84,84,53,100,68,69,70,77,63,58,77,75,29,29,66,56,86,75,79,60,79,69,63,61,73,68,99,69,61,69,39,34,39,84,50,50,61,63,55,63,62,35,63,63,28,28,58,28,97,63,61,63,63,41,52,39,63,59,82,59,59,52,64,34,64,84',
	bold: '35,46,52,84,70,100,87,31,46,46,52,84,38,42,38,37,70,70,70,70,70,70,70,70,70,70,40,40,84,84,84,58,100,77,76,73,83,68,68,82,84,37,37,77,64,100,84,85,73,85,77,72,68,81,77,110,77,72,73,46,37,46,84,50,50,67,72,59,72,68,44,72,71,34,34,67,34,104,71,69,72,72,49,60,48,71,65,92,65,65,58,71,37,71,84'
};
const WIDTHS: Record<Weight, number[]> = {
	regular: ASCII_WIDTHS.regular.split(',').map(Number),
	bold: ASCII_WIDTHS.bold.split(',').map(Number)
};
const PUNCTUATION: Record<string, [regular: number, bold: number]> = {
	'–': [50, 50],
	'—': [100, 100],
	'“': [52, 66],
	'”': [52, 66],
	'‘': [32, 38],
	'’': [32, 38],
	'·': [32, 38],
	'…': [100, 100]
};
const CJK_START = 0x2e80;
const ELLIPSIS = '…';

/**
 * `text` made safe inside an XML element or a double-quoted attribute: markup characters escaped
 * and characters XML 1.0 forbids (control characters, lone surrogates) dropped.
 */
export function escapeXml(text: string): string {
	return text
		.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

/** The width of `text` in pixels, set in DejaVu Sans of `size` px and `weight`. */
export function textWidth(text: string, size: number, weight: Weight = 'regular'): number {
	let hundredths = 0;
	for (const char of text) {
		const code = char.codePointAt(0) ?? 0;
		if (code >= 32 && code < 127) hundredths += WIDTHS[weight][code - 32];
		else if (Object.hasOwn(PUNCTUATION, char))
			hundredths += PUNCTUATION[char][weight === 'bold' ? 1 : 0];
		else hundredths += code >= CJK_START ? 100 : 80;
	}
	return (hundredths / 100) * size;
}

/** `text` cut at the end, with an ellipsis, to fit `width`. */
function fitWithEllipsis(text: string, width: number, size: number, weight: Weight): string {
	let kept = text.trimEnd();
	while (kept !== '' && textWidth(kept + ELLIPSIS, size, weight) > width) {
		kept = [...kept].slice(0, -1).join('').trimEnd();
	}
	return kept + ELLIPSIS;
}

/** `word` cut into pieces that each fit `width` (most words are one piece). */
function splitLongWord(word: string, width: number, size: number, weight: Weight): string[] {
	if (textWidth(word, size, weight) <= width) return [word];
	const pieces = [''];
	for (const char of word) {
		const last = pieces.length - 1;
		if (pieces[last] !== '' && textWidth(pieces[last] + char, size, weight) > width)
			pieces.push(char);
		else pieces[last] += char;
	}
	return pieces;
}

/** Options of {@link wrapText}. */
export interface WrapOptions {
	/** Widest line, in px. */
	width: number;
	/** Font size, in px. */
	size: number;
	weight?: Weight;
	/** Most lines; text beyond them is cut and the last line ends with an ellipsis. */
	maxLines: number;
	/** Make the lines about equally long, rather than the last one short (for titles). */
	balance?: boolean;
	/** Prefer breaking here (for example `' · '`), dropping the separator at a break. */
	separator?: string;
}

function greedyLines(words: string[], width: number, size: number, weight: Weight): string[] {
	const lines: string[] = [];
	let current = '';
	for (const word of words) {
		const candidate = current === '' ? word : `${current} ${word}`;
		if (textWidth(candidate, size, weight) <= width) {
			current = candidate;
		} else {
			if (current !== '') lines.push(current);
			current = word;
		}
	}
	if (current !== '') lines.push(current);
	return lines;
}

function wordsOf(text: string, width: number, size: number, weight: Weight): string[] {
	return text
		.split(/\s+/)
		.filter((word) => word !== '')
		.flatMap((word) => splitLongWord(word, width, size, weight));
}

/** Lines packed from whole segments where they fit, each too-long segment broken at spaces. */
function segmentLines(
	text: string,
	separator: string,
	width: number,
	size: number,
	weight: Weight
) {
	const packed: string[] = [];
	for (const segment of text.split(separator)) {
		const last = packed.length - 1;
		const joined = last >= 0 ? `${packed[last]}${separator}${segment}` : segment;
		if (last >= 0 && textWidth(joined, size, weight) <= width) packed[last] = joined;
		else packed.push(segment);
	}
	return packed.flatMap((line) =>
		greedyLines(wordsOf(line, width, size, weight), width, size, weight)
	);
}

/**
 * `text` broken into lines no wider than `width` at spaces (a word longer than a line is split), at
 * most `maxLines` of them; when it does not fit, the last line ends with an ellipsis.
 * @returns the lines, and whether all of the text fits
 */
export function wrapText(
	text: string,
	options: WrapOptions
): { lines: string[]; complete: boolean } {
	const { width, size, maxLines, separator } = options;
	const weight = options.weight ?? 'regular';
	const words = wordsOf(text, width, size, weight);
	let lines = separator
		? segmentLines(text, separator, width, size, weight)
		: greedyLines(words, width, size, weight);
	if (options.balance && lines.length > 1 && lines.length <= maxLines) {
		// The narrowest width that still needs no more lines, found by bisection.
		let low = Math.max(...words.map((word) => textWidth(word, size, weight)));
		let high = width;
		while (high - low > 1) {
			const middle = (low + high) / 2;
			if (greedyLines(words, middle, size, weight).length <= lines.length) high = middle;
			else low = middle;
		}
		lines = greedyLines(words, high, size, weight);
	}
	if (lines.length <= maxLines) return { lines, complete: true };
	const kept = lines.slice(0, maxLines);
	kept[maxLines - 1] = fitWithEllipsis(kept[maxLines - 1], width, size, weight);
	return { lines: kept, complete: false };
}
