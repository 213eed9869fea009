/**
 * The explorer's view as the image export draws it (`ViewExport`): its words in the page's
 * language — the day or period and its numbers as the day summary says them, what is outlined,
 * the legend as the map's legend says it — and the map as WorldMap draws it. Explorer.svelte calls
 * it when a reader asks for an image; pure, so it is tested on its own.
 */
import type { CountingScope, RangeSummary } from '$lib/data/participationIndex';
import type { EventSummary, Iso3, IsoDay } from '$lib/data/types';
import { legendItems, legendTitle } from '$lib/explorer/legend';
import { summarizePeriod } from '$lib/explorer/range';
import { summarizeDay } from '$lib/explorer/summary';
import type { Locale } from '$lib/i18n/locales';
import type { Messages } from '$lib/i18n/messages';
import type { MapPlace } from '$lib/map/geometry';
import type { ViewState } from '$lib/url/viewState';
import type { ViewExport } from './download';

/** What the explorer knows of its view, as Explorer.svelte gives it. */
export interface ViewSource {
	view: ViewState;
	/** The day shown (in a period view, its last day). */
	day: IsoDay;
	/** The period's first day, or `null` for one day. */
	from: IsoDay | null;
	/** The period's numbers, or `null` for one day. */
	periodNumbers: RangeSummary | null;
	/** How many countries the map counts on the day. */
	countries: number;
	counting: CountingScope;
	/** The latest counted event by the day, or `null`. */
	latest: EventSummary | null;
	places: readonly MapPlace[];
	counts: ReadonlyMap<Iso3, number>;
	alreadyIn: ReadonlySet<Iso3> | null;
	/** The event whose participants the map outlines, or `null`. */
	focusEvent: EventSummary | null;
	nameOf: (id: Iso3) => string;
	m: Messages;
	locale: Locale;
	url: string;
	shapesUrl: string;
}

/** The view as the image export draws it, with the share menu's words (`share`). */
export function viewExport(source: ViewSource, share: Messages['share']): ViewExport {
	const { view, day, from, m, locale } = source;
	const numbers =
		from !== null && source.periodNumbers
			? summarizePeriod(from, day, source.periodNumbers, source.counting, m, locale)
			: null;
	const one = numbers
		? null
		: summarizeDay(day, source.countries, source.latest, source.counting, m, locale);
	const focus = source.focusEvent
		? share.outlinedEvent(source.focusEvent.shortTitle)
		: view.country
			? share.selectedCountry(source.nameOf(view.country))
			: null;
	return {
		words: {
			lang: locale,
			siteName: m.site.name,
			title: m.explorer.page.title,
			when: numbers ? numbers.heading : one!.date,
			summary: numbers ? numbers.line : one!.countries + one!.latestPart,
			focus,
			legendTitle: legendTitle(view, from, day, m, locale),
			legend: legendItems(from !== null, m),
			source: share.source,
			url: source.url
		},
		view: { date: day, from, country: view.country, event: view.event },
		map: {
			places: source.places,
			counts: source.counts,
			alreadyIn: source.alreadyIn,
			focusEvent: source.focusEvent,
			selected: view.country,
			nameOf: source.nameOf
		},
		shapesUrl: source.shapesUrl
	};
}
