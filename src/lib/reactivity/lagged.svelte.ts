/**
 * A value that also has a lagging copy, updated only after the next frame has been painted. For a
 * linked highlight: the tooltip that answers a hover paints at once, and the wider restyling the
 * hover also causes (lighting up every timeline mark, or outlining every map country) follows one
 * frame later instead of delaying that first paint.
 */

/** Runs `callback` once the browser has painted the next frame (at once where there is no frame). */
export function afterNextPaint(callback: () => void): void {
	if (typeof requestAnimationFrame !== 'function') {
		queueMicrotask(callback);
		return;
	}
	// rAF callbacks run just before a frame's paint; a task queued from one runs after it.
	requestAnimationFrame(() => setTimeout(callback, 0));
}

/** A reactive value (`current`) and its copy one painted frame behind (`lagged`). */
export class Lagged<T> {
	#current: T = $state.raw() as T;
	#lagged: T = $state.raw() as T;
	#pending = false;

	/** @param initial the value of both to begin with */
	constructor(initial: T) {
		this.#current = initial;
		this.#lagged = initial;
	}

	/** The value now. */
	get current(): T {
		return this.#current;
	}

	set current(value: T) {
		this.#current = value;
		if (this.#pending) return;
		// One catch-up per frame, to whatever the value is by then.
		this.#pending = true;
		afterNextPaint(() => {
			this.#pending = false;
			this.#lagged = this.#current;
		});
	}

	/** The value as of the last catch-up, one painted frame after a change. */
	get lagged(): T {
		return this.#lagged;
	}
}
