import { explorerData } from '$lib/data/explorerData';

/** The explorer's events and country names, serialised into the prerendered page. */
export function load() {
	return explorerData();
}
