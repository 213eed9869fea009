/**
 * Headless playback of the timeline (after OWID's TimelineController): a pure state machine that
 * the component drives from `requestAnimationFrame` with the time elapsed since the last frame.
 * No timers live here, so every step is a plain function of its inputs and easy to test.
 */
import type { IsoDay } from '$lib/data/types';
import { PERIOD_END, PERIOD_START, addDays, clampDay, daysBetween, isIsoDay } from '$lib/time/day';
import { nextStop } from './stepping';

/** Where playback is. */
export type PlaybackState = {
	/** The day shown. */
	day: IsoDay;
	playing: boolean;
	/** Time left to wait on `day` (a stop) before moving on, in ms. */
	holdMs: number;
	/**
	 * Share of the way from `day` to the next day already travelled, in `[0, 1)`; frames are shorter
	 * than a day, so without it playback would never leave a day. Missing means 0.
	 */
	dayFraction?: number;
};

/** Playback speeds in days per second; `normal` plays the four years in about 25 s plus holds. */
export const SPEEDS = { slow: 30, normal: 60, fast: 120 } as const;

/** How long playback rests on each stop by default, in ms. */
export const DEFAULT_HOLD_MS = 1200;

/** What {@link advance} needs besides the state and the elapsed time. */
export interface PlaybackOptions {
	/** Days per second (see {@link SPEEDS}). */
	speed: number;
	/** Ascending days to stop on (event days). */
	stops: readonly IsoDay[];
	/** How long to rest on a stop, in ms. */
	holdAtStopMs: number;
	/** Jump from stop to stop, resting `holdAtStopMs` on each, instead of moving day by day. */
	reducedMotion: boolean;
}

/** Starts playing from `day`, or from the first day of the period when `day` is its last day. */
export function startPlaying(day: IsoDay): PlaybackState {
	const from = isIsoDay(day) ? clampDay(day) : PERIOD_START;
	return {
		day: from >= PERIOD_END ? PERIOD_START : from,
		playing: true,
		holdMs: 0,
		dayFraction: 0
	};
}

/**
 * The state `elapsedMs` later. Playback lands exactly on every stop it reaches and rests there for
 * `holdAtStopMs`, carrying the time left over into the next move, so no stop is skipped however large
 * `elapsedMs` is and `advance(advance(s, a), b)` equals `advance(s, a + b)`. It stops at the end of
 * the period. A paused state, or a non-positive or non-number `elapsedMs`, is returned unchanged.
 */
export function advance(
	state: PlaybackState,
	elapsedMs: number,
	options: PlaybackOptions
): PlaybackState {
	if (!state.playing || !(elapsedMs > 0)) return state;
	if (!isIsoDay(state.day)) return { ...state, playing: false };
	const rate = options.speed / 1000;
	const hold = Math.max(0, options.holdAtStopMs);
	let { day, holdMs } = state;
	let fraction = state.dayFraction ?? 0;
	let remaining = elapsedMs;
	// Each pass ends a hold, reaches a stop or the end, or spends all the time: at most 2 per stop.
	for (;;) {
		if (holdMs > 0) {
			const used = Math.min(holdMs, remaining);
			holdMs -= used;
			remaining -= used;
			if (holdMs > 0) return { day, playing: true, holdMs, dayFraction: fraction };
		}
		if (day >= PERIOD_END) return { day: PERIOD_END, playing: false, holdMs: 0, dayFraction: 0 };
		const stop = nextStop(options.stops, day);
		const target = stop !== null && stop < PERIOD_END ? stop : PERIOD_END;
		const daysLeft = daysBetween(day, target);
		// Unreachable with a strict `nextStop`; guards the loop against ever spinning in place.
		if (!(daysLeft > 0)) return { day, playing: false, holdMs: 0, dayFraction: 0 };
		if (options.reducedMotion || remaining * rate >= daysLeft - fraction) {
			if (!options.reducedMotion) remaining = Math.max(0, remaining - (daysLeft - fraction) / rate);
			[day, fraction, holdMs] = [target, 0, target < PERIOD_END ? hold : 0];
			continue;
		}
		if (!(rate > 0)) return { day, playing: true, holdMs: 0, dayFraction: fraction };
		const travelled = fraction + remaining * rate;
		// Rounding must not carry playback onto the target without landing (and holding) there.
		const whole = Math.min(Math.floor(travelled), daysLeft - 1);
		return {
			day: addDays(day, whole),
			playing: true,
			holdMs: 0,
			dayFraction: Math.min(travelled - whole, 1 - Number.EPSILON)
		};
	}
}
