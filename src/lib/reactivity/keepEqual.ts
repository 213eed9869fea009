/**
 * A memo for values rebuilt from a larger state: `keep(next)` returns the value it returned last
 * when `equal` finds it equal to `next`, else `next`. A `$derived` that picks a few fields of the
 * view into a new object returns it through `keep`, so what depends on that object is not
 * recomputed when only other parts of the view changed (Svelte compares a derived's values by
 * identity).
 */
export function keepEqual<T>(equal: (a: T, b: T) => boolean): (next: T) => T {
	let last: { value: T } | null = null;
	return (next) => {
		if (last && equal(last.value, next)) return last.value;
		last = { value: next };
		return next;
	};
}
