import { describe, expect, it } from 'vitest';
import { explorerData } from '$lib/data/explorerData';
import { DEFAULT_COUNTING } from '$lib/data/participationIndex';
import { summarizePeriod } from '$lib/explorer/range';
import { summarizeDay } from '$lib/explorer/summary';
import en from '$lib/i18n/en';
import fr from '$lib/i18n/fr';
import { DEFAULT_VIEW } from '$lib/url/viewState';
import { viewExport, type ViewSource } from './viewExport';

const data = explorerData('en');
const seoulMelbourne = data.events.find((e) => e.id === 'seoul-melbourne-multilateral-mou-2005')!;
const names = new Map(data.countries.map((country) => [country.id, country.name]));

function source(patch: Partial<ViewSource> = {}): ViewSource {
	return {
		view: { ...DEFAULT_VIEW, date: '2005-04-27' },
		day: '2005-04-27',
		from: null,
		periodNumbers: null,
		countries: 40,
		counting: DEFAULT_COUNTING,
		latest: seoulMelbourne,
		places: data.countries,
		counts: new Map([['KOR', 3]]),
		alreadyIn: null,
		focusEvent: null,
		nameOf: (id) => names.get(id) ?? id,
		m: en,
		locale: 'en',
		url: 'https://anti-spam-atlas.example/?date=2005-04-27',
		shapesUrl: '/geo/shapes.json',
		...patch
	};
}

describe('viewExport', () => {
	it('says a day as the day summary says it', () => {
		const exported = viewExport(source(), en.share);
		const day = summarizeDay('2005-04-27', 40, seoulMelbourne, DEFAULT_COUNTING, en, 'en');
		expect(exported.words.when).toBe('27 April 2005');
		expect(exported.words.summary).toBe(day.countries + day.latestPart);
		expect(exported.words.focus).toBeNull();
		expect(exported.words.legendTitle).toBe('Instruments joined per country');
		expect(exported.words.legend.map((item) => item.swatch)).not.toContain('already');
	});

	it.each([
		[
			'a selected country',
			{ view: { ...DEFAULT_VIEW, date: '2005-04-27', country: 'KOR' } },
			'Selected: South Korea'
		],
		[
			'an outlined event',
			{
				view: { ...DEFAULT_VIEW, date: '2005-04-27', event: seoulMelbourne.id },
				focusEvent: seoulMelbourne
			},
			'Outlined: participants of Seoul–Melbourne MoU'
		]
	] as const)('names %s', (_, patch, focus) => {
		expect(viewExport(source(patch), en.share).words.focus).toBe(focus);
	});

	it('says a period as the period summary says it, with its own legend', () => {
		const numbers = { countries: 12, instruments: 5, events: 14 };
		const exported = viewExport(
			source({ from: '2005-01-01', day: '2005-12-31', periodNumbers: numbers }),
			en.share
		);
		const period = summarizePeriod('2005-01-01', '2005-12-31', numbers, DEFAULT_COUNTING, en, 'en');
		expect(exported.words.when).toBe(period.heading);
		expect(exported.words.summary).toBe(period.line);
		expect(exported.words.legend.map((item) => item.swatch)).toContain('already');
		expect(exported.view).toEqual({
			date: '2005-12-31',
			from: '2005-01-01',
			country: null,
			event: null
		});
	});

	it('draws the map as the explorer does: its places, counts and selection', () => {
		const exported = viewExport(
			source({ view: { ...DEFAULT_VIEW, date: '2005-04-27', country: 'KOR' } }),
			en.share
		);
		expect(exported.map.places).toBe(data.countries);
		expect(exported.map.counts.get('KOR')).toBe(3);
		expect(exported.map.selected).toBe('KOR');
	});

	it('speaks the page’s language', () => {
		const exported = viewExport(source({ m: fr, locale: 'fr' }), fr.share);
		expect(exported.words.lang).toBe('fr');
		expect(exported.words.when).toBe('27 avril 2005');
		expect(exported.words.source).toBe(fr.share.source);
		expect(exported.words.siteName).toBe(fr.site.name);
	});
});
