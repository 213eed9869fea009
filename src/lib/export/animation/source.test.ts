import { describe, expect, it } from 'vitest';
import { atlasIn } from '$lib/components/testing';
import { ORIGIN, sourceOf } from './testing';
import type { IsoDay } from '$lib/data/types';
import { legendTitle } from '$lib/explorer/legend';
import { summarizeDay } from '$lib/explorer/summary';
import en from '$lib/i18n/en';
import { PERIOD_END, PERIOD_START, addDays } from '$lib/time/day';
import { DEFAULT_VIEW, type ViewState } from '$lib/url/viewState';
import {
	animationFileName,
	dayReader,
	defaultPeriod,
	framesOf,
	isAnimatable,
	stillWords
} from './source';

const atlas = atlasIn('en');
const SEOUL_MELBOURNE = atlas.eventById.get('seoul-melbourne-multilateral-mou-2005')!;

describe('defaultPeriod', () => {
	it.each([
		['a day’s view: all of 2003–2006', null, '2005-04-27', PERIOD_START, PERIOD_END],
		['a period view: its period', '2005-01-01', '2005-12-31', '2005-01-01', '2005-12-31'],
		['a one-day period: all of 2003–2006', '2005-04-27', '2005-04-27', PERIOD_START, PERIOD_END]
	])('%s', (_, from, date, expectedFrom, expectedTo) => {
		expect(defaultPeriod({ from, date })).toEqual({ from: expectedFrom, to: expectedTo });
	});

	it('offers a period that can be animated', () => {
		expect(isAnimatable(defaultPeriod({ from: null, date: '2005-04-27' }))).toBe(true);
	});
});

describe('isAnimatable', () => {
	it.each([
		['two days in order', '2005-01-01', '2005-12-31', true],
		['the whole of 2003–2006', PERIOD_START, PERIOD_END, true],
		['two days in a row', '2005-04-26', '2005-04-27', true],
		['one day', '2005-04-27', '2005-04-27', false],
		['days reversed', '2005-12-31', '2005-01-01', false],
		['a start before 2003', '2002-12-31', '2005-12-31', false],
		['an end after 2006', '2005-01-01', '2007-01-01', false]
	])('%s: %s to %s → %s', (_, from, to, expected) => {
		expect(isAnimatable({ from, to })).toBe(expected);
	});
});

describe('animationFileName', () => {
	const period = { from: '2005-01-01', to: '2005-12-31' };

	it.each([
		['webm', 'light', 'anti-spam-atlas-2005-01-01-to-2005-12-31.webm'],
		['webm', 'dark', 'anti-spam-atlas-2005-01-01-to-2005-12-31-dark.webm'],
		['gif', 'light', 'anti-spam-atlas-2005-01-01-to-2005-12-31.gif'],
		['gif', 'dark', 'anti-spam-atlas-2005-01-01-to-2005-12-31-dark.gif']
	] as const)('names a %s in %s colours %s', (format, theme, expected) => {
		expect(animationFileName(period, format, theme)).toBe(expected);
	});
});

describe('framesOf', () => {
	it('plays the period, resting on the view’s stops', () => {
		const source = sourceOf();
		const frames = framesOf(source, { from: '2005-04-01', to: '2005-05-31' });
		expect(frames.at(0)).toBe('2005-04-01');
		expect(frames.at(-1)).toBe('2005-05-31');
		// The Seoul–Melbourne MoU's day is a stop: it shows on many frames.
		expect(frames.filter((day) => day === '2005-04-27').length).toBeGreaterThan(10);
	});
});

describe('dayReader', () => {
	it('counts South Korea’s instruments as the map does: one more with the Seoul–Melbourne MoU', () => {
		const read = dayReader(sourceOf());
		const before = read('2005-04-26').counts.get('KOR') ?? 0;
		const on = read('2005-04-27').counts.get('KOR') ?? 0;
		expect(on).toBeGreaterThan(before);
	});

	it('says the day as the day summary says it, with the events on it as the caption', () => {
		const source = sourceOf();
		const { counts, words } = dayReader(source)('2005-04-27');
		const summary = summarizeDay(
			'2005-04-27',
			counts.size,
			source.latestOn('2005-04-27'),
			source.counting,
			en,
			'en'
		);
		expect(words.when).toBe('27 April 2005');
		expect(words.summary).toBe(summary.countries);
		expect(words.summary).toMatch(/^\d+ countries/);
		expect(words.caption).toContain(SEOUL_MELBOURNE.shortTitle);
	});

	it('joins the names of events on the same day, and says nothing on a quiet day', () => {
		const source = sourceOf();
		const days = Array.from({ length: 4 * 365 }, (_, i) => addDays(PERIOD_START, i));
		const busy = days.find((day) => source.happeningOn(day).length >= 2)!;
		const quiet = days.find((day) => day > busy && source.happeningOn(day).length === 0)!;
		expect([busy, quiet]).not.toContain(undefined);
		const read = dayReader(source);
		expect(read(busy).words.caption).toBe(
			source
				.happeningOn(busy)
				.map((event) => event.shortTitle)
				.join(' · ')
		);
		expect(read(quiet).words.caption).toBe('');
	});

	it('counts each day of a run as a fresh look at that day would', () => {
		const source = sourceOf({ ...DEFAULT_VIEW, meetings: true });
		const read = dayReader(source);
		const days: IsoDay[] = ['2003-06-01', '2004-07-01', '2005-04-26', '2005-04-27', '2006-12-31'];
		for (const day of days) {
			const fresh = atlas.index.participationOn(day, source.counting);
			expect(read(day).counts).toEqual(
				new Map([...fresh].map(([id, commitments]) => [id, commitments.length]))
			);
		}
		// The source counts as its view says: with meetings, more countries.
		expect(read('2006-12-31').counts.size).toBeGreaterThan(
			dayReader(sourceOf())('2006-12-31').counts.size
		);
	});
});

describe('stillWords', () => {
	const view: ViewState = {
		...DEFAULT_VIEW,
		date: '2005-04-27',
		country: 'KOR',
		event: SEOUL_MELBOURNE.id,
		meetings: true
	};
	const period = { from: '2005-01-01', to: '2005-12-31' };
	const words = stillWords(sourceOf(view), period, 'Source: the atlas');

	it('says nothing of a day', () => {
		expect(words.when).toBe('');
		expect(words.summary).toBeNull();
		expect(words.focus).toBeNull();
	});

	it('links to the period’s view, without the country or event, with the view’s filters', () => {
		expect(words.url).toBe(`${ORIGIN}?from=2005-01-01&date=2005-12-31&meetings=1`);
	});

	it('names the site and the page, in the page’s language, with the footer given', () => {
		expect(words.lang).toBe('en');
		expect(words.siteName).toBe(en.site.name);
		expect(words.title).toBe(en.explorer.page.title);
		expect(words.source).toBe('Source: the atlas');
	});

	it('has the legend of a day’s counts, under the view’s counting', () => {
		expect(words.legendTitle).toBe(legendTitle(view, null, period.to, en, 'en'));
		expect(stillWords(sourceOf(), period, '').legendTitle).toBe('Instruments joined per country');
		expect(words.legend.map((item) => item.swatch)).toEqual([
			'none',
			'bin-1',
			'bin-2',
			'bin-3',
			'bin-4',
			'bin-5',
			'nodata'
		]);
	});
});
