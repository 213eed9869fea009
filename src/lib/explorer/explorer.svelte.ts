/**
 * The explorer's reactive state. The URL is the single source of the view (date, selection,
 * filters); this class derives everything the components need from it, and holds only what never
 * belongs in a URL: a date being dragged or played, and what the pointer is over.
 */
import { untrack } from 'svelte';
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { page } from '$app/state';
import {
	matchesFilter,
	sameFilter,
	type Commitment,
	type CountingScope,
	type EventFilter,
	type RangeSummary
} from '$lib/data/participationIndex';
import type { EventSummary, Iso3, IsoDay } from '$lib/data/types';
import { DEFAULT_LOCALE, localizedPath, type Locale } from '$lib/i18n/locales';
import type { Atlas } from './atlas';
import { mergeDays, quietPeriodOf, stopOnOrBefore, type QuietPeriod } from '$lib/timeline/stepping';
import { PERIOD_START } from '$lib/time/day';
import { selectionDay } from './describe';
import { happeningFinder, latestEventFinder } from './summary';
import { Lagged } from '$lib/reactivity/lagged.svelte';
import { keepEqual } from '$lib/reactivity/keepEqual';
import {
	isCanonical,
	parseViewState,
	serializeViewState,
	type IgnoredParam,
	type ViewState
} from '$lib/url/viewState';
import { constrainMove } from './range';

const NO_PARAMS = new URLSearchParams();

/** The two detail panels: an event's and a country's. */
export type DetailPanel = 'event' | 'country';

/** The explorer's state: the parsed URL plus transient interaction state. */
export class Explorer {
	readonly #atlas: Atlas;
	/** The page's language: the explorer's URLs stay on its path (`/fr?date=…`). */
	readonly locale: Locale;

	/**
	 * Whether the explorer is embedded in another site's page (`/embed`): its URL changes stay on
	 * that path and replace the current entry, so the host page's history never grows.
	 */
	readonly embedded: boolean;

	/**
	 * @param atlas the page's facts and lookups
	 * @param locale the page's language (fixed for the page's life: a switch is a page load)
	 * @param options `embedded`: see the field
	 */
	constructor(atlas: Atlas, locale: Locale = DEFAULT_LOCALE, { embedded = false } = {}) {
		this.#atlas = atlas;
		this.locale = locale;
		this.embedded = embedded;
	}

	/** The page's facts and lookups. (A getter, so the derived fields below may read it.) */
	get atlas(): Atlas {
		return this.#atlas;
	}

	/** True once the app runs in the browser and may read the URL (prerendering cannot). */
	urlReadable = $state(false);
	/** A date being dragged, played or navigated to, shown instead of the URL's until committed. */
	#previewDay = $state<IsoDay | null>(null);
	/** A period start being dragged or stepped, shown instead of the URL's `from` until committed. */
	#previewFrom = $state<IsoDay | null>(null);
	/** Whether a gesture (drag, held keys, playback) is moving a date right now. */
	#moving = $state(false);
	/** The quiet period the preview day falls in (see `#period`); written only when it changes. */
	#previewPeriod = $state.raw<QuietPeriod | null>(null);
	/** The hovered or focused country and event, each with a copy that lags a painted frame. */
	readonly #hoveredCountry = new Lagged<Iso3 | null>(null);
	readonly #hoveredEvent = new Lagged<string | null>(null);
	/** Which detail panel the reader opened last: with both an event and a country selected, it
	 * shows and the other waits beneath it. (A link with both opens on the event.) */
	#lastOpened = $state<DetailPanel>('event');
	/** URL parameters the app ignored on the last navigation, until the reader dismisses the notice. */
	ignored = $state<IgnoredParam[]>([]);

	/** The URL parsed into a complete, valid view and the list of what was ignored. */
	readonly parsed = $derived(
		parseViewState(
			this.urlReadable && browser ? page.url.searchParams : NO_PARAMS,
			this.atlas.known
		)
	);
	/** The view the URL describes. */
	readonly view: ViewState = $derived(this.parsed.state);
	/** A date being dragged, played or navigated to, shown instead of the URL's until committed. */
	get previewDay(): IsoDay | null {
		return this.#previewDay;
	}
	/** The country under the pointer or keyboard focus on the map (its tooltip shows it). */
	get hoverCountry(): Iso3 | null {
		return this.#hoveredCountry.current;
	}
	set hoverCountry(country: Iso3 | null) {
		this.#hoveredCountry.current = country;
	}
	/**
	 * The hovered country as the timeline's highlight of its events follows it: a painted frame
	 * later, so the tooltip is not held back by restyling every event mark.
	 */
	get linkedCountry(): Iso3 | null {
		return this.#hoveredCountry.lagged;
	}
	/** The event under the pointer or keyboard focus on the timeline (its tooltip shows it). */
	get hoverEvent(): string | null {
		return this.#hoveredEvent.current;
	}
	set hoverEvent(id: string | null) {
		this.#hoveredEvent.current = id;
	}
	/** The day the map and summary show (in a period view, the period's last day). */
	readonly day: IsoDay = $derived(this.#previewDay ?? this.view.date);
	/** Whether a gesture (drag, held keys, playback) is moving a date right now. */
	get moving(): boolean {
		return this.#moving;
	}
	/** The first day of the period shown, or `null` when one day is shown. */
	readonly from: IsoDay | null = $derived(
		this.view.from === null ? null : (this.#previewFrom ?? this.view.from)
	);
	readonly #keepFilter = keepEqual(sameFilter);
	/** The event filter the view's switches describe (the same object while they do not change). */
	readonly filter: EventFilter = $derived(
		this.#keepFilter({
			kinds: this.view.kinds,
			seedOnly: this.view.seedOnly,
			minConfidence: this.view.minConfidence
		})
	);
	/** Events that pass the filters, in date order. */
	readonly visibleEvents: EventSummary[] = $derived(
		this.atlas.events.filter((event) => matchesFilter(event, this.filter))
	);
	/** Finds the visible events happening on a day (built once per filter, not per step). */
	readonly #happeningFinder = $derived(happeningFinder(this.visibleEvents));
	/** While a gesture moves the date, the visible events happening on the shown day (to name). */
	readonly happening: EventSummary[] = $derived(
		this.#moving ? this.#happeningFinder(this.day) : []
	);
	/** Days the timeline can jump to and playback pauses on: each visible event's day, ascending. */
	readonly eventStops: IsoDay[] = $derived(
		[...new Set(this.visibleEvents.map(selectionDay))].sort()
	);
	readonly #keepCounting = keepEqual<CountingScope & { filter: EventFilter }>(
		(a, b) =>
			a.includeMeetings === b.includeMeetings &&
			a.includeMembers === b.includeMembers &&
			a.filter === b.filter
	);
	/**
	 * What the map counts, from the view's switches and filters: the same object while they do not
	 * change, so a new date in the URL does not rebuild the lookups built on it.
	 */
	readonly counting: CountingScope & { filter: EventFilter } = $derived(
		this.#keepCounting({
			includeMeetings: this.view.meetings,
			includeMembers: this.view.members,
			filter: this.filter
		})
	);
	/** Days on which the counts change, under the current switches. */
	readonly #changeDays = $derived(this.atlas.index.changeDays(this.counting));
	/** Days on which anything but the date itself changes: the counts or the latest event. */
	readonly #boundaries = $derived(mergeDays(this.#changeDays, this.eventStops));
	/**
	 * The first day of the quiet period the shown day falls in: the last boundary on or before it.
	 * Everything that depends on the day only through its period reads this instead of `day`. While
	 * a date is previewed it comes from `#previewPeriod`, which is written only when the period
	 * changes: so a step through quiet days does not even mark the map's effects as stale.
	 */
	readonly #period: IsoDay = $derived.by(() => {
		const preview = this.#previewPeriod;
		if (preview?.boundaries === this.#boundaries) return preview.start;
		return quietPeriodOf(this.#boundaries, this.day).start;
	});
	/**
	 * Windows over the commitments that follow the shown day, the period and its start step by step
	 * (a step costs the commitments it crosses): one each, so none undoes another's moves.
	 */
	readonly #dayWindow = $derived(this.atlas.index.window(this.counting));
	readonly #periodWindow = $derived(this.atlas.index.window(this.counting));
	readonly #beforeWindow = $derived(this.atlas.index.window(this.counting));
	/** The last day on which the counts changed, on or before the shown day. */
	readonly #changeDay: IsoDay = $derived(
		stopOnOrBefore(this.#changeDays, this.#period) ?? PERIOD_START
	);
	/** Each participating country's commitments on the shown day. */
	readonly participation = $derived(this.#dayWindow.on(this.#changeDay).byCountry);
	/**
	 * In a period view, its new joins (what the map colours) by country, and how many instruments
	 * they are; else `null`. Joins happen only on change days, so the end is read through them.
	 */
	readonly #joins = $derived(
		this.from === null ? null : this.#periodWindow.between(this.from, this.#changeDay)
	);
	/** In a period view, each country's new joins in the period (what the map colours); else `null`. */
	readonly joined = $derived(this.#joins?.byCountry ?? null);
	/** In a period view, the countries already counted in something when it starts; else `null`. */
	readonly alreadyIn: ReadonlySet<Iso3> | null = $derived(
		this.from === null ? null : new Set(this.#beforeWindow.before(this.from).byCountry.keys())
	);
	/** What the map colours: each country's commitments on the day, or its joins in the period. */
	readonly mapCommitments = $derived(this.joined ?? this.participation);
	/** Counts the events that pass the filters in a period. */
	readonly #countEvents = $derived(this.atlas.index.eventCounter(this.filter));
	/** In a period view, its numbers: countries that joined, instruments joined, events in it. */
	readonly periodNumbers: RangeSummary | null = $derived(
		this.from === null || this.#joins === null
			? null
			: {
					countries: this.#joins.byCountry.size,
					instruments: this.#joins.instruments,
					events: this.#countEvents(this.from, this.day)
				}
	);
	/** The latest-event lookup for the visible events and the counting (built once per change). */
	readonly #latestFinder = $derived(latestEventFinder(this.visibleEvents, this.counting));
	/** The latest event the map counts whose day has come by the shown day. */
	readonly latestEvent: EventSummary | null = $derived(this.latestEventOn(this.#period));
	/** The detail panel that shows when an event and a country are both selected. */
	get panelOnTop(): DetailPanel {
		return this.#lastOpened;
	}
	/** The selected event, if any. */
	readonly selectedEvent: EventSummary | null = $derived(
		this.view.event ? (this.atlas.eventById.get(this.view.event) ?? null) : null
	);
	/**
	 * The event whose participants the map outlines: hovered (a painted frame after its tooltip,
	 * as outlining restyles every country), else selected.
	 */
	readonly focusEvent: EventSummary | null = $derived.by(() => {
		const hovered = this.#hoveredEvent.lagged;
		return (hovered ? this.atlas.eventById.get(hovered) : null) ?? this.selectedEvent;
	});

	/** Each participating country's commitments on `day`, counted as the map counts them. */
	participationOn(day: IsoDay): Map<Iso3, Commitment<EventSummary>[]> {
		return this.atlas.index.participationOn(day, this.counting);
	}

	/** The latest event the map counts whose day has come by `day`. */
	latestEventOn(day: IsoDay): EventSummary | null {
		return this.#latestFinder(day);
	}

	/** The visible events happening on `day`. */
	happeningOn(day: IsoDay): EventSummary[] {
		return this.#happeningFinder(day);
	}

	/** A new window over the commitments the map counts, to read day after day (an animation). */
	countingWindow() {
		return this.atlas.index.window(this.counting);
	}

	/**
	 * Hides what hovering or focusing shows (tooltips, highlights) until the pointer or the focus
	 * moves on: the Escape key's job, so hover content never has to be walked away from
	 * (WCAG 1.4.13).
	 */
	dismissHover(): void {
		this.hoverCountry = null;
		this.hoverEvent = null;
	}

	/**
	 * Moves to a new view, as one new history entry (or, with `replace`, in place of the current
	 * one: for a run of quick discrete steps that should be one entry).
	 */
	navigate(patch: Partial<ViewState>, { replace = false } = {}): Promise<void> {
		const next = { ...this.view, ...patch };
		// A period's start never passes its end: the end moved stops at the start, and vice versa.
		if (next.from !== null && next.from > next.date) {
			if (patch.date === undefined) next.from = next.date;
			else next.date = next.from;
		}
		if (patch.country && patch.event === undefined) this.#lastOpened = 'country';
		else if (patch.event) this.#lastOpened = 'event';
		// Show the new day at once; the URL (and so `view`) catches up when the navigation lands.
		this.#setPreview(next.date);
		return this.#go(next, replace).finally(() => {
			if (this.#previewDay === next.date) this.#setPreview(null);
		});
	}

	/**
	 * Reads the URL (once the app runs in the browser), remembers what it had to ignore, and
	 * rewrites a non-canonical URL in place. Call after hydration and after every navigation.
	 */
	syncWithUrl(): void {
		this.urlReadable = true;
		const { ignored, state } = this.parsed;
		if (ignored.length > 0) this.ignored = ignored;
		if (!isCanonical(page.url.search, state)) void this.#go(state, true);
	}

	/**
	 * Moves the date during a continuous gesture (drag, held key, playback): only the shown day
	 * changes, so each step costs a recolouring and nothing else. The URL and history follow once,
	 * when the gesture ends (`endScrub`). In a period view the date stops at the period's start.
	 */
	scrub(day: IsoDay): void {
		this.#moving = true;
		this.#setPreview(constrainMove('date', day, { from: this.from, date: this.day }));
	}

	/** Moves a period's start during a continuous gesture; it stops at the period's end. */
	scrubFrom(day: IsoDay): void {
		if (this.view.from === null) return;
		this.#moving = true;
		this.#previewFrom = constrainMove('from', day, { from: this.from, date: this.day });
	}

	/** Ends a gesture: the days it reached become one history entry. */
	endScrub(): void {
		this.#moving = false;
		const date = this.#previewDay ?? this.view.date;
		const from = this.#previewFrom ?? this.view.from;
		if (date === this.view.date && from === this.view.from) {
			this.#setPreview(null);
			this.#previewFrom = null;
			return;
		}
		void this.navigate({ date, from }).finally(() => {
			if (this.#previewFrom === from) this.#previewFrom = null;
		});
	}

	/**
	 * Selects an event and shows its day; in a period view that holds the event's day, the period
	 * stays and only the selection changes (one day is shown again otherwise).
	 */
	showEvent(event: EventSummary): Promise<void> {
		const day = selectionDay(event);
		const { from, date } = this.view;
		if (from !== null && from <= day && day <= date) return this.navigate({ event: event.id });
		return this.navigate({ event: event.id, date: day, from: null });
	}

	/** Shows `day` instead of the URL's date (`null`: the URL's again), and keeps its period. */
	#setPreview(day: IsoDay | null): void {
		this.#previewDay = day;
		// Reads here must not subscribe a caller that happens to run inside an effect.
		untrack(() => {
			const period = day === null ? null : quietPeriodOf(this.#boundaries, day);
			const current = this.#previewPeriod;
			if (period?.start !== current?.start || period?.boundaries !== current?.boundaries) {
				this.#previewPeriod = period;
			}
		});
	}

	/**
	 * The one place the explorer changes the URL: its canonical form on the page's language path
	 * (`/?…`, `/fr?…`, `/es?…`; embedded, `/embed?…`), pushed or replaced (always replaced when
	 * embedded).
	 */
	#go(state: ViewState, replace: boolean): Promise<void> {
		const search = serializeViewState(state);
		const path = localizedPath(this.embedded ? '/embed' : '/', this.locale);
		return goto(resolve(search ? `${path}?${search}` : path), {
			replaceState: replace || this.embedded,
			keepFocus: true,
			noScroll: true
		});
	}
}
