import { scaleTime } from '$lib/timeline/timeScale';
import { describe, expect, it } from 'vitest';
import {
	IDENTITY,
	centerOn,
	constrain,
	panBy,
	rescaleX,
	toSvgTransform,
	zoomAt,
	type Transform
} from './zoomTransform';

const extent = { width: 100, height: 50, scaleExtent: [1, 8] as const };

describe('zoomAt', () => {
	const cases: [
		name: string,
		from: Transform,
		point: [number, number],
		factor: number,
		to: Transform
	][] = [
		['doubles around the centre', IDENTITY, [50, 25], 2, { k: 2, x: -50, y: -25 }],
		['doubles around the left edge', IDENTITY, [0, 0], 2, { k: 2, x: 0, y: 0 }],
		['stops at the largest scale', { k: 8, x: 0, y: 0 }, [0, 0], 2, { k: 8, x: 0, y: 0 }],
		['never zooms out past the whole', IDENTITY, [50, 25], 0.5, IDENTITY],
		['zooms back out', { k: 2, x: -50, y: -25 }, [50, 25], 0.5, IDENTITY]
	];
	it.each(cases)('%s', (_name, from, point, factor, to) => {
		expect(zoomAt(from, point, factor, extent)).toEqual(to);
	});

	it('keeps the point under the pointer in place', () => {
		const t = zoomAt({ k: 2, x: -30, y: -10 }, [70, 20], 1.5, extent);
		const before = (70 - -30) / 2;
		expect((70 - t.x) / t.k).toBeCloseTo(before);
	});
});

describe('panBy and constrain', () => {
	const cases: [name: string, from: Transform, dx: number, to: Transform][] = [
		['cannot pan the unzoomed view', IDENTITY, 30, IDENTITY],
		['pans a zoomed view', { k: 2, x: -50, y: 0 }, 20, { k: 2, x: -30, y: 0 }],
		['stops at the left edge', { k: 2, x: -10, y: 0 }, 40, { k: 2, x: 0, y: 0 }],
		['stops at the right edge', { k: 2, x: -90, y: 0 }, -40, { k: 2, x: -100, y: 0 }]
	];
	it.each(cases)('%s', (_name, from, dx, to) => {
		expect(panBy(from, dx, 0, extent)).toEqual(to);
	});

	it('clamps the scale', () => {
		expect(constrain({ k: 0.2, x: 5, y: 5 }, extent)).toEqual(IDENTITY);
	});
});

describe('centerOn', () => {
	it('puts a content point in the middle of the view', () => {
		expect(centerOn({ k: 4, x: 0, y: 0 }, [50, 25], extent)).toEqual({ k: 4, x: -150, y: -75 });
	});
});

describe('rescaleX', () => {
	const x = scaleTime([new Date(Date.UTC(2003, 0, 1)), new Date(Date.UTC(2007, 0, 1))], [0, 100]);

	it('is the same scale at identity', () => {
		expect(rescaleX(IDENTITY, x).domain()).toEqual(x.domain());
	});

	it('shows the first half when zoomed 2× on the left edge', () => {
		const half = new Date((x.domain()[0].getTime() + x.domain()[1].getTime()) / 2);
		expect(rescaleX({ k: 2, x: 0, y: 0 }, x).domain()).toEqual([x.domain()[0], half]);
	});
});

it('writes an SVG transform', () => {
	expect(toSvgTransform({ k: 2, x: -5, y: 3.5 })).toBe('translate(-5,3.5) scale(2)');
});
