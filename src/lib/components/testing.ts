/**
 * Fixtures for the explorer's component tests: the page's facts as it builds them from the real
 * dataset (an `Atlas` in a language), and what the explorer derives from a view, computed here as it
 * does (its counting, what the map colours, the latest event).
 */
import { explorerData } from '$lib/data/explorerData';
import {
	matchesFilter,
	type Commitment,
	type CountingScope,
	type EventFilter
} from '$lib/data/participationIndex';
import type { EventSummary, Iso3, IsoDay } from '$lib/data/types';
import { Atlas } from '$lib/explorer/atlas';
import { latestEventFinder } from '$lib/explorer/summary';
import type { Locale } from '$lib/i18n/locales';
import { DEFAULT_VIEW, type ViewState } from '$lib/url/viewState';

const atlases = new Map<Locale, Atlas>();

/** The explorer's facts in a language, as the page builds them (once per language here). */
export function atlasIn(locale: Locale = 'en'): Atlas {
	let atlas = atlases.get(locale);
	if (!atlas) atlases.set(locale, (atlas = new Atlas(explorerData(locale))));
	return atlas;
}

/** The view of a link: the default view (last day, nothing selected or filtered) with `patch`. */
export function viewWith(patch: Partial<ViewState> = {}): ViewState {
	return { ...DEFAULT_VIEW, ...patch };
}

/** What the map counts under a view's switches and filters (the explorer's `counting`). */
export function countingOf(view: ViewState): CountingScope & { filter: EventFilter } {
	return {
		includeMeetings: view.meetings,
		includeMembers: view.members,
		filter: { kinds: view.kinds, seedOnly: view.seedOnly, minConfidence: view.minConfidence }
	};
}

/**
 * What the map colours for a view (the explorer's `mapCommitments`): each country's commitments on
 * its day, or in a period view its joins within the period.
 */
export function commitmentsOf(view: ViewState, locale: Locale = 'en'): Map<Iso3, Commitment[]> {
	const { index } = atlasIn(locale);
	const counting = countingOf(view);
	return view.from === null
		? index.participationOn(view.date, counting)
		: index.joinedInRange(view.from, view.date, counting);
}

/** The latest event the map counts by a day, under a view's switches (the explorer's lookup). */
export function latestFinderOf(
	view: ViewState,
	locale: Locale = 'en'
): (day: IsoDay) => EventSummary | null {
	const counting = countingOf(view);
	const visible = atlasIn(locale).events.filter((event) => matchesFilter(event, counting.filter));
	return latestEventFinder(visible, counting);
}

/** An event of the page's data by id. */
export function eventIn(id: string, locale: Locale = 'en'): EventSummary {
	const event = atlasIn(locale).eventById.get(id);
	if (!event) throw new Error(`No event ${id}`);
	return event;
}
