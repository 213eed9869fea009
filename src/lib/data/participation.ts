/**
 * Who takes part in what, on which day (DECISIONS.md, "Participation, defined"). Pure functions over
 * the dataset; the commitments are listed and sorted once, so a day's map is a single short scan.
 */
import { events } from './dataset';
import {
	compareCodes,
	compareEvents,
	effectiveDay,
	eventEndDay,
	eventStartDay
} from './event-days';
import {
	CONFIDENCE_LEVELS,
	type AtlasEvent,
	type Confidence,
	type EventKind,
	type Iso3,
	type IsoDay,
	type Participant
} from './types';

export { eventEndDay, eventStartDay };

/** Which events a view shows. An absent field does not filter. */
export interface EventFilter {
	/** Only events of these kinds (an empty set matches nothing). */
	kinds?: ReadonlySet<EventKind>;
	/** Only events the ITU seed page names. */
	seedOnly?: boolean;
	/** Only events at least this trusted. */
	minConfidence?: Confidence;
}

/** What counts towards a country's participation. */
export interface ParticipationOptions {
	/** Count meetings attended, hosted or chaired as well as instruments. */
	includeMeetings?: boolean;
	filter?: EventFilter;
}

/** One country's part in one event, and the day it takes effect. */
export interface Commitment {
	event: AtlasEvent;
	participant: Participant;
	effective: IsoDay;
}

const rank = (confidence: Confidence): number => CONFIDENCE_LEVELS.indexOf(confidence);

/** Whether `event` passes `filter`. */
export function matchesFilter(event: AtlasEvent, filter: EventFilter = {}): boolean {
	if (filter.kinds && !filter.kinds.has(event.kind)) return false;
	if (filter.seedOnly && !event.inSeed) return false;
	return !filter.minConfidence || rank(event.confidence) >= rank(filter.minConfidence);
}

const commitments: readonly Commitment[] = events
	.flatMap((event) =>
		event.participants.map((participant) => ({
			event,
			participant,
			effective: effectiveDay(event, participant)
		}))
	)
	.sort(
		(a, b) =>
			compareCodes(a.effective, b.effective) ||
			compareEvents(a.event, b.event) ||
			compareCodes(a.participant.country, b.participant.country)
	);

function counts(commitment: Commitment, options: ParticipationOptions): boolean {
	return (
		(commitment.event.category === 'agreement' || options.includeMeetings === true) &&
		matchesFilter(commitment.event, options.filter)
	);
}

/**
 * Each country's commitments in effect on `day` (effective on or before it): instruments always,
 * meetings only with `includeMeetings`. Countries without any are absent.
 */
export function participationOn(
	day: IsoDay,
	options: ParticipationOptions = {}
): Map<Iso3, Commitment[]> {
	const byCountry = new Map<Iso3, Commitment[]>();
	for (const commitment of commitments) {
		if (commitment.effective > day) break;
		if (!counts(commitment, options)) continue;
		const country = commitment.participant.country;
		const list = byCountry.get(country);
		if (list) list.push(commitment);
		else byCountry.set(country, [commitment]);
	}
	return byCountry;
}

/** Every commitment of one country, instruments and meetings, in order of effect. */
export function countryHistory(iso3: Iso3, filter?: EventFilter): Commitment[] {
	return commitments.filter(
		(c) => c.participant.country === iso3 && matchesFilter(c.event, filter)
	);
}

/** Events that overlap `[from, to]` (a month-only event spans its whole month), in dataset order. */
export function eventsInRange(from: IsoDay, to: IsoDay, filter?: EventFilter): AtlasEvent[] {
	return events.filter(
		(event) =>
			eventStartDay(event) <= to && eventEndDay(event) >= from && matchesFilter(event, filter)
	);
}

/** The distinct days, in order, on which the participation map changes. */
export function changeDays(options: ParticipationOptions = {}): IsoDay[] {
	const days: IsoDay[] = [];
	for (const commitment of commitments) {
		if (counts(commitment, options) && days.at(-1) !== commitment.effective) {
			days.push(commitment.effective);
		}
	}
	return days;
}
