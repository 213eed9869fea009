/**
 * Fixtures for the timeline's component tests: the explorer's real events as the page ships them,
 * and what the explorer derives from them (stops, the latest event), computed here as it does.
 */
import { explorerData } from '$lib/data/explorerData';
import type { EventSummary, IsoDay } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locales';
import type { Explorer } from '$lib/explorer/explorer.svelte';
import { selectionDay } from '$lib/explorer/describe';
import { Player } from '$lib/explorer/player.svelte';
import { latestEventFinder } from '$lib/explorer/summary';
import { findAll, textOf, type Found } from '$lib/components/WorldMap/testing';

/**
 * The events the explorer page ships in a language, in dataset order (all of them pass the default
 * filters, so they are also the explorer's visible events).
 */
export function eventsIn(locale: Locale = 'en'): EventSummary[] {
	return explorerData(locale).events;
}

/** An event by id, from `events`. */
export function eventOf(events: readonly EventSummary[], id: string): EventSummary {
	const event = events.find((candidate) => candidate.id === id);
	if (!event) throw new Error(`No event ${id}`);
	return event;
}

/** The days the timeline steps to: each event's day, ascending (the explorer's `eventStops`). */
export function stopsOf(events: readonly EventSummary[]): IsoDay[] {
	return [...new Set(events.map(selectionDay))].sort();
}

/** The id of the latest event the map counts by `day`, by the default counting (instruments). */
export function latestOn(events: readonly EventSummary[], day: IsoDay): string | null {
	return (
		latestEventFinder(events, { includeMeetings: false, includeMembers: false })(day)?.id ?? null
	);
}

/** A paused player: the server never plays, so it needs no explorer. */
export function pausedPlayer(): Player {
	return new Player({} as Explorer, () => []);
}

/** The event marks in `html`, in document order. */
export function marksIn(html: string): Found[] {
	return findAll(html, (element) => element.tag === 'button' && element.classes.includes('mark'));
}

/** The date cursors' handles in `html`, in document order. */
export function slidersIn(html: string): Found[] {
	return findAll(html, (element) => element.attributes.role === 'slider');
}

/** The text of the marks' tooltip in `html`, or `null` when none shows. */
export function tooltipText(html: string): string | null {
	const tip = html.match(/<div class="tip[^"]*"[^>]*>([\s\S]*?)<\/div>/);
	return tip ? textOf(tip[1]) : null;
}
