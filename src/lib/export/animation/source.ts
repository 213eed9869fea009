/**
 * The explorer's side of an animated export (`AnimationSource`, gathered by Explorer.svelte when
 * a reader asks for one): the period it plays by default, and, for a chosen period, the days of
 * its frames, what each day shows and says (as the day summary says it, with the events on the
 * day as a caption), the still words of the frame, the file's name and the period's address.
 * Pure, so it is tested on its own; `exportAnimation.ts` turns it into a file in the browser.
 */
import type { Iso3, IsoDay, EventSummary } from '$lib/data/types';
import type { CountingScope, WindowContents } from '$lib/data/participationIndex';
import { legendItems, legendTitle } from '$lib/explorer/legend';
import { summarizeDay } from '$lib/explorer/summary';
import type { Locale } from '$lib/i18n/locales';
import type { Messages } from '$lib/i18n/messages';
import type { MapPlace } from '$lib/map/geometry';
import { PERIOD_END, PERIOD_START } from '$lib/time/day';
import type { ViewState } from '$lib/url/viewState';
import type { ViewImageSpec } from '../viewImage';
import { imageFileName } from '../viewImage';
import type { PictureWords } from './scene';
import { animationFrames } from './schedule';

/** What the explorer knows that an animation of its view needs, as Explorer.svelte gives it. */
export interface AnimationSource {
	view: ViewState;
	/** The days playback rests on (the visible events' days, ascending). */
	stops: readonly IsoDay[];
	/** A new window over the commitments the map counts (`ParticipationIndex.window`). */
	window: () => { on: (day: IsoDay) => WindowContents };
	counting: CountingScope;
	/** The latest counted event by a day. */
	latestOn: (day: IsoDay) => EventSummary | null;
	/** The visible events happening on a day. */
	happeningOn: (day: IsoDay) => readonly EventSummary[];
	places: readonly MapPlace[];
	m: Messages;
	locale: Locale;
	/** The explorer's address of a view. */
	urlOf: (view: ViewState) => string;
	shapesUrl: string;
}

/** A period to animate, first and last day. */
export interface AnimationPeriod {
	from: IsoDay;
	to: IsoDay;
}

/** The period an export offers first: the view's period, or all of 2003–2006. */
export function defaultPeriod(view: Pick<ViewState, 'from' | 'date'>): AnimationPeriod {
	return view.from !== null && view.from < view.date
		? { from: view.from, to: view.date }
		: { from: PERIOD_START, to: PERIOD_END };
}

/** Whether `period` can be animated: two days in order, within 2003–2006. */
export function isAnimatable({ from, to }: AnimationPeriod): boolean {
	return PERIOD_START <= from && from < to && to <= PERIOD_END;
}

/** The view of the whole period (what the frame's footer links to and the file is named by). */
function periodView(source: AnimationSource, { from, to }: AnimationPeriod): ViewState {
	return { ...source.view, from, date: to, country: null, event: null };
}

/** The frames' days (`animationFrames`, paced as the player plays with the view's stops). */
export function framesOf(source: Pick<AnimationSource, 'stops'>, period: AnimationPeriod) {
	return animationFrames({ ...period, stops: source.stops });
}

/**
 * What the animation shows on a day: each country's count (from one window, moved forward day by
 * day, so the days must come in ascending order) and its words.
 */
export function dayReader(source: AnimationSource) {
	const window = source.window();
	const { counting, m, locale } = source;
	return (day: IsoDay): { counts: Map<Iso3, number>; words: PictureWords } => {
		const { byCountry } = window.on(day);
		const summary = summarizeDay(day, byCountry.size, source.latestOn(day), counting, m, locale);
		return {
			counts: new Map([...byCountry].map(([id, commitments]) => [id, commitments.length])),
			words: {
				when: summary.date,
				summary: summary.countries,
				caption: source
					.happeningOn(day)
					.map((event) => event.shortTitle)
					.join(' · ')
			}
		};
	};
}

/** The words that stay still on every frame (those of the image, without the day's). */
export function stillWords(
	source: AnimationSource,
	period: AnimationPeriod,
	footer: string
): Omit<ViewImageSpec, 'mapMarkup' | 'seaPath' | 'mapSize' | 'palette'> {
	const { m, locale, view } = source;
	return {
		lang: locale,
		siteName: m.site.name,
		title: m.explorer.page.title,
		when: '',
		summary: null,
		focus: null,
		legendTitle: legendTitle(view, null, period.to, m, locale),
		legend: legendItems(false, m),
		source: footer,
		url: source.urlOf(periodView(source, period))
	};
}

/** The file's name: `anti-spam-atlas-2005-01-01-to-2005-12-31.webm` (`-dark` for dark colours). */
export function animationFileName(
	period: AnimationPeriod,
	format: 'webm' | 'gif',
	theme: 'light' | 'dark'
): string {
	const view = { date: period.to, from: period.from, country: null, event: null };
	return imageFileName(view, format, theme === 'dark' ? 'dark' : '');
}
