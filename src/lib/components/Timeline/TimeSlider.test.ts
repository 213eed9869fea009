import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { ComponentProps } from 'svelte';
import { timeScale } from '$lib/timeline/layout';
import { dayToDate } from '$lib/time/day';
import { contextFor, findAll } from '$lib/components/WorldMap/testing';
import { eventsIn, pausedPlayer, slidersIn, stopsOf } from './testing';
import TimeSlider from './TimeSlider.svelte';

type Props = ComponentProps<typeof TimeSlider>;

const x = timeScale(960, undefined, 22);
const STOPS = stopsOf(eventsIn('en'));

function renderSlider(patch: Partial<Props> = {}, locale: 'en' | 'fr' = 'en'): string {
	const props: Props = {
		x,
		reveal: () => {},
		player: pausedPlayer(),
		day: '2005-06-30',
		from: null,
		stops: STOPS,
		moving: false,
		onScrub: () => {},
		onScrubEnd: () => {},
		...patch
	};
	return render(TimeSlider, { props, context: contextFor(locale) }).body;
}

describe('TimeSlider', () => {
	it.each([
		// end, from, day → name, min, max, now, text
		['date', null, '2005-06-30', 'Date', '0', '1460', '911', '30 June 2005'],
		['date', '2005-01-01', '2005-06-30', 'Date', '731', '1460', '911', '30 June 2005'],
		['from', '2005-01-01', '2005-06-30', 'Start date', '0', '911', '731', '1 January 2005'],
		['from', '2004-02-29', '2004-02-29', 'Start date', '0', '424', '424', '29 February 2004']
	] as const)(
		'is a slider for the %s (from %s, to %s) named "%s", between %s and %s',
		(end, from, day, name, min, max, now, text) => {
			const html = renderSlider({ end, from, day });
			const [slider, ...rest] = slidersIn(html);
			expect(rest).toEqual([]);
			expect(slider.attributes).toMatchObject({
				'data-end': end,
				'aria-label': name,
				'aria-valuemin': min,
				'aria-valuemax': max,
				'aria-valuenow': now,
				'aria-valuetext': text,
				'aria-keyshortcuts': 'Shift+ArrowLeft Shift+ArrowRight'
			});
			// The cursor stands at its day on the scale; a period's start is drawn apart.
			const [cursor] = findAll(html, (element) => element.classes.includes('cursor'));
			const value = end === 'from' ? from : day;
			expect(cursor.attributes.style).toBe(`transform: translateX(${x(dayToDate(value))}px);`);
			expect(cursor.classes.includes('start')).toBe(end === 'from');
		}
	);

	it.each([
		['early in the period, right of the cursor', '2003-06-01', '1 June 2003', false],
		['late in the period, left of it', '2006-06-01', '1 June 2006', true]
	])('carries the date in a tag while a gesture moves it: %s', (_, day, text, left) => {
		const html = renderSlider({ day, moving: true });
		const tags = [...html.matchAll(/<span class="(tag[^"]*)"[^>]*>([^<]*)<\/span>/g)];
		expect(tags.map(([, , tag]) => tag)).toEqual([text]);
		expect(tags[0][1].split(/\s+/).includes('left')).toBe(left);
	});

	it('shows no tag while the date rests', () => {
		expect(renderSlider()).not.toContain('class="tag');
	});

	it('speaks French', () => {
		const [slider] = slidersIn(renderSlider({ end: 'from', from: '2005-03-01' }, 'fr'));
		expect(slider.attributes['aria-label']).toBe('Date de début');
		expect(slider.attributes['aria-valuetext']).toBe('1er mars 2005');
	});
});
