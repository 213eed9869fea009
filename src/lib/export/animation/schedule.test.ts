import { describe, expect, it } from 'vitest';
import { DEFAULT_HOLD_MS, SPEEDS } from '$lib/timeline/playback';
import { ANIMATION_FPS, animationFrames } from './schedule';

/** Runs of equal days: [day, frames] in order. */
function runs(days: readonly string[]): [string, number][] {
	const out: [string, number][] = [];
	for (const day of days) {
		const last = out.at(-1);
		if (last && last[0] === day) last[1]++;
		else out.push([day, 1]);
	}
	return out;
}

// 100 days per second at 10 fps is 10 days a frame; a hold of 300 ms is 3 frames.
const pace = { fps: 10, speed: 100, holdMs: 300 };

describe('animationFrames', () => {
	it.each([
		[
			'moves by speed ÷ fps and rests on the last day',
			{ from: '2005-01-01', to: '2005-01-31', stops: [] },
			[
				['2005-01-01', 1],
				['2005-01-11', 1],
				['2005-01-21', 1],
				['2005-01-31', 3]
			]
		],
		[
			'lands on a stop and rests there',
			{ from: '2005-01-01', to: '2005-01-31', stops: ['2005-01-15'] },
			[
				['2005-01-01', 1],
				['2005-01-11', 1],
				// The hold began 60 ms into its frame: 60 ms of the next move are left after it.
				['2005-01-15', 3],
				['2005-01-21', 1],
				['2005-01-31', 3]
			]
		],
		[
			'rests on the first day when it is a stop, ignores stops outside',
			{ from: '2005-01-01', to: '2005-01-21', stops: ['2004-12-01', '2005-01-01', '2005-02-01'] },
			[
				['2005-01-01', 3],
				['2005-01-11', 1],
				['2005-01-21', 3]
			]
		],
		[
			'a stop on the last day rests once',
			{ from: '2005-01-01', to: '2005-01-21', stops: ['2005-01-21'] },
			[
				['2005-01-01', 1],
				['2005-01-11', 1],
				['2005-01-21', 3]
			]
		],
		['nothing for an empty period', { from: '2005-01-01', to: '2005-01-01', stops: [] }, []],
		['nothing for a reversed period', { from: '2005-02-01', to: '2005-01-01', stops: [] }, []]
	])('%s', (_, period, expected) => {
		expect(runs(animationFrames({ ...period, ...pace }))).toEqual(expected);
	});

	it('plays as the player: its normal speed, its holds, 30 frames a second', () => {
		const frames = animationFrames({ from: '2005-01-01', to: '2005-12-31', stops: ['2005-04-27'] });
		const holdFrames = Math.round((DEFAULT_HOLD_MS * ANIMATION_FPS) / 1000);
		const moving = frames.length - 2 * holdFrames;
		// 364 days at 60 days a second, about 182 frames of movement (± the frame a landing takes).
		expect(moving).toBeGreaterThanOrEqual(Math.floor((364 / SPEEDS.normal) * ANIMATION_FPS));
		expect(moving).toBeLessThanOrEqual(Math.ceil((364 / SPEEDS.normal) * ANIMATION_FPS) + 1);
		// A hold starts where the landing falls within a frame, so it shows on 36 or 37 frames.
		const [, held] = runs(frames).find(([day]) => day === '2005-04-27')!;
		expect(held).toBeGreaterThanOrEqual(holdFrames);
		expect(held).toBeLessThanOrEqual(holdFrames + 1);
		expect(frames.at(0)).toBe('2005-01-01');
		expect(frames.at(-1)).toBe('2005-12-31');
	});

	it('never goes back in time and shows each stop', () => {
		const stops = ['2003-02-01', '2003-02-02', '2004-07-01', '2006-12-30'];
		const frames = animationFrames({ from: '2003-01-01', to: '2006-12-31', stops });
		expect(frames).toEqual([...frames].sort());
		for (const stop of stops) expect(frames).toContain(stop);
	});
});
