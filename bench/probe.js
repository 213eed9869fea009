/**
 * In-page bookkeeping for the interaction benchmarks, kept tiny so it costs next to nothing:
 * `installProbe` is serialised into the page (`page.evaluate(installProbe)`) and must not use
 * anything from this module's scope. For each event of the watched type it records, in a capture
 * listener on `window`, the date slider's value and the `data-country` under the event. The timing
 * itself comes from a Chromium trace (`trace.js`); these records say which of the traced events
 * changed the date or hovered a country.
 */

/**
 * @typedef {object} ProbeRecord
 * @property {string} value the sliders' `aria-valuenow` when the event arrived (date, and start in a period view)
 * @property {string | null} country the `data-country` of the event target, if any
 */

/** Installs `window.__probe`. Browser-side; self-contained. */
export function installProbe() {
	/** @type {any} */
	const w = window;
	if (w.__probe) return;
	// The sliders, found once (a selector query on every event would weigh on what is measured):
	// the date's, and in a period view the start's too, so a drag of either counts.
	/** @type {Element[]} */
	let sliders = [];
	const value = () => {
		if (!sliders.every((slider) => slider.isConnected) || sliders.length === 0)
			sliders = [...document.querySelectorAll('[role="slider"]')];
		return sliders.map((slider) => slider.getAttribute('aria-valuenow') ?? '').join(' ');
	};
	const probe = {
		/** @type {ProbeRecord[]} */
		records: [],
		/** @type {string | null} */
		type: null,
		/** @param {Event} event */
		listener(event) {
			const target = event.target instanceof Element ? event.target : null;
			const country = target?.closest('[data-country]')?.getAttribute('data-country') ?? null;
			probe.records.push({ value: value(), country });
		},
		/** Starts recording every `type` event on the page. @param {string} type */
		watch(type) {
			probe.stop();
			probe.records = [];
			probe.type = type;
			window.addEventListener(type, probe.listener, { capture: true });
		},
		/** Stops recording; returns the records and the slider's value now. */
		stop() {
			if (probe.type) window.removeEventListener(probe.type, probe.listener, { capture: true });
			probe.type = null;
			return { records: probe.records, final: value() };
		},
		/**
		 * Whether a visible tooltip names `country` (by the name in its map label).
		 * @param {string} country
		 */
		tooltipShows(country) {
			const tip = /** @type {HTMLElement | null} */ (document.querySelector('[role="tooltip"]'));
			if (!tip || tip.offsetWidth === 0 || tip.offsetHeight === 0) return false;
			const label = document
				.querySelector(`[data-country="${country}"][aria-label]`)
				?.getAttribute('aria-label');
			const name = label ? label.split(':')[0] : null;
			return name ? (tip.textContent ?? '').includes(name) : true;
		}
	};
	w.__probe = probe;
}
