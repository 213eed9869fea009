/**
 * No reader-facing word is written into a component: every text node and every reader-facing
 * attribute (`aria-label`, `title`, `alt`, `placeholder`…) of every `.svelte` file under `src/`
 * comes from an expression (the message catalogue), so a language is complete when its catalogue is.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** Attributes a reader hears or sees. */
const READER_ATTRIBUTES = new Set([
	'aria-label',
	'aria-description',
	'aria-roledescription',
	'aria-valuetext',
	'aria-placeholder',
	'title',
	'alt',
	'placeholder',
	'label',
	'content'
]);
/** Literal words that are the same in every language: file formats and file names. */
const UNIVERSAL = /[\w-]+\.(?:json|csv)\b|\b(?:JSON|CSV|PNG|SVG)\b/gu;

function svelteFiles(directory: string): string[] {
	return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
		const path = join(directory, entry.name);
		if (entry.isDirectory()) return svelteFiles(path);
		return entry.name.endsWith('.svelte') ? [path] : [];
	});
}

type Node = { type?: string; [key: string]: unknown };

/** The literal words of a component's markup, with what holds them. */
export function literalWords(source: string): string[] {
	const found: string[] = [];
	const visit = (value: unknown, within: string): void => {
		if (Array.isArray(value)) return value.forEach((item) => visit(item, within));
		if (!value || typeof value !== 'object') return;
		const node = value as Node;
		if (node.type === 'Text') {
			const text = String(node.data).trim();
			if (/\p{L}/u.test(text.replace(UNIVERSAL, ''))) found.push(`${within}: ${text}`);
			return;
		}
		if (node.type === 'Comment' || node.type === 'ExpressionTag') return;
		// `style:width="{x}px"`, `class:…`, `bind:…`: values for the browser, not the reader.
		if (String(node.type).endsWith('Directive')) return;
		if (node.type === 'Attribute') {
			const name = String(node.name);
			// `<meta name="…" content>` is a reader-facing value only for description-like tags,
			// which always take an expression here; a literal `content` is a technical one.
			if (READER_ATTRIBUTES.has(name) && name !== 'content') visit(node.value, `${name}=`);
			return;
		}
		for (const [key, child] of Object.entries(node)) {
			if (key === 'instance' || key === 'module' || key === 'css' || key === 'metadata') continue;
			const name = typeof node.name === 'string' ? `<${node.name}>` : within;
			visit(child, name);
		}
	};
	visit(parse(source, { modern: true }).fragment, 'markup');
	return found;
}

describe('reader-facing words come from the catalogue', () => {
	it('finds a literal word, and none in an expression', () => {
		expect(literalWords('<p>Play</p><button aria-label="Close">×</button>')).toEqual([
			'<p>: Play',
			'aria-label=: Close'
		]);
		expect(literalWords('<p>{m.play}</p><a href="/x" class="big">{m.x} · CSV</a>')).toEqual([]);
	});

	it.each(svelteFiles(join(ROOT, 'src')).map((file) => [relative(ROOT, file), file]))(
		'%s has no literal words',
		(_name, file) => {
			expect(literalWords(readFileSync(file, 'utf8'))).toEqual([]);
		}
	);
});
