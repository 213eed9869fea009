import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { ComponentProps } from 'svelte';
import { labelCandidates, type MustLabel } from '$lib/timeline/markLabels';
import { placeLabels } from '$lib/timeline/labels';
import { layoutEvents, roundTo, timeScale } from '$lib/timeline/layout';
import { contextFor, findAll, textOf } from '$lib/components/WorldMap/testing';
import { eventOf, eventsIn, marksIn, tooltipText } from './testing';
import EventMarks from './EventMarks.svelte';

type Props = ComponentProps<typeof EventMarks>;

const EVENTS = eventsIn('en');
/** The real events laid out as the timeline lays them out at its default width. */
const PLACED = layoutEvents(EVENTS, timeScale(960, undefined, 22), { minMarkWidth: 12, gap: 3 });
const NO_MUST: MustLabel = { selected: null, hovered: null, latest: null };
/** The labels that find room at that width (with `must` always labelled). */
const labelsFor = (must: Partial<MustLabel> = {}) =>
	placeLabels(labelCandidates(PLACED, { ...NO_MUST, ...must }), { width: 960, gap: 4 });

function renderMarks(patch: Partial<Props> = {}, locale: 'en' | 'fr' = 'en'): string {
	const props: Props = {
		placed: PLACED,
		labels: [],
		latest: null,
		selected: null,
		hovered: null,
		country: null,
		toLength: (px) => `${px}px`,
		onShowEvent: () => {},
		onHoverEvent: () => {},
		...patch
	};
	return render(EventMarks, { props, context: contextFor(locale) }).body;
}

/** The labels drawn, as [text, classes] in document order. */
const labelsIn = (html: string) =>
	[...html.matchAll(/<span class="(label [^"]*)"[^>]*>([^<]*)<\/span>/g)].map(
		([, classes, text]) => ({ text, classes: classes.split(/\s+/) })
	);

describe('EventMarks', () => {
	it('labels the marks that found room with their short titles, where the placer put them', () => {
		const labels = labelsFor();
		expect(labels.length).toBeGreaterThan(3);
		expect(labels.length).toBeLessThan(EVENTS.length);
		const html = renderMarks({ labels });
		expect(labelsIn(html).map((label) => label.text)).toEqual(
			labels.map((label) => eventOf(EVENTS, label.id).shortTitle)
		);
		const spans = findAll(html, (element) => element.classes.includes('label'));
		expect(spans.map((span) => span.attributes.style.match(/left: ([\d.]+)px/)?.[1])).toEqual(
			labels.map((label) => String(roundTo(label.x0, 2)))
		);
		// Labels are seen, not heard: the marks carry the names.
		const [overlay] = findAll(html, (element) => element.classes.includes('overlay'));
		expect(overlay.attributes['aria-hidden']).toBe('true');
	});

	it('draws no label it is not given', () => {
		expect(labelsIn(renderMarks())).toEqual([]);
	});

	it.each([
		['the selected event', { selected: 'london-action-plan-2004' }, ['London Action Plan']],
		['the latest event', { latest: 'operation-spam-zombies-2005' }, ['Operation Spam Zombies']],
		[
			'the selected and the latest events',
			{ selected: 'london-action-plan-2004', latest: 'operation-spam-zombies-2005' },
			['London Action Plan', 'Operation Spam Zombies']
		],
		['no event', {}, []]
	] as [string, Partial<Props>, string[]][])('makes bold the label of %s', (_, patch, strong) => {
		const labels = labelsFor({ selected: patch.selected, latest: patch.latest });
		const drawn = labelsIn(renderMarks({ labels, ...patch }));
		expect(drawn.filter((label) => label.classes.includes('strong')).map((l) => l.text)).toEqual(
			strong
		);
	});

	it.each([
		[
			'a day, with high confidence',
			'ftc-aepd-commercial-email-mou-2005',
			'FTC–AEPD MoU on commercial e-mail enforcement (United States–Spain) 24 February 2005 · Bilateral MoU · 2 countries'
		],
		[
			'a month, with low confidence',
			'asean-atrc-anti-spam-working-group-2004',
			'ASEAN regulators agree to form an anti-spam working group (ATRC, Vientiane) July 2004 · Initiative · 10 countries Only the month is known. Low confidence: see the details.'
		],
		[
			'no country',
			'isc-industry-anti-spam-mou-2004',
			'Internet Society of China MoU with eBay, Microsoft, AOL and Yahoo! 2 September 2004 · Industry MoU · no country mapped'
		]
	])('shows the hovered event’s tooltip: %s', (_, id, text) => {
		expect(tooltipText(renderMarks({ hovered: id }))).toBe(text);
	});

	it.each(['FRA', 'KOR', 'USA'])(
		'lights the events %s took part in and dims the others',
		(country) => {
			const html = renderMarks({ country });
			const lit = marksIn(html).filter((mark) => mark.classes.includes('lit'));
			const expected = EVENTS.filter((event) =>
				event.participants.some((p) => p.country === country)
			);
			expect(expected.length).toBeGreaterThan(0);
			expect(lit).toHaveLength(expected.length);
			for (const event of expected)
				expect(
					lit.some((mark) => mark.attributes['aria-label'].startsWith(`${event.title}, `))
				).toBe(true);
			expect(marksIn(html).filter((mark) => mark.classes.includes('dim'))).toHaveLength(
				EVENTS.length - expected.length
			);
		}
	);

	it('speaks French in its tooltip', () => {
		const events = eventsIn('fr');
		const placed = layoutEvents(events, timeScale(960, undefined, 22), {
			minMarkWidth: 12,
			gap: 3
		});
		const html = renderMarks(
			{ placed, hovered: 'asean-atrc-anti-spam-working-group-2004', latest: null },
			'fr'
		);
		expect(tooltipText(html)).toBe(
			'Les régulateurs de l’ASEAN conviennent de créer un groupe de travail anti-spam (ATRC, Vientiane) juillet 2004 · Initiative · 10 pays Seul le mois est connu. Confiance faible : voir les détails.'
		);
		expect(textOf(html)).not.toContain('Only the month');
	});
});
