/**
 * Who takes part in what, on which day (DECISIONS.md, "Participation, defined"), as an index over
 * any list of events: the commitments are listed and sorted once, so a day's map is one short scan.
 * Pure and free of the dataset module, so the browser can build it from the events the page ships.
 */
import {
	compareCodes,
	compareEvents,
	effectiveDay,
	eventEndDay,
	eventStartDay
} from './event-days';
import {
	CONFIDENCE_LEVELS,
	type Confidence,
	type EventKind,
	type EventSummary,
	type Iso3,
	type IsoDay,
	type Participant
} from './types';

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
export interface Commitment<E extends EventSummary = EventSummary> {
	event: E;
	participant: Participant;
	effective: IsoDay;
}

const rank = (confidence: Confidence): number => CONFIDENCE_LEVELS.indexOf(confidence);

/** Whether `event` passes `filter`. */
export function matchesFilter(event: EventSummary, filter: EventFilter = {}): boolean {
	if (filter.kinds && !filter.kinds.has(event.kind)) return false;
	if (filter.seedOnly && !event.inSeed) return false;
	return !filter.minConfidence || rank(event.confidence) >= rank(filter.minConfidence);
}

function counts(commitment: Commitment, options: ParticipationOptions): boolean {
	return (
		(commitment.event.category === 'agreement' || options.includeMeetings === true) &&
		matchesFilter(commitment.event, options.filter)
	);
}

/** The participation of every country on every day, for one list of events. */
export class ParticipationIndex<E extends EventSummary = EventSummary> {
	readonly #events: readonly E[];
	readonly #commitments: readonly Commitment<E>[];

	constructor(events: readonly E[]) {
		this.#events = events;
		this.#commitments = events
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
	}

	/**
	 * Each country's commitments in effect on `day` (effective on or before it): instruments always,
	 * meetings only with `includeMeetings`. Countries without any are absent.
	 */
	participationOn(day: IsoDay, options: ParticipationOptions = {}): Map<Iso3, Commitment<E>[]> {
		const byCountry = new Map<Iso3, Commitment<E>[]>();
		for (const commitment of this.#commitments) {
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
	countryHistory(iso3: Iso3, filter?: EventFilter): Commitment<E>[] {
		return this.#commitments.filter(
			(c) => c.participant.country === iso3 && matchesFilter(c.event, filter)
		);
	}

	/** Events that overlap `[from, to]` (a month-only event spans its whole month), in list order. */
	eventsInRange(from: IsoDay, to: IsoDay, filter?: EventFilter): E[] {
		return this.#events.filter(
			(event) =>
				eventStartDay(event) <= to && eventEndDay(event) >= from && matchesFilter(event, filter)
		);
	}

	/** The distinct days, in order, on which the participation map changes. */
	changeDays(options: ParticipationOptions = {}): IsoDay[] {
		const days: IsoDay[] = [];
		for (const commitment of this.#commitments) {
			if (counts(commitment, options) && days.at(-1) !== commitment.effective) {
				days.push(commitment.effective);
			}
		}
		return days;
	}
}
