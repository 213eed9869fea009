import { describe, expect, it } from 'vitest';
import { directionOf, nearestInDirection, type Direction } from './keyboardNav';
import type { MapPoint } from './geometry';

const grid: { id: string; point: MapPoint }[] = [
	{ id: 'CENTRE', point: [100, 100] },
	{ id: 'EAST_NEAR', point: [130, 105] },
	{ id: 'EAST_FAR', point: [300, 100] },
	{ id: 'NORTH', point: [100, 40] },
	{ id: 'SOUTH_EAST', point: [150, 170] },
	{ id: 'WEST', point: [20, 90] }
];

describe('nearestInDirection', () => {
	const cases: [Direction, string | null][] = [
		['right', 'EAST_NEAR'],
		['left', 'WEST'],
		['up', 'NORTH'],
		['down', 'SOUTH_EAST']
	];
	it.each(cases)('from the centre, %s → %s', (direction, expected) => {
		const others = grid.filter((c) => c.id !== 'CENTRE');
		expect(nearestInDirection([100, 100], others, direction)).toBe(expected);
	});

	it('returns null when nothing lies that way', () => {
		expect(nearestInDirection([300, 100], grid, 'right')).toBeNull();
	});

	it('ignores the starting point itself', () => {
		expect(nearestInDirection([100, 100], [{ id: 'SELF', point: [100, 100] }], 'up')).toBeNull();
	});
});

describe('directionOf', () => {
	it.each([
		['ArrowLeft', 'left'],
		['ArrowRight', 'right'],
		['ArrowUp', 'up'],
		['ArrowDown', 'down'],
		['Enter', null]
	])('%s → %s', (key, expected) => {
		expect(directionOf(key)).toBe(expected);
	});
});
