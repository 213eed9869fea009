import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { ComponentProps } from 'svelte';
import type { Commitment } from '$lib/data/participationIndex';
import en from '$lib/i18n/en';
import { contextFor, findAll, textOf } from './testing';
import MapTooltip from './MapTooltip.svelte';

type Props = ComponentProps<typeof MapTooltip>;

const commitment = (index: number) =>
	({
		event: { id: `e${index}`, title: `Event ${index}`, date: '2005-03-01' },
		participant: { country: 'FRA', role: 'party' },
		effective: '2005-03-01'
	}) as unknown as Commitment;

function renderTooltip(patch: Partial<Props> = {}): string {
	const props: Props = {
		name: 'France',
		commitments: [],
		scope: { members: false, meetings: false },
		from: null,
		day: '2005-06-30',
		alreadyIn: false,
		position: { x: 10, y: 10 },
		size: { width: 960, height: 467 },
		near: null,
		words: en.tooltip,
		...patch
	};
	return render(MapTooltip, { props, context: contextFor() }).body;
}

describe('MapTooltip', () => {
	it('names the country and lists its first five commitments, then how many more', () => {
		const html = renderTooltip({ commitments: Array.from({ length: 7 }, (_, i) => commitment(i)) });
		const [tip] = findAll(html, (element) => element.attributes.role === 'tooltip');
		expect(tip).toBeDefined();
		const text = textOf(html);
		expect(text).toMatch(/^France 7 instruments on 30 June 2005/);
		expect(findAll(html, (element) => element.tag === 'li')).toHaveLength(5);
		expect(text).toContain('Event 4');
		expect(text).not.toContain('Event 5');
	});

	it.each([
		['a day', {}, en.tooltip.nothingYet({ members: false, meetings: false })],
		[
			'a period, already in something',
			{ from: '2005-01-01', alreadyIn: true },
			en.tooltip.nothingNew({ members: false, meetings: false })
		],
		[
			'a period',
			{ from: '2005-01-01' },
			en.tooltip.nothingInPeriod({ members: false, meetings: false })
		]
	])('says why nothing is listed, on %s', (_, patch, nothing) => {
		expect(textOf(renderTooltip(patch))).toContain(nothing);
	});

	it.each([
		[
			'beside the pointer, towards the room',
			{ position: { x: 900, y: 400 } },
			['flip-x', 'flip-y']
		],
		[
			'docked away from the country',
			{ position: null, near: { x: 0.2, y: 0.8 } },
			['docked', 'top-right']
		]
	])('stands %s', (_, patch, classes) => {
		const [tip] = findAll(renderTooltip(patch), (element) => element.attributes.role === 'tooltip');
		expect(tip.classes).toEqual(expect.arrayContaining(classes));
	});
});
