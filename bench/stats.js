/** Small statistics helpers for the benchmark. */

/**
 * The `q` quantile (0–1) of `values` by nearest rank; `NaN` when empty.
 * @param {number[]} values
 * @param {number} q
 */
export function quantile(values, q) {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
	return sorted[rank - 1];
}

/**
 * Median, p95, mean and max of `values`, rounded to 0.01.
 * @param {number[]} values
 */
export function summarize(values) {
	const round = (/** @type {number} */ value) => Math.round(value * 100) / 100;
	const mean = values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : NaN;
	return {
		count: values.length,
		median: round(quantile(values, 0.5)),
		p95: round(quantile(values, 0.95)),
		mean: round(mean),
		max: round(values.length ? Math.max(...values) : NaN)
	};
}

/** @typedef {ReturnType<typeof summarize>} Summary */
