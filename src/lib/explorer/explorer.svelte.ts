/**
 * The explorer's reactive state. The URL is the single source of the view (date, selection,
 * filters); this class derives everything the components need from it, and holds only what never
 * belongs in a URL: a date being dragged or played, and what the pointer is over.
 */
import { createContext } from 'svelte';
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import { countriesWithData, eventById, events } from '$lib/data/dataset';
import { matchesFilter, participationOn, type EventFilter } from '$lib/data/participation';
import type { AtlasEvent, Iso3, IsoDay } from '$lib/data/types';
import { selectionDay } from './describe';
import {
	parseViewState,
	serializeViewState,
	type IgnoredParam,
	type ViewState
} from '$lib/url/viewState';

const KNOWN = { eventIds: new Set(eventById.keys()), countries: new Set(countriesWithData) };
const NO_PARAMS = new URLSearchParams();
/** Longest gap between URL writes while the date moves continuously. */
const SCRUB_URL_INTERVAL_MS = 400;

/** How a view change enters history: a new entry (discrete actions) or in place (continuous ones). */
export interface NavigateOptions {
	replace?: boolean;
}

/** The explorer's state: the parsed URL plus transient interaction state. */
export class Explorer {
	/** True once the app runs in the browser and may read the URL (prerendering cannot). */
	urlReadable = $state(false);
	/** A date being dragged or played, shown instead of the URL's date until committed. */
	previewDay = $state<IsoDay | null>(null);
	/** The country under the pointer or keyboard focus on the map. */
	hoverCountry = $state<Iso3 | null>(null);
	/** The event under the pointer or keyboard focus on the timeline. */
	hoverEvent = $state<string | null>(null);
	/** URL parameters the app ignored on the last navigation, until the reader dismisses the notice. */
	ignored = $state<IgnoredParam[]>([]);

	/** The URL parsed into a complete, valid view and the list of what was ignored. */
	readonly parsed = $derived(
		parseViewState(this.urlReadable && browser ? page.url.searchParams : NO_PARAMS, KNOWN)
	);
	/** The view the URL describes. */
	readonly view: ViewState = $derived(this.parsed.state);
	/** The day the map and summary show. */
	readonly day: IsoDay = $derived(this.previewDay ?? this.view.date);
	/** The event filter the view's switches describe. */
	readonly filter: EventFilter = $derived({
		kinds: this.view.kinds,
		seedOnly: this.view.seedOnly,
		minConfidence: this.view.minConfidence
	});
	/** Events that pass the filters, in date order. */
	readonly visibleEvents: AtlasEvent[] = $derived(
		events.filter((event) => matchesFilter(event, this.filter))
	);
	/** Days the timeline can jump to and playback pauses on: each visible event's day, ascending. */
	readonly eventStops: IsoDay[] = $derived(
		[...new Set(this.visibleEvents.map(selectionDay))].sort()
	);
	/** Each participating country's commitments on the shown day. */
	readonly participation = $derived(
		participationOn(this.day, { includeMeetings: this.view.meetings, filter: this.filter })
	);
	/** The selected event, if any. */
	readonly selectedEvent: AtlasEvent | null = $derived(
		this.view.event ? (eventById.get(this.view.event) ?? null) : null
	);
	/** The event whose participants the map highlights: hovered, else selected. */
	readonly focusEvent: AtlasEvent | null = $derived(
		(this.hoverEvent ? eventById.get(this.hoverEvent) : null) ?? this.selectedEvent
	);

	/** Moves to a new view. Discrete actions add a history entry; pass `replace` for the rest. */
	navigate(patch: Partial<ViewState>, options: NavigateOptions = {}): Promise<void> {
		const next = { ...this.view, ...patch };
		const search = serializeViewState(next);
		this.previewDay = null;
		return goto(search ? `?${search}` : page.url.pathname, {
			replaceState: options.replace ?? false,
			keepFocus: true,
			noScroll: true
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
		const canonical = serializeViewState(state);
		if (page.url.search.replace(/^\?/, '') !== canonical) {
			void goto(canonical ? `?${canonical}` : page.url.pathname, {
				replaceState: true,
				keepFocus: true,
				noScroll: true
			});
		}
	}

	#gestureStarted = false;
	#lastUrlWrite = 0;

	/**
	 * Moves the date during a continuous gesture (drag, held key, playback). The first move of a
	 * gesture adds one history entry; later moves replace it, at most every `SCRUB_URL_INTERVAL_MS`,
	 * so history is never flooded and a reload mid-gesture keeps roughly the same day.
	 */
	scrub(day: IsoDay): void {
		this.previewDay = day;
		const now = performance.now();
		if (!this.#gestureStarted) {
			this.#gestureStarted = true;
			this.#lastUrlWrite = now;
			void this.#writeDate(day, false);
		} else if (now - this.#lastUrlWrite >= SCRUB_URL_INTERVAL_MS) {
			this.#lastUrlWrite = now;
			void this.#writeDate(day, true);
		}
	}

	/** Ends a gesture: the URL gets the final day, in the gesture's own history entry. */
	endScrub(): void {
		if (!this.#gestureStarted) return;
		this.#gestureStarted = false;
		const day = this.previewDay ?? this.view.date;
		void this.#writeDate(day, true).then(() => {
			if (!this.#gestureStarted) this.previewDay = null;
		});
	}

	#writeDate(day: IsoDay, replace: boolean): Promise<void> {
		const search = serializeViewState({ ...this.view, date: day });
		return goto(search ? `?${search}` : page.url.pathname, {
			replaceState: replace,
			keepFocus: true,
			noScroll: true
		});
	}
}

/** Typed context so every explorer component reads the same state. */
export const [getExplorer, setExplorer] = createContext<Explorer>();
