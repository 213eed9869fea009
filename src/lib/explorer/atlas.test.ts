import { describe, expect, it } from 'vitest';
import { explorerData } from '$lib/data/explorerData';
import { participationOn } from '$lib/data/participation';
import { addDays } from '$lib/time/day';
import { stopOnOrBefore } from '$lib/timeline/stepping';
import { Atlas } from './atlas';

describe('Atlas', () => {
	const atlas = new Atlas(explorerData());

	it('looks up events, countries and names from the shipped data', () => {
		expect(atlas.eventById.get('london-action-plan-2004')?.date).toBe('2004-10-11');
		expect(atlas.countries).toContain('SGP');
		expect(atlas.nameOf('KOR')).toBe('South Korea');
		expect(atlas.nameOf('XYZ')).toBe('XYZ');
		expect(atlas.known.eventIds.has('london-action-plan-2004')).toBe(true);
		expect(atlas.known.countries.has('TWN')).toBe(true);
	});

	it.each(['2003-12-31', '2004-05-01', '2005-04-27', '2006-12-31'])(
		'counts the same participation as the dataset on %s',
		(day) => {
			const counts = (map: Map<string, unknown[]>) =>
				Object.fromEntries([...map].map(([id, list]) => [id, list.length]));
			expect(counts(atlas.index.participationOn(day))).toEqual(counts(participationOn(day)));
		}
	);
});

describe('counting on the last change day', () => {
	const atlas = new Atlas(explorerData());
	const counts = (map: Map<string, unknown[]>) =>
		Object.fromEntries([...map].map(([id, list]) => [id, list.length]));

	// The explorer recolours the map only when the last change day moves (explorer.svelte.ts).
	it.each([false, true])('gives the same map on every day (meetings %s)', (includeMeetings) => {
		const changes = atlas.index.changeDays({ includeMeetings });
		for (let i = 0; i < 1461; i++) {
			const day = addDays('2003-01-01', i);
			const key = stopOnOrBefore(changes, day) ?? '2003-01-01';
			expect(counts(atlas.index.participationOn(key, { includeMeetings }))).toEqual(
				counts(atlas.index.participationOn(day, { includeMeetings }))
			);
		}
	});
});
