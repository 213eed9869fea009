import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import type { ComponentProps } from 'svelte';
import type { IsoDay } from '$lib/data/types';
import { timeScale } from '$lib/timeline/layout';
import { dayToDate, firstDayOf } from '$lib/time/day';
import { contextFor, findAll, textOf } from '$lib/components/WorldMap/testing';
import {
	eventOf,
	eventsIn,
	latestOn,
	marksIn,
	pausedPlayer,
	slidersIn,
	stopsOf,
	tooltipText
} from './testing';
import Timeline from './Timeline.svelte';

type Props = ComponentProps<typeof Timeline>;

const EVENTS = eventsIn('en');
const FRENCH_EVENTS = eventsIn('fr');

/**
 * The timeline's props as the explorer gives them for the real events on `day` (one day shown,
 * nothing selected or hovered); `patch` changes some, and a `from` in it opens a period view.
 */
function props(patch: Partial<Props> = {}, day: IsoDay = '2005-06-30'): Props {
	const events = patch.events ?? EVENTS;
	const from = patch.from ?? null;
	return {
		player: pausedPlayer(),
		events,
		stops: stopsOf(events),
		view: { event: null, country: null, date: day, from },
		day,
		from,
		latest: latestOn(events, day),
		hovered: null,
		linkedCountry: null,
		moving: false,
		onScrub: () => {},
		onScrubEnd: () => {},
		onShowEvent: () => {},
		onHoverEvent: () => {},
		onShowDays: () => {},
		...patch
	};
}

function renderTimeline(patch: Partial<Props> = {}, day?: IsoDay, locale: 'en' | 'fr' = 'en') {
	return render(Timeline, { props: props(patch, day), context: contextFor(locale) }).body;
}

const names = (html: string) => marksIn(html).map((mark) => mark.attributes['aria-label']);
/** The accessible names of the marks of the events of `country` (highlighted; the rest dimmed). */
const litNames = (html: string) =>
	marksIn(html)
		.filter((mark) => mark.classes.includes('lit'))
		.map((mark) => mark.attributes['aria-label']);
const titlesWith = (country: string) =>
	EVENTS.filter((event) => event.participants.some((p) => p.country === country)).map(
		(event) => event.title
	);

describe('Timeline', () => {
	it('is a section headed "Timeline", with its controls, lanes and key', () => {
		const html = renderTimeline();
		expect(html).toMatch(/<h2 id="timeline-heading"[^>]*>Timeline<\/h2>/);
		const [toolbar] = findAll(html, (element) => element.attributes.role === 'toolbar');
		expect(toolbar.attributes['aria-label']).toBe('Timeline controls');
		const [group] = findAll(html, (element) => element.classes.includes('marks'));
		expect(group.attributes).toMatchObject({
			role: 'group',
			'aria-label': 'Events, in date order'
		});
		expect(textOf(html)).toContain('Agreements Meetings');
	});

	it.each([
		['every event', EVENTS],
		['the meetings only', EVENTS.filter((event) => event.category === 'meeting')],
		['one event', [eventOf(EVENTS, 'london-action-plan-2004')]],
		['no event', []]
	])('draws one mark per given event: %s', (_, events) => {
		const html = renderTimeline({ events });
		const drawn = names(html);
		expect(drawn).toHaveLength(events.length);
		// Each mark is named after its event's full title.
		expect(
			drawn.map((name) => events.find((event) => name.startsWith(`${event.title}, `))?.id)
		).toEqual(expect.arrayContaining(events.map((event) => event.id)));
	});

	it('puts the marks in date order, each in its event’s lane', () => {
		const marks = marksIn(renderTimeline());
		const eventsDrawn = marks.map((mark) => {
			const name = mark.attributes['aria-label'];
			const event = EVENTS.find((candidate) => name.startsWith(`${candidate.title}, `));
			expect(event, name).toBeDefined();
			expect(mark.classes).toContain(event!.category);
			return event!;
		});
		const starts = eventsDrawn.map((event) => firstDayOf(event.date));
		expect(starts).toEqual([...starts].sort());
		expect(new Set(eventsDrawn.map((event) => event.category))).toEqual(
			new Set(['agreement', 'meeting'])
		);
	});

	it.each([
		[
			'a day',
			'seoul-melbourne-multilateral-mou-2005',
			'Seoul–Melbourne multilateral MoU on cooperation in countering spam, 27 April 2005, Multilateral MoU',
			[]
		],
		[
			'days',
			'wsis-tunis-2005',
			'World Summit on the Information Society, Tunis phase, 16–18 November 2005, Summit',
			[]
		],
		[
			'a month, with low confidence',
			'asean-atrc-anti-spam-working-group-2004',
			'ASEAN regulators agree to form an anti-spam working group (ATRC, Vientiane), July 2004, Initiative, low confidence',
			['month', 'low']
		]
	])('names a mark dated to %s by title, date and kind', (_, id, name, classes) => {
		const [mark] = marksIn(renderTimeline({ events: [eventOf(EVENTS, id)] }));
		expect(mark.attributes['aria-label']).toBe(name);
		for (const flag of ['month', 'low'])
			expect(mark.classes.includes(flag), flag).toBe(classes.includes(flag));
	});

	it.each([
		['nothing selected: none pressed, the first mark the tab stop', null, /^IRTF Anti-Spam/],
		['an event selected: it pressed and the tab stop', 'london-action-plan-2004', /^London Action/]
	])('presses the selected event’s mark, with %s', (_, event, tabStop) => {
		const html = renderTimeline({ view: { event, country: null, date: '2005-06-30', from: null } });
		const marks = marksIn(html);
		const pressed = marks.filter((mark) => mark.attributes['aria-pressed'] === 'true');
		expect(pressed).toHaveLength(event ? 1 : 0);
		for (const mark of pressed) {
			expect(mark.attributes['aria-label']).toMatch(/^London Action Plan on international/);
			expect(mark.classes).toContain('selected');
		}
		expect(marks.filter((mark) => mark.classes.includes('selected'))).toHaveLength(pressed.length);
		const [stop, ...more] = marks.filter((mark) => mark.attributes.tabindex === '0');
		expect(more).toEqual([]);
		expect(stop.attributes['aria-label']).toMatch(tabStop);
		expect(marks.filter((mark) => mark.attributes.tabindex === '-1')).toHaveLength(
			marks.length - 1
		);
	});

	it('marks the latest event by the day with a bar in its lane, and says so in its tooltip', () => {
		const day = '2005-06-30';
		const latest = latestOn(EVENTS, day);
		expect(latest).toBe('operation-spam-zombies-2005');
		const html = renderTimeline({ hovered: latest }, day);
		const bars = findAll(html, (element) => element.classes.includes('latest-bar'));
		expect(bars).toHaveLength(1);
		// Under its mark: in the same lane and row.
		const [mark] = marksIn(html).filter((element) =>
			element.attributes['aria-label'].startsWith('Operation Spam Zombies,')
		);
		expect(bars[0].classes).toContain('agreement');
		expect(mark.classes).toContain('agreement');
		const rowOf = (style: string) => style.match(/--row-index: (\d+)/)?.[1];
		expect(rowOf(bars[0].attributes.style)).toBe(rowOf(mark.attributes.style));
		expect(tooltipText(html)).toBe(
			'Operation Spam Zombies 24 May 2005 · Enforcement campaign · 26 countries Latest event by the date shown.'
		);
	});

	it('draws no latest bar without a latest event, and no “latest” note for another event', () => {
		const html = renderTimeline({ latest: null, hovered: 'london-action-plan-2004' });
		expect(findAll(html, (element) => element.classes.includes('latest-bar'))).toEqual([]);
		expect(tooltipText(html)).toBe(
			'London Action Plan on international spam enforcement cooperation 11 October 2004 · Multilateral MoU · 12 countries'
		);
	});

	it('shows no tooltip while no mark is hovered, and places no labels before the width is known', () => {
		const html = renderTimeline();
		expect(tooltipText(html)).toBeNull();
		expect(findAll(html, (element) => element.classes.includes('label'))).toEqual([]);
	});

	it.each([
		['the map’s hovered country', { linkedCountry: 'FRA' }, 'FRA'],
		[
			'the selected country',
			{ view: { event: null, country: 'JPN', date: '2005-06-30', from: null } },
			'JPN'
		],
		[
			'the map’s hovered country over the selected one',
			{
				linkedCountry: 'FRA',
				view: { event: null, country: 'JPN', date: '2005-06-30', from: null }
			},
			'FRA'
		]
	] as [string, Partial<Props>, string][])(
		'highlights the events of %s, dimming the rest',
		(_, patch, country) => {
			const html = renderTimeline(patch);
			const lit = litNames(html);
			expect(lit.length).toBeGreaterThan(0);
			expect(
				lit.map((name) => titlesWith(country).find((title) => name.startsWith(title)))
			).not.toContain(undefined);
			expect(lit).toHaveLength(titlesWith(country).length);
			const dim = marksIn(html).filter((mark) => mark.classes.includes('dim'));
			expect(dim).toHaveLength(EVENTS.length - lit.length);
		}
	);

	it('neither highlights nor dims without a country', () => {
		const marks = marksIn(renderTimeline());
		expect(
			marks.filter((mark) => mark.classes.includes('lit') || mark.classes.includes('dim'))
		).toEqual([]);
	});

	it.each([
		['2003-01-01', '0', '1 January 2003'],
		['2005-03-15', '804', '15 March 2005'],
		['2005-06-30', '911', '30 June 2005'],
		['2006-12-31', '1460', '31 December 2006']
	])('has one date slider, on %s (%s days in: %s)', (day, now, text) => {
		const html = renderTimeline({}, day);
		const sliders = slidersIn(html);
		expect(sliders).toHaveLength(1);
		expect(sliders[0].attributes).toMatchObject({
			'aria-label': 'Date',
			'aria-valuemin': '0',
			'aria-valuemax': '1460',
			'aria-valuenow': now,
			'aria-valuetext': text,
			tabindex: '0'
		});
		expect(findAll(html, (element) => element.classes.includes('band'))).toEqual([]);
	});

	it('in a period view, has a start slider and a date slider that stop at each other, and shades the period', () => {
		const from = '2005-01-01';
		const day = '2005-06-30';
		const html = renderTimeline(
			{ from, view: { event: null, country: null, date: day, from } },
			day
		);
		const [start, date, ...rest] = slidersIn(html);
		expect(rest).toEqual([]);
		expect(start.attributes).toMatchObject({
			'aria-label': 'Start date',
			'data-end': 'from',
			'aria-valuemin': '0',
			'aria-valuemax': '911',
			'aria-valuenow': '731',
			'aria-valuetext': '1 January 2005'
		});
		expect(date.attributes).toMatchObject({
			'aria-label': 'Date',
			'data-end': 'date',
			'aria-valuemin': '731',
			'aria-valuemax': '1460',
			'aria-valuenow': '911',
			'aria-valuetext': '30 June 2005'
		});
		// The shaded band runs from the start to the date, at the width guessed before measuring.
		const x = timeScale(960, undefined, 22);
		const [band] = findAll(html, (element) => element.classes.includes('band'));
		expect(band.attributes['aria-hidden']).toBe('true');
		const left = x(dayToDate(from));
		expect(band.attributes.style).toBe(
			`transform: translateX(${left}px); width: ${x(dayToDate(day)) - left}px;`
		);
	});

	it.each([
		['a day', null, '2005-06-30', 'day', false],
		['a year', '2005-01-01', '2005-12-31', '2005', true],
		['the whole period', '2003-01-01', '2006-12-31', 'all', true],
		['another period', '2005-01-01', '2005-06-30', 'custom', true]
	])('shows %s in the period menu', (_, from, day, choice, inPeriod) => {
		const html = renderTimeline(
			{ from, view: { event: null, country: null, date: day, from } },
			day
		);
		const selected = findAll(
			html,
			(element) =>
				element.tag === 'option' &&
				'selected' in element.attributes &&
				element.attributes.value !== 'normal'
		);
		expect(selected.map((option) => option.attributes.value)).toEqual([choice]);
		const custom = findAll(
			html,
			(element) => element.tag === 'option' && element.attributes.value === 'custom'
		);
		expect(custom).toHaveLength(choice === 'custom' ? 1 : 0);
		const [toolbar] = findAll(html, (element) => element.attributes.role === 'toolbar');
		expect(toolbar.classes.includes('in-period')).toBe(inPeriod);
	});

	it.each([
		['before the first event: no previous', '2003-01-01', null, [true, false]],
		['between events: both', '2005-06-30', null, [false, false]],
		['after the last event: no next', '2006-12-31', null, [false, true]],
		[
			'in a period begun after the previous event: no previous',
			'2005-06-10',
			'2005-06-01',
			[true, false]
		]
	])('offers the previous and next events %s', (_, day, from, disabled) => {
		const html = renderTimeline(
			{ from, view: { event: null, country: null, date: day, from } },
			day
		);
		// The toolbar's buttons: play, previous, next, then the lanes' and the zoom's.
		const [, previous, next] = findAll(
			html,
			(element) => element.tag === 'button' && !element.classes.includes('mark')
		);
		expect([previous, next].map((button) => 'disabled' in button.attributes)).toEqual(disabled);
		expect(textOf(html)).toContain('‹ Previous event Next event ›');
	});

	it('speaks French', () => {
		const day = '2005-06-30';
		const from = '2005-01-01';
		const html = renderTimeline(
			{
				events: FRENCH_EVENTS,
				from,
				view: { event: null, country: null, date: day, from },
				hovered: 'london-action-plan-2004'
			},
			day,
			'fr'
		);
		expect(html).toMatch(/<h2 id="timeline-heading"[^>]*>Frise chronologique<\/h2>/);
		expect(
			slidersIn(html).map((slider) => [
				slider.attributes['aria-label'],
				slider.attributes['aria-valuetext']
			])
		).toEqual([
			['Date de début', '1er janvier 2005'],
			['Date', '30 juin 2005']
		]);
		const [group] = findAll(html, (element) => element.classes.includes('marks'));
		expect(group.attributes['aria-label']).toBe('Événements, par ordre chronologique');
		expect(names(html)).toContain(
			'Plan d’action de Londres sur la coopération internationale pour l’application des lois contre le spam, 11 octobre 2004, Protocole d’accord multilatéral'
		);
		expect(tooltipText(html)).toBe(
			'Plan d’action de Londres sur la coopération internationale pour l’application des lois contre le spam 11 octobre 2004 · Protocole d’accord multilatéral · 12 pays'
		);
		expect(textOf(html)).toContain('Accords Réunions');
	});
});
