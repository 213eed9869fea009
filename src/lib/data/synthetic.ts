/**
 * Synthetic datasets for the benchmark's scale mode: `scale` times the real events, the copies with
 * the same kinds, countries, roles and participant counts, moved to other days of 2003–2006 (a
 * month-only date stays month-only). Built only when the site is built with `ATLAS_SCALE` above 1
 * (see vite.config.ts); never part of the shipped dataset.
 */
import { PERIOD_END, PERIOD_START, addDays, daysBetween, isIsoMonth } from '$lib/time/day';
import type { EventSummary, IsoDay, IsoMonth } from './types';

/** A small seeded PRNG (mulberry32): numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const PERIOD_DAYS = daysBetween(PERIOD_START, PERIOD_END);

/** A dataset date moved by `days`, kept inside the period; a month moves to the month it lands in. */
function shift<T extends IsoDay | IsoMonth>(value: T, days: number): T {
	const month = isIsoMonth(value);
	const day = addDays(month ? `${value}-15` : value, days);
	const kept = day < PERIOD_START ? PERIOD_START : day > PERIOD_END ? PERIOD_END : day;
	return (month ? kept.slice(0, 7) : kept) as T;
}

/** First day of a dataset date, for measuring spans. */
const startOf = (value: IsoDay | IsoMonth): IsoDay => (isIsoMonth(value) ? `${value}-01` : value);

/**
 * `events` and `scale - 1` copies of each, every copy on a seeded random day of the period (its
 * end and `since` dates moved with it), with ids and short titles made unique by a
 * `~n` suffix. `scale` ≤ 1 returns the events unchanged.
 */
export function synthesize<E extends EventSummary>(events: readonly E[], scale: number): E[] {
	const copies: E[] = [...events];
	const next = seededRandom(scale);
	for (let copy = 1; copy < scale; copy++) {
		for (const event of events) {
			const start = startOf(event.date);
			const span = event.endDate ? daysBetween(start, startOf(event.endDate)) : 0;
			const target = addDays(PERIOD_START, Math.floor(next() * (PERIOD_DAYS - span)));
			const days = daysBetween(start, target);
			copies.push({
				...event,
				id: `${event.id}~${copy}`,
				shortTitle: `${event.shortTitle} ~${copy}`,
				title: `${event.title} (synthetic copy ${copy})`,
				...(event.instrumentOf && { instrumentOf: `${event.instrumentOf}~${copy}` }),
				date: shift(event.date, days),
				...(event.endDate && { endDate: shift(event.endDate, days) }),
				participants: event.participants.map((participant) =>
					participant.since
						? { ...participant, since: shift(participant.since, days) }
						: participant
				)
			});
		}
	}
	return copies;
}
