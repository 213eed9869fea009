import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Lagged, afterNextPaint } from './lagged.svelte';

describe('Lagged', () => {
	let frames: FrameRequestCallback[] = [];
	/** Runs the pending animation frames, then the tasks they queued ("the paint"). */
	function paintFrame() {
		const due = frames;
		frames = [];
		for (const callback of due) callback(0);
		vi.runOnlyPendingTimers();
	}

	beforeEach(() => {
		vi.useFakeTimers();
		frames = [];
		vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => {
			frames.push(callback);
			return frames.length;
		});
	});
	afterEach(() => {
		vi.unstubAllGlobals();
		vi.useRealTimers();
	});

	it('starts with both values equal', () => {
		const value = new Lagged('KOR');
		expect([value.current, value.lagged]).toEqual(['KOR', 'KOR']);
	});

	it('changes now, and its lagging copy only after the next frame', () => {
		const value = new Lagged<string | null>(null);
		value.current = 'KOR';
		expect([value.current, value.lagged]).toEqual(['KOR', null]);
		// A frame's callbacks have run, but not the task after its paint.
		frames.shift()?.(0);
		expect(value.lagged).toBeNull();
		vi.runOnlyPendingTimers();
		expect(value.lagged).toBe('KOR');
	});

	it('catches up once per frame, to the latest value', () => {
		const value = new Lagged<string | null>(null);
		value.current = 'KOR';
		value.current = 'AUS';
		value.current = null;
		value.current = 'JPN';
		expect(frames).toHaveLength(1);
		paintFrame();
		expect(value.lagged).toBe('JPN');
		value.current = 'FRA';
		expect(frames).toHaveLength(1);
		paintFrame();
		expect(value.lagged).toBe('FRA');
	});
});

describe('afterNextPaint', () => {
	it('runs at once (in a microtask) where there are no frames', async () => {
		vi.stubGlobal('requestAnimationFrame', undefined);
		const callback = vi.fn();
		afterNextPaint(callback);
		expect(callback).not.toHaveBeenCalled();
		await Promise.resolve();
		expect(callback).toHaveBeenCalledOnce();
		vi.unstubAllGlobals();
	});
});
