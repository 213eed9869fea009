/**
 * A fixture for the animated export's tests: the source Explorer.svelte gathers (`animationOf`),
 * built from the real data in a language and a view, as the explorer derives it.
 */
import { atlasIn, countingOf } from '$lib/components/testing';
import { matchesFilter } from '$lib/data/participationIndex';
import { selectionDay } from '$lib/explorer/describe';
import { happeningFinder, latestEventFinder } from '$lib/explorer/summary';
import en from '$lib/i18n/en';
import es from '$lib/i18n/es';
import fr from '$lib/i18n/fr';
import type { Locale } from '$lib/i18n/locales';
import { DEFAULT_VIEW, serializeViewState, type ViewState } from '$lib/url/viewState';
import type { AnimationSource } from './source';

/** The address the fixture's views are at. */
export const ORIGIN = 'https://atlas.example/';

const MESSAGES = { en, fr, es };

/** An animation source as Explorer.svelte gathers it, from the real data in `locale` and `view`. */
export function sourceOf(view: ViewState = DEFAULT_VIEW, locale: Locale = 'en'): AnimationSource {
	const atlas = atlasIn(locale);
	const counting = countingOf(view);
	const visible = atlas.events.filter((event) => matchesFilter(event, counting.filter));
	return {
		view,
		stops: [...new Set(visible.map(selectionDay))].sort(),
		window: () => atlas.index.window(counting),
		counting,
		latestOn: latestEventFinder(visible, counting),
		happeningOn: happeningFinder(visible),
		places: atlas.places,
		m: MESSAGES[locale],
		locale,
		urlOf: (shown) => `${ORIGIN}?${serializeViewState(shown)}`,
		shapesUrl: '/geo/shapes.json'
	};
}
