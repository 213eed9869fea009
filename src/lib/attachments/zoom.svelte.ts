/**
 * d3-zoom as a Svelte attachment: d3 interprets wheel, pinch, drag and double-tap gestures, Svelte
 * keeps owning the DOM. The current transform is reactive; buttons call `zoomBy` and `reset`.
 */
import { select } from 'd3-selection';
import { zoom, zoomIdentity, type D3ZoomEvent, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';

/** Options of a zoom controller. */
export interface ZoomOptions {
	/** Smallest and largest scale factor. */
	scaleExtent: [number, number];
	/** Size of the zoomed area in its own coordinates, to keep panning inside it. */
	size: () => [number, number];
	/** Return false to let an event through to the page (for example a drag on a slider handle). */
	allow?: (event: Event) => boolean;
}

/** A d3-zoom behaviour bound to one element through an attachment. */
export class ZoomController {
	/** The current transform (identity when not zoomed). */
	transform: ZoomTransform = $state.raw(zoomIdentity);
	#behavior: ZoomBehavior<Element, unknown>;
	#node: Element | null = null;
	#options: ZoomOptions;

	constructor(options: ZoomOptions) {
		this.#options = options;
		this.#behavior = zoom<Element, unknown>()
			.scaleExtent(options.scaleExtent)
			.filter((event: Event) => {
				const mouse = event as MouseEvent;
				if (mouse.button > 0 || (mouse.ctrlKey && event.type !== 'wheel')) return false;
				return options.allow?.(event) ?? true;
			})
			.on('zoom', (event: D3ZoomEvent<Element, unknown>) => {
				this.transform = event.transform;
			});
	}

	/** The attachment: `<div {@attach controller.attach}>`. */
	attach = (node: Element) => {
		this.#node = node;
		const [width, height] = this.#options.size();
		this.#behavior.extent([
			[0, 0],
			[width, height]
		]);
		this.#behavior.translateExtent([
			[0, 0],
			[width, height]
		]);
		// No double-click or double-tap zoom: a second tap on a country must select it.
		select(node).call(this.#behavior).on('dblclick.zoom', null);
		return () => {
			select(node).on('.zoom', null);
			this.#node = null;
		};
	};

	/** Zooms by a factor around the centre (buttons, keys). */
	zoomBy(factor: number): void {
		if (this.#node) this.#behavior.scaleBy(select(this.#node), factor);
	}

	/** Centres the view on a point of the unzoomed content, keeping the scale. */
	centerOn(x: number, y: number): void {
		if (this.#node) this.#behavior.translateTo(select(this.#node), x, y);
	}

	/** Back to the whole extent. */
	reset(): void {
		if (this.#node) this.#behavior.transform(select(this.#node), zoomIdentity);
	}
}
