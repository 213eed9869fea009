import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { ComponentProps } from 'svelte';
import type { IsoDay } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locales';
import type { ViewState } from '$lib/url/viewState';
import { contextFor, findAll, textOf } from './WorldMap/testing';
import { atlasIn, countingOf, latestFinderOf, viewWith } from './testing';
import DaySummary from './DaySummary.svelte';

type Props = ComponentProps<typeof DaySummary>;

/**
 * The summary's props as the explorer gives them for the URL's `view`, settled (the URL read, no
 * gesture) unless `shown` moves the day or the period's start shown (a drag or playback).
 */
function props(
	view: ViewState,
	shown: { day?: IsoDay; from?: IsoDay | null } = {},
	locale: Locale = 'en'
): Props {
	const { index } = atlasIn(locale);
	const counting = countingOf(view);
	const day = shown.day ?? view.date;
	const from = shown.from === undefined ? view.from : shown.from;
	return {
		day,
		from,
		numbers: from === null ? null : index.rangeSummary(from, day, counting),
		countries: index.participationOn(day, counting).size,
		counting,
		index,
		latestOn: latestFinderOf(view, locale),
		settled: view
	};
}

function renderSummary(input: Props, locale: Locale = 'en'): string {
	return render(DaySummary, { props: input, context: contextFor(locale) }).body;
}

/** What the summary shows: its heading and line, and what screen readers hear. */
function read(html: string) {
	const part = (pattern: RegExp) => textOf(html.match(pattern)?.[1] ?? '');
	return {
		heading: part(/<p class="date[^"]*"[^>]*>([\s\S]*?)<\/p>/),
		line: part(/<p class="line[^"]*"[^>]*>([\s\S]*?)<\/p>/),
		heard: part(/<h2[^>]*>([\s\S]*?)<\/h2>/)
	};
}

describe('DaySummary', () => {
	it.each([
		[
			'before anyone joined anything',
			'2003-06-01',
			'1 June 2003',
			'no country yet in any instrument signed or joined'
		],
		[
			'the day of the first instrument',
			'2003-10-20',
			'20 October 2003',
			'2 countries in at least one instrument signed or joined; latest: Australia–Korea MoU'
		],
		[
			'the day the ePrivacy Directive came in (15 more)',
			'2003-10-31',
			'31 October 2003',
			'17 countries in at least one instrument signed or joined; latest: ePrivacy Directive'
		]
	])('sums up %s', (_, date, heading, line) => {
		const html = renderSummary(props(viewWith({ date })));
		expect(read(html)).toEqual({ heading, line, heard: `${heading}: ${line}.` });
		const [summary] = findAll(html, (element) => element.classes.includes('summary'));
		expect(summary.classes).not.toContain('period');
	});

	it('sums up a period: who joined what, and its events', () => {
		const html = renderSummary(props(viewWith({ from: '2003-01-01', date: '2003-12-31' })));
		const heading = '1 January – 31 December 2003';
		const line = '17 countries joined at least one of 2 instruments; 4 events in the period';
		expect(read(html)).toEqual({ heading, line, heard: `${heading}: ${line}.` });
		const [summary] = findAll(html, (element) => element.classes.includes('summary'));
		expect(summary.classes).toContain('period');
	});

	it('counts what the switches count: meetings too', () => {
		const html = renderSummary(props(viewWith({ date: '2003-12-08', meetings: true })));
		expect(read(html).line).toBe(
			'18 countries in at least one instrument signed or joined or one meeting; latest: GSR 2003'
		);
	});

	it('follows the shown day on screen, and tells screen readers only the URL’s', () => {
		const html = renderSummary(props(viewWith({ date: '2003-10-20' }), { day: '2003-10-31' }));
		const { heading, heard } = read(html);
		expect(heading).toBe('31 October 2003');
		expect(heard).toBe(
			'20 October 2003: 2 countries in at least one instrument signed or joined; latest: Australia–Korea MoU.'
		);
	});

	it('hides its live region from the reader on screen, and says nothing before the URL is read', () => {
		const html = renderSummary({ ...props(viewWith({ date: '2003-10-20' })), settled: null });
		const [live] = findAll(html, (element) => element.tag === 'h2');
		expect(live.attributes).toMatchObject({ 'aria-live': 'polite', 'aria-atomic': 'true' });
		expect(live.classes).toContain('visually-hidden');
		expect(read(html).heard).toBe('');
		const lines = findAll(html, (element) => element.tag === 'p');
		expect(lines.map((line) => line.attributes['aria-hidden'])).toEqual(['true', 'true']);
	});

	it('speaks French', () => {
		const html = renderSummary(props(viewWith({ date: '2003-10-20' }), {}, 'fr'), 'fr');
		const { heading, heard } = read(html);
		expect(heading).toBe('20 octobre 2003');
		expect(heard).toMatch(/^20 octobre 2003 : 2 pays .*Australie–Corée/);
	});
});
