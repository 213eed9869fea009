/**
 * The atlas's one dataset: the events, validated when this module loads (so an invalid dataset fails
 * the build and every test), in canonical order, with lookups every view shares.
 */
import { countryName } from './countries';
import { compareEvents } from './event-days';
import { rawEvents } from './events';
import { expandParticipants } from './memberships';
import type { AtlasEvent, Iso3 } from './types';
import { formatProblems, validateEvents } from './validate';

/** The events as written, their membership declarations expanded into participant rows. */
export const expandedEvents: readonly AtlasEvent[] = rawEvents.map((event) => ({
	...event,
	participants: expandParticipants(event.participants, event.date)
}));

const problems = validateEvents(expandedEvents);
if (problems.length > 0) {
	throw new Error(`Invalid dataset (${problems.length} problems):\n${formatProblems(problems)}`);
}

/** Every event, sorted by first day, then id. */
export const events: readonly AtlasEvent[] = [...expandedEvents].sort(compareEvents);

/** Events by id. */
export const eventById: ReadonlyMap<string, AtlasEvent> = new Map(events.map((e) => [e.id, e]));

/** Every country that takes part in an event or hosts one, sorted by English short name. */
export const countriesWithData: readonly Iso3[] = [
	...new Set(
		events.flatMap((event) => [
			...event.participants.map((participant) => participant.country),
			...(event.place.kind === 'city' || event.place.kind === 'country'
				? [event.place.country]
				: [])
		])
	)
].sort((a, b) => countryName(a).localeCompare(countryName(b), 'en'));
