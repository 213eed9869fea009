/**
 * Label placement at 1×, 10× and 100× today's events (synthetic copies, see
 * src/lib/data/synthetic.ts): the timeline's whole label pass at a 1280 px chart, as the explorer
 * runs it on every zoom, pan or change of the selected, hovered or latest event. Run by
 * `npm run bench -- --scale` (or `npx vitest bench --run bench/labels.bench.ts`).
 */
import { bench, describe } from 'vitest';
import { explorerData } from '$lib/data/explorerData';
import { synthesize } from '$lib/data/synthetic';
import { placeLabels } from '$lib/timeline/labels';
import { layoutEvents, timeScale } from '$lib/timeline/layout';
import { labelCandidates } from '$lib/timeline/markLabels';

const WIDTH = 1280;
const x = timeScale(WIDTH, undefined, 22);
const { events } = explorerData();

describe('label placement, 1280 px', () => {
	for (const scale of [1, 10, 100]) {
		const scaled = synthesize(events, scale);
		const placed = layoutEvents(scaled, x, { minMarkWidth: 12, gap: 3 });
		const latest = scaled.at(-1)?.id ?? null;
		bench(`${scale}× (${scaled.length} events)`, () => {
			placeLabels(labelCandidates(placed, { selected: null, hovered: null, latest }), {
				width: WIDTH,
				gap: 4
			});
		});
	}
});
