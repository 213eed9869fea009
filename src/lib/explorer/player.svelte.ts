/**
 * Drives playback: a `requestAnimationFrame` loop that feeds elapsed time to the pure playback state
 * machine and shows each day through the explorer's continuous-gesture path (no history flood).
 */
import {
	DEFAULT_HOLD_MS,
	SPEEDS,
	advance,
	startPlaying,
	type PlaybackState
} from '$lib/timeline/playback';
import type { IsoDay } from '$lib/data/types';
import type { Explorer } from './explorer.svelte';

/** A playback speed name. */
export type SpeedName = keyof typeof SPEEDS;

/** Plays the timeline through the period, pausing on each stop. */
export class Player {
	/** Whether playback is running. */
	playing = $state(false);
	/** The chosen speed. */
	speed = $state<SpeedName>('normal');
	#state: PlaybackState | null = null;
	#frame = 0;
	#last = 0;
	#explorer: Explorer;
	#stops: () => readonly IsoDay[];

	/** `stops` gives the days to pause on (the visible events' days). */
	constructor(explorer: Explorer, stops: () => readonly IsoDay[]) {
		this.#explorer = explorer;
		this.#stops = stops;
	}

	/** Starts from the shown day (or from the beginning at the end of the period). */
	play(): void {
		if (this.playing || typeof requestAnimationFrame === 'undefined') return;
		this.#state = startPlaying(this.#explorer.day);
		this.playing = true;
		this.#last = performance.now();
		this.#explorer.scrub(this.#state.day);
		this.#frame = requestAnimationFrame(this.#tick);
	}

	/** Pauses and commits the shown day to the URL. */
	pause(): void {
		if (!this.playing) return;
		cancelAnimationFrame(this.#frame);
		this.playing = false;
		this.#state = null;
		this.#explorer.endScrub();
	}

	/** Play if paused, pause if playing. */
	toggle(): void {
		if (this.playing) this.pause();
		else this.play();
	}

	#tick = (now: number) => {
		if (!this.#state) return;
		const reducedMotion = matchMedia('(prefers-reduced-motion: reduce)').matches;
		// A backgrounded tab can report a huge gap; cap it so playback never leaps.
		const elapsed = Math.min(now - this.#last, 250);
		this.#last = now;
		this.#state = advance(this.#state, elapsed, {
			speed: SPEEDS[this.speed],
			stops: this.#stops(),
			holdAtStopMs: reducedMotion ? DEFAULT_HOLD_MS * 1.5 : DEFAULT_HOLD_MS,
			reducedMotion
		});
		if (this.#state.day !== this.#explorer.day) this.#explorer.scrub(this.#state.day);
		if (this.#state.playing) this.#frame = requestAnimationFrame(this.#tick);
		else this.pause();
	};
}
