import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '$lib/time/day';
import {
	SPEEDS,
	advance,
	startPlaying,
	type PlaybackOptions,
	type PlaybackState
} from './playback';

// 125 days per second is 1/8 day per ms: exact in binary, so results compare exactly.
const options: PlaybackOptions = {
	speed: 125,
	stops: ['2003-01-10', '2003-02-01', '2004-06-15'],
	holdAtStopMs: 1000,
	reducedMotion: false
};
const playing = (day: string, holdMs = 0, dayFraction = 0): PlaybackState => ({
	day,
	playing: true,
	holdMs,
	dayFraction
});

describe('advance', () => {
	it.each([
		['moves by speed × time', playing('2003-01-01'), 40, {}, playing('2003-01-06')],
		['keeps part of a day', playing('2003-01-01'), 4, {}, playing('2003-01-01', 0, 0.5)],
		['completes a day from parts', playing('2003-01-01', 0, 0.5), 4, {}, playing('2003-01-02')],
		['lands on a stop and holds', playing('2003-01-01'), 72, {}, playing('2003-01-10', 1000)],
		['carries time into the hold', playing('2003-01-01'), 272, {}, playing('2003-01-10', 800)],
		['carries time after the hold', playing('2003-01-10', 100), 116, {}, playing('2003-01-12')],
		['leaves a stop for the next', playing('2003-01-10'), 176, {}, playing('2003-02-01', 1000)],
		['rests on each stop it passes', playing('2003-01-10'), 10_000, {}, playing('2005-10-06')],
		[
			'ends at the last day',
			playing('2006-12-20'),
			1_000,
			{},
			{ day: '2006-12-31', playing: false, holdMs: 0, dayFraction: 0 }
		],
		['holds with no speed', playing('2003-01-01'), 100, { speed: 0 }, playing('2003-01-01')],
		['ignores no time', playing('2003-01-02', 5), 0, {}, playing('2003-01-02', 5)],
		['ignores broken time', playing('2003-01-02', 5), NaN, {}, playing('2003-01-02', 5)],
		[
			'jumps with reduced motion',
			playing('2003-01-02'),
			1,
			{ reducedMotion: true },
			playing('2003-01-10', 999)
		],
		[
			'waits between jumps',
			playing('2003-01-10', 500),
			600,
			{ reducedMotion: true },
			playing('2003-02-01', 900)
		],
		[
			'jumps again after each wait',
			playing('2003-01-10', 500),
			1600,
			{ reducedMotion: true },
			playing('2004-06-15', 900)
		]
	])('%s', (_name, state, elapsed, overrides, expected) => {
		expect(advance(state, elapsed, { ...options, ...overrides })).toEqual(expected);
	});

	it('does nothing when paused', () => {
		const paused = { ...playing('2004-01-01'), playing: false };
		expect(advance(paused, 1000, options)).toBe(paused);
	});

	it('visits every stop, holding on each, even with a huge elapsed time', () => {
		const seen: string[] = [];
		let state = startPlaying('2003-01-01');
		for (let frame = 0; state.playing && frame < 100_000; frame++) {
			state = advance(state, 16, { ...options, speed: SPEEDS.fast });
			if (state.holdMs > 0 && seen.at(-1) !== state.day) seen.push(state.day);
		}
		expect(seen).toEqual(options.stops);
		expect(state).toMatchObject({ day: '2006-12-31', playing: false });
		expect(advance(startPlaying('2003-01-01'), 1e300, options)).toMatchObject({
			day: '2006-12-31',
			playing: false
		});
	});

	it('splits time freely: advance(advance(s, a), b) = advance(s, a + b)', () => {
		const stops = fc
			.uniqueArray(fc.integer({ min: 1, max: 1460 }), { maxLength: 8 })
			.map((offsets) => offsets.sort((a, b) => a - b).map((n) => addDays('2003-01-01', n)));
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 1460 }),
				fc.array(fc.integer({ min: 0, max: 5_000 }), { minLength: 1, maxLength: 20 }),
				stops,
				fc.constantFrom(125, 250, 500, 1000),
				fc.integer({ min: 0, max: 3000 }),
				fc.boolean(),
				(start, steps, stopDays, speed, holdAtStopMs, reducedMotion) => {
					const opts = { speed, stops: stopDays, holdAtStopMs, reducedMotion };
					const first = startPlaying(addDays('2003-01-01', start));
					const stepwise = steps.reduce((s, ms) => advance(s, ms, opts), first);
					const total = steps.reduce((sum, ms) => sum + ms, 0);
					expect(stepwise).toEqual(advance(first, total, opts));
				}
			)
		);
	});
});

describe('startPlaying', () => {
	it.each([
		['2005-05-05', '2005-05-05'],
		['2006-12-31', '2003-01-01'],
		['2010-01-01', '2003-01-01'],
		['2001-01-01', '2003-01-01'],
		['not a day', '2003-01-01']
	])('from %s plays from %s', (day, from) => {
		expect(startPlaying(day)).toEqual(playing(from));
	});

	it('plays the period in about 25 s at normal speed', () => {
		const noStops = { ...options, stops: [], speed: SPEEDS.normal };
		expect(advance(startPlaying('2003-01-01'), 24_000, noStops).playing).toBe(true);
		expect(advance(startPlaying('2003-01-01'), 25_000, noStops).playing).toBe(false);
	});
});
