/**
 * The frames of an animated export: the day each frame shows, paced as the explorer's player
 * plays (`timeline/playback.ts`: its normal speed, resting on each event's day), at a fixed
 * frame rate. Pure, so the length the export panel announces is the length of the file.
 */
import type { IsoDay } from '$lib/data/types';
import { DEFAULT_HOLD_MS, SPEEDS, advance, type PlaybackState } from '$lib/timeline/playback';

/** Frames per second of the animation (video and GIF alike). */
export const ANIMATION_FPS = 30;

/** What {@link animationFrames} needs. */
export interface ScheduleOptions {
	/** The first day shown. */
	from: IsoDay;
	/** The last day shown (after `from`). */
	to: IsoDay;
	/** Ascending days to rest on (the visible events' days, as the player's). */
	stops: readonly IsoDay[];
	/** Frames per second; {@link ANIMATION_FPS} by default. */
	fps?: number;
	/** Days per second while moving; the player's normal speed by default. */
	speed?: number;
	/** How long to rest on a stop, and on the first and last days, in ms. */
	holdMs?: number;
}

/**
 * The day of each frame, from `from` to `to`: playback at `speed`, resting `holdMs` on every stop it
 * reaches (as the player does), on `from` when it is a stop, and on `to` at the end so the last
 * state can be read before a GIF loops. Empty when `to` is not after `from`.
 */
export function animationFrames(options: ScheduleOptions): IsoDay[] {
	const { from, to } = options;
	if (!(from < to)) return [];
	const fps = options.fps ?? ANIMATION_FPS;
	const holdMs = options.holdMs ?? DEFAULT_HOLD_MS;
	const frameMs = 1000 / fps;
	const holdFrames = Math.max(1, Math.round(holdMs / frameMs));
	const inside = options.stops.filter((stop) => stop > from && stop < to);
	const playback = {
		speed: options.speed ?? SPEEDS.normal,
		// `to` as the last stop: playback lands on it exactly and the schedule ends there.
		stops: [...inside, to],
		holdAtStopMs: holdMs,
		reducedMotion: false
	};
	const days: IsoDay[] = Array(options.stops.includes(from) ? holdFrames : 1).fill(from);
	let state: PlaybackState = { day: from, playing: true, holdMs: 0, dayFraction: 0 };
	for (;;) {
		state = advance(state, frameMs, playback);
		if (state.day >= to || !state.playing) break;
		days.push(state.day);
	}
	for (let i = 0; i < holdFrames; i++) days.push(to);
	return days;
}
