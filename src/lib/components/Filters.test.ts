import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import { AGREEMENT_KINDS, MEETING_KINDS, type EventKind } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locales';
import type { ViewState } from '$lib/url/viewState';
import { contextFor, findAll, textOf } from './WorldMap/testing';
import { viewWith } from './testing';
import Filters from './Filters.svelte';

function renderFilters(patch: Partial<ViewState> = {}, locale: Locale = 'en'): string {
	const props = { view: viewWith(patch), onFilter: () => {} };
	return render(Filters, { props, context: contextFor(locale) }).body;
}

/**
 * Each checkbox, in order: its label, whether it is a kind's (not a group's or a switch's), and
 * whether it shows checked, half-checked or disabled.
 */
function boxesIn(html: string) {
	return [...html.matchAll(/(<label[^>]*>)(<input type="checkbox"[^>]*>)([^<]*)<\/label>/g)].map(
		([, label, input, text]) => {
			const { attributes } = findAll(input)[0];
			return {
				label: text.trim(),
				kind: findAll(label)[0].classes.includes('kind'),
				checked: 'checked' in attributes,
				indeterminate: 'indeterminate' in attributes,
				disabled: 'disabled' in attributes
			};
		}
	);
}

const box = (html: string, label: string) => {
	const found = boxesIn(html).find((candidate) => candidate.label === label);
	expect(found, `a checkbox "${label}"`).toBeDefined();
	return found!;
};
/** The labels of the checked kinds, in order. */
const checkedKinds = (html: string) =>
	boxesIn(html)
		.filter((one) => one.kind && one.checked)
		.map((one) => one.label);
const SWITCHES = {
	members: 'Also count membership of the body that adopted an instrument (attendance not verified)',
	meetings: 'Also count meetings attended, hosted or chaired',
	seedOnly: 'Only items named on the ITU page'
};

describe('Filters', () => {
	it('shows every kind, in its group, checked by default, and the switches off', () => {
		const html = renderFilters();
		const boxes = boxesIn(html);
		expect(boxes).toHaveLength(2 + AGREEMENT_KINDS.length + MEETING_KINDS.length + 3);
		expect(checkedKinds(html)).toHaveLength(AGREEMENT_KINDS.length + MEETING_KINDS.length);
		expect(box(html, 'Agreements')).toEqual({
			label: 'Agreements',
			kind: false,
			checked: true,
			indeterminate: false,
			disabled: false
		});
		expect(box(html, 'Meetings').checked).toBe(true);
		expect(boxes.filter((one) => one.checked)).toHaveLength(boxes.length - 3);
		for (const label of Object.values(SWITCHES)) expect(box(html, label).checked).toBe(false);
		const [details] = findAll(html, (element) => element.tag === 'details');
		expect(details.attributes).toHaveProperty('open');
		expect(textOf(html)).toMatch(/^Filters and counting Agreements Legislation Initiative/);
	});

	it.each([
		['two kinds', ['bilateral-mou', 'workshop'], ['Bilateral MoU', 'Workshop']],
		['the agreements', AGREEMENT_KINDS, ['Legislation', 'Initiative', 'Enforcement campaign']],
		['one kind', ['summit'], ['Summit']]
	] as [string, readonly EventKind[], string[]][])(
		'checks the kinds of the view: %s',
		(_, kinds, some) => {
			const html = renderFilters({ kinds: new Set(kinds) });
			expect(checkedKinds(html)).toHaveLength(kinds.length);
			expect(checkedKinds(html)).toEqual(expect.arrayContaining(some));
		}
	);

	it('half-checks a group with some of its kinds shown', () => {
		const html = renderFilters({ kinds: new Set(['bilateral-mou', 'workshop']) });
		for (const group of ['Agreements', 'Meetings']) {
			expect(box(html, group)).toMatchObject({ checked: false, indeterminate: true });
		}
	});

	it('never lets the reader hide every kind: the last kind, or the last group, is disabled', () => {
		const one = renderFilters({ kinds: new Set(['summit']) });
		expect(box(one, 'Summit')).toMatchObject({ checked: true, disabled: true });
		expect(box(one, 'Workshop')).toMatchObject({ checked: false, disabled: false });
		const group = renderFilters({ kinds: new Set(AGREEMENT_KINDS) });
		expect(box(group, 'Agreements')).toMatchObject({ checked: true, disabled: true });
		expect(box(group, 'Meetings')).toMatchObject({ checked: false, disabled: false });
		expect(box(group, 'Legislation').disabled).toBe(false);
	});

	it.each(Object.entries(SWITCHES))(
		'checks the %s switch when the view has it on',
		(name, label) => {
			const html = renderFilters({ [name]: true });
			expect(box(html, label).checked).toBe(true);
			for (const other of Object.values(SWITCHES).filter((one) => one !== label)) {
				expect(box(html, other).checked).toBe(false);
			}
		}
	);

	it.each(['low', 'medium', 'high'] as const)('selects the least confidence: %s', (level) => {
		const html = renderFilters({ minConfidence: level });
		const selected = findAll(
			html,
			(element) => element.tag === 'option' && 'selected' in element.attributes
		);
		expect(selected.map((option) => option.attributes.value)).toEqual([level]);
	});

	it('speaks French', () => {
		const html = renderFilters({ meetings: true }, 'fr');
		expect(textOf(html)).toMatch(/^Filtres/);
		expect(boxesIn(html).filter((one) => one.checked).length).toBe(boxesIn(html).length - 2);
	});
});
