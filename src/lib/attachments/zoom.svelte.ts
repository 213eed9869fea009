/**
 * Zoom and pan gestures as a Svelte attachment: wheel, drag, two-finger pinch, plus buttons.
 * It follows d3-zoom's model (see zoomTransform.ts) without the package: d3-zoom and the modules it
 * pulls in (transition, drag, dispatch…) cost 14 KB gzip, a seventh of the page's byte budget, for
 * what these few handlers do. Svelte keeps owning the DOM; the transform is reactive state.
 */
import {
	IDENTITY,
	centerOn,
	panBy,
	zoomAt,
	type Transform,
	type ZoomExtent
} from './zoomTransform';

/** Options of a zoom controller. */
export interface ZoomOptions {
	/** Smallest and largest scale factor. */
	scaleExtent: [number, number];
	/** Size of the zoomed content in its own units (an SVG's viewBox size, or CSS pixels). */
	size: () => [number, number];
	/** Return false to let an event through untouched (for example a drag on a slider handle). */
	allow?: (event: Event) => boolean;
}

/** A drag shorter than this (in CSS pixels) is a click, not a pan. */
const CLICK_DISTANCE = 4;

/** Zoom state of one element, driven by gestures on it and by method calls. */
export class ZoomController {
	/** The current transform (identity when not zoomed). */
	transform: Transform = $state.raw(IDENTITY);
	#options: ZoomOptions;
	#pointers = new Map<number, { x: number; y: number }>();
	#travelled = 0;

	constructor(options: ZoomOptions) {
		this.#options = options;
	}

	#extent(): ZoomExtent {
		const [width, height] = this.#options.size();
		return { width, height, scaleExtent: this.#options.scaleExtent };
	}

	/** Converts client coordinates to the content's units. */
	#local(node: Element, clientX: number, clientY: number): [number, number] {
		if (node instanceof SVGSVGElement) {
			const matrix = node.getScreenCTM()?.inverse();
			if (matrix) {
				const point = new DOMPoint(clientX, clientY).matrixTransform(matrix);
				return [point.x, point.y];
			}
		}
		const box = node.getBoundingClientRect();
		const [width, height] = this.#options.size();
		return [
			((clientX - box.left) * width) / (box.width || 1),
			((clientY - box.top) * height) / (box.height || 1)
		];
	}

	/** The attachment: `<svg {@attach controller.attach}>`. */
	attach = (node: Element) => {
		const allowed = (event: Event) => this.#options.allow?.(event) ?? true;
		const onWheel = (event: WheelEvent) => {
			if (!allowed(event)) return;
			event.preventDefault();
			const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode === 2 ? 1 : 0.002;
			const factor = 2 ** (-event.deltaY * unit * (event.ctrlKey ? 5 : 1));
			const point = this.#local(node, event.clientX, event.clientY);
			this.transform = zoomAt(this.transform, point, factor, this.#extent());
		};
		const onDown = (event: PointerEvent) => {
			if (event.button > 0 || !allowed(event)) return;
			if (this.#pointers.size === 0) this.#travelled = 0;
			this.#pointers.set(event.pointerId, { x: event.clientX, y: event.clientY });
		};
		const onMove = (event: PointerEvent) => {
			const previous = this.#pointers.get(event.pointerId);
			if (!previous) return;
			const current = { x: event.clientX, y: event.clientY };
			this.#travelled += Math.hypot(current.x - previous.x, current.y - previous.y);
			if (this.#travelled >= CLICK_DISTANCE && !node.hasPointerCapture(event.pointerId)) {
				node.setPointerCapture(event.pointerId);
			}
			const others = [...this.#pointers].filter(([id]) => id !== event.pointerId);
			const [from, to] = [previous, current].map((p) => this.#local(node, p.x, p.y));
			if (others.length === 0) {
				this.transform = panBy(this.transform, to[0] - from[0], to[1] - from[1], this.#extent());
			} else {
				// Pinch: scale by the change in finger distance around the other finger.
				const [, other] = others[0];
				const anchor = this.#local(node, other.x, other.y);
				const before = Math.hypot(from[0] - anchor[0], from[1] - anchor[1]);
				const after = Math.hypot(to[0] - anchor[0], to[1] - anchor[1]);
				if (before > 0) {
					this.transform = zoomAt(this.transform, anchor, after / before, this.#extent());
				}
			}
			this.#pointers.set(event.pointerId, current);
		};
		const onUp = (event: PointerEvent) => {
			this.#pointers.delete(event.pointerId);
		};
		// A pan must not end in a click that selects whatever lies under the pointer.
		const onClick = (event: MouseEvent) => {
			if (this.#travelled >= CLICK_DISTANCE) {
				event.stopPropagation();
				event.preventDefault();
				this.#travelled = 0;
			}
		};
		const listeners: [string, EventListener, AddEventListenerOptions?][] = [
			['wheel', onWheel as EventListener, { passive: false }],
			['pointerdown', onDown as EventListener],
			['pointermove', onMove as EventListener],
			['pointerup', onUp as EventListener],
			['pointercancel', onUp as EventListener],
			['click', onClick as EventListener, { capture: true }]
		];
		for (const [type, listener, options] of listeners)
			node.addEventListener(type, listener, options);
		return () => {
			for (const [type, listener, options] of listeners) {
				node.removeEventListener(type, listener, options);
			}
			this.#pointers.clear();
		};
	};

	/** Zooms by a factor around the centre (buttons). */
	zoomBy(factor: number): void {
		const extent = this.#extent();
		this.transform = zoomAt(this.transform, [extent.width / 2, extent.height / 2], factor, extent);
	}

	/** Centres the view on a point of the unzoomed content, keeping the scale. */
	centerOn(x: number, y: number): void {
		this.transform = centerOn(this.transform, [x, y], this.#extent());
	}

	/** Back to the whole extent. */
	reset(): void {
		this.transform = IDENTITY;
	}
}
