/**
 * Which timeline marks may carry their short title, and with what priority: the bridge between the
 * laid-out marks (`layout.ts`) and the label placer (`labels.ts`).
 */
import type { PlacedEvent } from './layout';
import { estimateTextWidth, labelPriority, type LabelCandidate } from './labels';

/** The labels' font size in px (the CSS uses the same, see EventMarks.svelte). */
export const LABEL_FONT_PX = 11;
/**
 * Fallback faces on some systems (DejaVu Sans) run about 10 % wider than the estimate's Arial
 * metrics: the box is made that much wider, and a label that still overflows is cut with an ellipsis.
 */
const WIDTH_MARGIN = 1.12;

/** The events that are always labelled, by id. */
export interface MustLabel {
	selected: string | null;
	hovered: string | null;
	latest: string | null;
}

/** The band a mark and its label share: its lane and row. */
export const bandOf = (placed: Pick<PlacedEvent, 'lane' | 'row'>): string =>
	`${placed.lane}:${placed.row}`;

/** One label candidate per placed mark, its width estimated from the event's short title. */
export function labelCandidates(placed: readonly PlacedEvent[], must: MustLabel): LabelCandidate[] {
	return placed.map(({ event, x0, x1, lane, row }) => {
		const always =
			event.id === must.selected || event.id === must.hovered || event.id === must.latest;
		return {
			id: event.id,
			band: bandOf({ lane, row }),
			x0,
			x1,
			width: Math.ceil(estimateTextWidth(event.shortTitle, LABEL_FONT_PX) * WIDTH_MARGIN),
			priority: labelPriority(
				{ category: event.category, participantCount: event.participants.length },
				always
			)
		};
	});
}
