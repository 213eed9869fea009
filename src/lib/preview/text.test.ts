import { describe, expect, it } from 'vitest';
import { escapeXml, textWidth, wrapText } from './text';

describe('escapeXml', () => {
	it.each([
		['a & b', 'a &amp; b'],
		['<tag attr="v">', '&lt;tag attr=&quot;v&quot;&gt;'],
		["it's", 'it&apos;s'],
		['&amp;', '&amp;amp;'],
		['bell\u0007 and nul\u0000', 'bell and nul'],
		['tab\tand newline\n', 'tab\tand newline\n'],
		['lone \uDC00 surrogate', 'lone  surrogate'],
		['Seoul–Melbourne “MoU” 🇰🇷', 'Seoul–Melbourne “MoU” 🇰🇷']
	])('escapes %j', (input, output) => {
		expect(escapeXml(input)).toBe(output);
	});
});

describe('wrapText', () => {
	const options = { width: 300, size: 20, maxLines: 3 };

	it.each([
		['', []],
		['One line', ['One line']],
		['A title long enough to need a second line here', 2],
		['word '.repeat(80), 3]
	] as const)('breaks %j into lines that fit', (text, expected) => {
		const { lines } = wrapText(text, options);
		if (typeof expected === 'number') expect(lines).toHaveLength(expected);
		else expect(lines).toEqual(expected);
		for (const line of lines) expect(textWidth(line, 20)).toBeLessThanOrEqual(300);
	});

	it('cuts text that needs more lines than allowed, with an ellipsis', () => {
		const { lines, complete } = wrapText('word '.repeat(80), options);
		expect(complete).toBe(false);
		expect(lines[2].endsWith('…')).toBe(true);
	});

	it('splits a word longer than a line', () => {
		const { lines, complete } = wrapText('x'.repeat(60), { ...options, maxLines: 5 });
		expect(complete).toBe(true);
		expect(lines.join('')).toBe('x'.repeat(60));
	});

	it('balances lines without adding any', () => {
		const text =
			'Conference on Network and Information Security: Political and Technical Challenges';
		const plain = wrapText(text, { ...options, width: 600 });
		const balanced = wrapText(text, { ...options, width: 600, balance: true });
		expect(balanced.lines).toHaveLength(plain.lines.length);
		const spread = (lines: string[]) =>
			Math.max(...lines.map((l) => textWidth(l, 20))) -
			Math.min(...lines.map((l) => textWidth(l, 20)));
		expect(spread(balanced.lines)).toBeLessThanOrEqual(spread(plain.lines));
	});

	it('prefers breaking at a separator', () => {
		const text = '10 economies · Multilateral MoU';
		const width = textWidth('10 economies · Multilateral', 20);
		expect(wrapText(text, { ...options, width }).lines).toEqual([
			'10 economies · Multilateral',
			'MoU'
		]);
		expect(wrapText(text, { ...options, width, separator: ' · ' }).lines).toEqual([
			'10 economies',
			'Multilateral MoU'
		]);
	});

	it('measures bold wider than regular', () => {
		expect(textWidth('Spam', 20, 'bold')).toBeGreaterThan(textWidth('Spam', 20));
	});
});
