/**
 * Who takes part in what, on which day (DECISIONS.md, "Participation, defined"), as an index over
 * any list of events: the commitments are listed and sorted once, so a day's map is one short scan
 * and a period's map is a binary search and a scan of the period's commitments.
 * Pure and free of the dataset module, so the browser can build it from the events the page ships.
 *
 * What counts is decided in one place, {@link countsAsJoining}: a country joins an instrument as a
 * signatory, a party or a later joiner; a member of the convening body counts only with
 * `includeMembers`; meetings count only with `includeMeetings`; hosting or chairing an instrument's
 * conference never counts as joining it. An instrument with several dated milestones (an event whose
 * `instrumentOf` names another) counts once per country, from the first milestone that counts.
 */
import { bisectLeft, bisectRight, bisector } from 'd3-array';
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
	type Participant,
	type Role
} from './types';

/** Which events a view shows. An absent field does not filter. */
export interface EventFilter {
	/** Only events of these kinds (an empty set matches nothing). */
	kinds?: ReadonlySet<EventKind>;
	/** Only events the ITU page names. */
	seedOnly?: boolean;
	/** Only events at least this trusted. */
	minConfidence?: Confidence;
}

/**
 * What the map counts beyond joining instruments (as a signatory, party or later joiner): the two
 * switches a reader can turn on. Neither makes hosting or chairing an instrument count.
 */
export interface CountingScope {
	/** Also count membership of an instrument's convening body (OECD, ASEM…), attendance unknown. */
	includeMembers: boolean;
	/** Also count meetings, whatever the role (attended, hosted, chaired, member of the convener). */
	includeMeetings: boolean;
}

/** The map's counting when no switch is on: instruments joined, nothing else. */
export const DEFAULT_COUNTING: Readonly<CountingScope> = Object.freeze({
	includeMembers: false,
	includeMeetings: false
});

/** The roles by which a country joins an instrument: they always count. */
export const JOINING_ROLES: readonly Role[] = ['signatory', 'party', 'joined'];

/** What counts towards a country's participation: the counting scope and the event filter. */
export interface ParticipationOptions extends Partial<CountingScope> {
	/** Only events that pass this filter count. */
	filter?: EventFilter;
}

/** One country's part in one event, and the day it takes effect. */
export interface Commitment<E extends EventSummary = EventSummary> {
	event: E;
	participant: Participant;
	effective: IsoDay;
}

/** A commitment in a country's history, with whether its kind of participation counts. */
export interface HistoryEntry<E extends EventSummary = EventSummary> extends Commitment<E> {
	/** {@link countsAsJoining} under the scope asked for (the filter is applied to the list). */
	counts: boolean;
}

/** A period `[from, to]` in numbers (see {@link ParticipationIndex.rangeSummary}). */
export interface RangeSummary {
	/** Countries that joined at least one instrument (or meeting, if counted) new to them. */
	countries: number;
	/** Distinct instruments (and meetings, if counted) that anyone joined anew. */
	instruments: number;
	/** Events that pass the filter and took place, at least in part, in the period. */
	events: number;
}

const rank = (confidence: Confidence): number => CONFIDENCE_LEVELS.indexOf(confidence);
const joiningRoles: ReadonlySet<Role> = new Set(JOINING_ROLES);
const NONE: readonly never[] = [];

/** Whether `event` passes `filter`. */
export function matchesFilter(event: EventSummary, filter: EventFilter = {}): boolean {
	if (filter.kinds && !filter.kinds.has(event.kind)) return false;
	if (filter.seedOnly && !event.inSeed) return false;
	return !filter.minConfidence || rank(event.confidence) >= rank(filter.minConfidence);
}

/** Whether two filters let the same events through (the same kinds, switch and trust level). */
export function sameFilter(a: EventFilter, b: EventFilter): boolean {
	if (Boolean(a.seedOnly) !== Boolean(b.seedOnly) || a.minConfidence !== b.minConfidence)
		return false;
	if (!a.kinds || !b.kinds) return a.kinds === b.kinds;
	return a.kinds.size === b.kinds.size && [...a.kinds].every((kind) => b.kinds?.has(kind));
}

/**
 * Whether a country's part in an event counts towards the map, under `scope` (the one definition
 * of counting): on an instrument, `signatory`, `party` and `joined` always count and `member` only
 * with `includeMembers` (never `host`, `chair` or `participant`); at a meeting, any role, only with
 * `includeMeetings`. The event filter is separate ({@link matchesFilter}).
 */
export function countsAsJoining(
	commitment: {
		event: Pick<EventSummary, 'category'>;
		participant: Pick<Participant, 'role'>;
	},
	scope: Partial<CountingScope> = DEFAULT_COUNTING
): boolean {
	const { role } = commitment.participant;
	if (commitment.event.category === 'meeting') return scope.includeMeetings === true;
	return joiningRoles.has(role) || (role === 'member' && scope.includeMembers === true);
}

/**
 * The instrument an event belongs to: its `instrumentOf`, else its own id. Events with the same key
 * are milestones of one instrument and count once; a meeting is its own key.
 */
export function instrumentKey(event: Pick<EventSummary, 'id' | 'instrumentOf'>): string {
	return event.instrumentOf ?? event.id;
}

/**
 * How many distinct instruments (and meetings) `commitments` hold: the number of their distinct
 * {@link instrumentKey}s. Pass commitments that count (a list from `participationOn` or
 * `joinedInRange` always does, and there it equals the list's length).
 */
export function instrumentCount(
	commitments: Iterable<{ event: Pick<EventSummary, 'id' | 'instrumentOf'> }>
): number {
	const keys = new Set<string>();
	for (const { event } of commitments) keys.add(instrumentKey(event));
	return keys.size;
}

function counts(commitment: Commitment, options: ParticipationOptions): boolean {
	return countsAsJoining(commitment, options) && matchesFilter(commitment.event, options.filter);
}

const byEffective = bisector<Commitment, IsoDay>((commitment) => commitment.effective);

/** What a {@link ParticipationWindow} holds: counted commitments by country, and their instruments. */
export interface WindowContents<E extends EventSummary = EventSummary> {
	/** Each country's counted commitments in the window, in order of effect (never empty). */
	byCountry: Map<Iso3, Commitment<E>[]>;
	/** Distinct instruments (and meetings) among them: the number of their instrument keys. */
	instruments: number;
}

/**
 * The counted commitments of a moving range of an index's commitments, kept up to date as the range
 * moves: a step of the date costs the commitments it crosses, not all of them (a scrub through 100×
 * the events costs what it costs through today's). Each move returns a new map; the lists of
 * countries it did not change are shared with the previous one, never modified after.
 */
export class ParticipationWindow<E extends EventSummary = EventSummary> {
	readonly #commitments: readonly Commitment<E>[];
	readonly #adds: (index: number) => boolean;
	#lo = 0;
	#hi = 0;
	readonly #lists = new Map<Iso3, Commitment<E>[]>();
	/** Countries whose list was copied since the last move, and so may be changed in place. */
	readonly #owned = new Set<Iso3>();
	readonly #keyCounts = new Map<string, number>();

	/** @param commitments sorted by effect @param adds whether the commitment at an index counts */
	constructor(commitments: readonly Commitment<E>[], adds: (index: number) => boolean) {
		this.#commitments = commitments;
		this.#adds = adds;
	}

	/** The commitments in effect on `day` (as `participationOn`). */
	on(day: IsoDay): WindowContents<E> {
		return this.#moveTo(0, byEffective.right(this.#commitments, day));
	}

	/** The commitments in effect before `day` (as `participationOn` the day before). */
	before(day: IsoDay): WindowContents<E> {
		return this.#moveTo(0, byEffective.left(this.#commitments, day));
	}

	/** The new joins of `[from, to]` (as `joinedInRange`); empty when `from > to`. */
	between(from: IsoDay, to: IsoDay): WindowContents<E> {
		const lo = byEffective.left(this.#commitments, from);
		return this.#moveTo(lo, Math.max(lo, byEffective.right(this.#commitments, to)));
	}

	#moveTo(lo: number, hi: number): WindowContents<E> {
		const crossed = Math.abs(lo - this.#lo) + Math.abs(hi - this.#hi);
		if (lo >= this.#hi || hi <= this.#lo || crossed > hi - lo) {
			this.#lists.clear();
			this.#keyCounts.clear();
			this.#owned.clear();
			for (let i = lo; i < hi; i++) if (this.#adds(i)) this.#push(i);
		} else {
			for (let i = this.#hi; i < hi; i++) if (this.#adds(i)) this.#push(i);
			for (let i = this.#hi - 1; i >= hi; i--) if (this.#adds(i)) this.#remove(i, 'pop');
			for (let i = this.#lo; i < lo; i++) if (this.#adds(i)) this.#remove(i, 'shift');
			for (let i = this.#lo - 1; i >= lo; i--) if (this.#adds(i)) this.#unshift(i);
		}
		this.#lo = lo;
		this.#hi = hi;
		this.#owned.clear();
		return { byCountry: new Map(this.#lists), instruments: this.#keyCounts.size };
	}

	/** The country's list, copied once per move so that lists already handed out never change. */
	#writable(country: Iso3): Commitment<E>[] {
		if (this.#owned.has(country)) return this.#lists.get(country)!;
		const list = [...(this.#lists.get(country) ?? NONE)];
		this.#lists.set(country, list);
		this.#owned.add(country);
		return list;
	}

	#count(index: number, change: 1 | -1): void {
		const key = instrumentKey(this.#commitments[index].event);
		const count = (this.#keyCounts.get(key) ?? 0) + change;
		if (count === 0) this.#keyCounts.delete(key);
		else this.#keyCounts.set(key, count);
	}

	#push(index: number): void {
		const commitment = this.#commitments[index];
		this.#writable(commitment.participant.country).push(commitment);
		this.#count(index, 1);
	}

	#unshift(index: number): void {
		const commitment = this.#commitments[index];
		this.#writable(commitment.participant.country).unshift(commitment);
		this.#count(index, 1);
	}

	/** Removes the commitment at `index`, the last (`pop`) or first (`shift`) of its country's list. */
	#remove(index: number, end: 'pop' | 'shift'): void {
		const country = this.#commitments[index].participant.country;
		const list = this.#writable(country);
		list[end]();
		if (list.length === 0) {
			this.#lists.delete(country);
			this.#owned.delete(country);
		}
		this.#count(index, -1);
	}
}

/** The participation of every country on every day, and in every period, for one list of events. */
export class ParticipationIndex<E extends EventSummary = EventSummary> {
	readonly #events: readonly E[];
	/** Every commitment, by effective day, then event order, then country. */
	readonly #commitments: readonly Commitment<E>[];
	/**
	 * For each commitment (same position), the commitments listed before it of the same country to
	 * the same instrument: if one of them counts, this one adds nothing. Almost always empty.
	 */
	readonly #earlier: readonly (readonly Commitment<E>[])[];

	/** @param events any list of events (the dataset, or what the explorer ships) */
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
		const seen = new Map<string, Commitment<E>[]>();
		this.#earlier = this.#commitments.map((commitment) => {
			const key = `${commitment.participant.country} ${instrumentKey(commitment.event)}`;
			const before = seen.get(key);
			if (!before) {
				seen.set(key, [commitment]);
				return NONE;
			}
			const earlier = [...before];
			before.push(commitment);
			return earlier;
		});
	}

	/**
	 * Whether the commitment at `i` adds an instrument to its country's count: it counts, and no
	 * earlier commitment of the country to the same instrument does.
	 */
	#adds(i: number, options: ParticipationOptions): boolean {
		return (
			counts(this.#commitments[i], options) &&
			!this.#earlier[i].some((earlier) => counts(earlier, options))
		);
	}

	/**
	 * A {@link ParticipationWindow} over this index, counting as `options` say: for views whose day or
	 * period moves step by step.
	 */
	window(options: ParticipationOptions = {}): ParticipationWindow<E> {
		return new ParticipationWindow(this.#commitments, (i) => this.#adds(i, options));
	}

	/**
	 * The number of events that pass `filter` and overlap `[from, to]`, as a function of the two days:
	 * sorts once, then each count is two binary searches (every event ends on or after it starts).
	 */
	eventCounter(filter?: EventFilter): (from: IsoDay, to: IsoDay) => number {
		const shown = this.#events.filter((event) => matchesFilter(event, filter));
		const starts = shown.map(eventStartDay).sort();
		const ends = shown.map(eventEndDay).sort();
		return (from, to) =>
			from > to
				? 0
				: bisectRight(starts, to) - Math.min(bisectLeft(ends, from), bisectRight(starts, to));
	}

	/**
	 * Each country's counted commitments in effect on `day` (effective on or before it), one per
	 * instrument (its first counted milestone) or meeting, in order of effect: so a list's length is
	 * the country's count. Countries without any are absent.
	 */
	participationOn(day: IsoDay, options: ParticipationOptions = {}): Map<Iso3, Commitment<E>[]> {
		return this.window(options).on(day).byCountry;
	}

	/**
	 * Each country's counted commitments that take effect in `[from, to]` (both included) to an
	 * instrument (or meeting) the country did not count before `from`: its new joins in the period,
	 * one per instrument, in order of effect. A later milestone of an instrument already counted is
	 * not a new join. Countries that joined nothing new are absent; empty when `from > to`. Costs a
	 * binary search and a scan of the period's commitments.
	 */
	joinedInRange(
		from: IsoDay,
		to: IsoDay,
		options: ParticipationOptions = {}
	): Map<Iso3, Commitment<E>[]> {
		return this.window(options).between(from, to).byCountry;
	}

	/**
	 * The countries with at least one counted commitment in effect before `day` (the countries of
	 * `participationOn` the day before): in a period view, those already in something when it starts.
	 */
	countedBefore(day: IsoDay, options: ParticipationOptions = {}): Set<Iso3> {
		return new Set(this.window(options).before(day).byCountry.keys());
	}

	/**
	 * A period `[from, to]` in numbers: the countries that joined something new
	 * ({@link joinedInRange}), the distinct instruments they joined, and the events that pass the
	 * filter and took place in it ({@link eventsInRange}).
	 */
	rangeSummary(from: IsoDay, to: IsoDay, options: ParticipationOptions = {}): RangeSummary {
		const { byCountry, instruments } = this.window(options).between(from, to);
		return {
			countries: byCountry.size,
			instruments,
			events: this.eventCounter(options.filter)(from, to)
		};
	}

	/**
	 * Every commitment of one country that passes `filter`, whatever its role or category (pages list
	 * everything), in order of effect, each marked with whether it counts under `scope`.
	 */
	countryHistory(
		iso3: Iso3,
		filter?: EventFilter,
		scope: Partial<CountingScope> = DEFAULT_COUNTING
	): HistoryEntry<E>[] {
		return this.#commitments
			.filter((c) => c.participant.country === iso3 && matchesFilter(c.event, filter))
			.map((c) => ({ ...c, counts: countsAsJoining(c, scope) }));
	}

	/** Events that overlap `[from, to]` (a month-only event spans its whole month), in list order. */
	eventsInRange(from: IsoDay, to: IsoDay, filter?: EventFilter): E[] {
		return this.#events.filter(
			(event) =>
				eventStartDay(event) <= to && eventEndDay(event) >= from && matchesFilter(event, filter)
		);
	}

	/**
	 * The distinct days, in order, on which the participation map changes: the days on which some
	 * country counts an instrument (or meeting) it did not count the day before. A later milestone
	 * of an instrument a country already counts does not make a change day.
	 */
	changeDays(options: ParticipationOptions = {}): IsoDay[] {
		const days: IsoDay[] = [];
		for (let i = 0; i < this.#commitments.length; i++) {
			const effective = this.#commitments[i].effective;
			if (days.at(-1) !== effective && this.#adds(i, options)) days.push(effective);
		}
		return days;
	}
}
