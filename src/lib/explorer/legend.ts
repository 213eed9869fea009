/**
 * The map legend's words, for the legend under the map (MapLegend.svelte) and the exported image:
 * what the colours count, and the swatches with their words.
 */
import type { IsoDay } from '$lib/data/types';
import type { Locale } from '$lib/i18n/locales';
import type { Messages } from '$lib/i18n/messages';
import { BINS } from '$lib/map/choropleth';
import type { ViewState } from '$lib/url/viewState';
import { countingWords, filterDescription } from './describe';
import { periodInWords } from './range';

/** One swatch of the legend: the map's fill class it shows (`none`, `already`, `bin-1`…, `nodata`) and its words. */
export interface LegendItem {
	swatch: string;
	label: string;
}

/**
 * What the map's colours count, in words, as the legend says it: "Instruments joined per
 * country", "Instruments joined between 1 January and 31 December 2005, per country", then the
 * filters ("; filtered: only Legislation").
 */
export function legendTitle(
	view: Pick<ViewState, 'members' | 'meetings' | 'kinds' | 'seedOnly' | 'minConfidence'>,
	from: IsoDay | null,
	day: IsoDay,
	m: Messages,
	locale: Locale
): string {
	const words = m.map.legend;
	const counted = countingWords(view, m).short;
	const filters = filterDescription(view, m);
	const what =
		from === null
			? `${counted} ${words.perCountry}`
			: `${counted} ${periodInWords(from, day, m, locale)}, ${words.perCountry}`;
	return filters ? what + words.filtered(filters) : what;
}

/** The legend's swatches: as the map's legend lists them, for a day or for a period. */
export function legendItems(period: boolean, m: Messages): LegendItem[] {
	const words = m.map.legend;
	return [
		...(period
			? [
					{ swatch: 'none', label: words.nothing },
					{ swatch: 'already', label: words.nothingNew }
				]
			: [{ swatch: 'none', label: words.none }]),
		...BINS.map((bin, index) => ({ swatch: `bin-${index + 1}`, label: bin.label })),
		{ swatch: 'nodata', label: words.noData }
	];
}
