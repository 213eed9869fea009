import { describe, expect, it } from 'vitest';
import { AGREEMENT_KINDS, MEETING_KINDS, ROLES as ROLE_CODES } from '$lib/data/types';
import en from '$lib/i18n/en';
import es from '$lib/i18n/es';
import fr from '$lib/i18n/fr';
import {
	KINDS,
	ROLES,
	countingWords,
	describeCommitmentDate,
	describeEventDate,
	filterDescription,
	kindLabel,
	participantsByRole,
	placeText,
	roleLabel,
	roleMeaning,
	selectionDay
} from './describe';

const names: Record<string, string> = { GBR: 'United Kingdom', CHE: 'Switzerland' };
const nameOf = (iso3: string) => names[iso3] ?? iso3;

describe('describeEventDate', () => {
	it.each([
		[{ date: '2005-04-27' }, '27 April 2005', 'day'],
		[{ date: '2005-02-21', endDate: '2005-02-22' }, '21–22 February 2005', 'day'],
		[{ date: '2005-06-28', endDate: '2005-07-01' }, '28 June – 1 July 2005', 'day'],
		[{ date: '2006-03' }, 'March 2006', 'month']
	])('%o → %s (%s)', (event, text, precision) => {
		expect(describeEventDate(event, 'en')).toEqual({ text, precision });
	});

	it.each([
		['fr', { date: '2005-04-27' }, '27 avril 2005'],
		['fr', { date: '2005-06-28', endDate: '2005-07-01' }, '28 juin – 1er juillet 2005'],
		['fr', { date: '2006-03' }, 'mars 2006'],
		['es', { date: '2005-04-27' }, '27 de abril de 2005'],
		['es', { date: '2005-02-21', endDate: '2005-02-22' }, '21–22 de febrero de 2005']
	] as const)('in %s, %o → %s', (locale, event, text) => {
		expect(describeEventDate(event, locale).text).toBe(text);
	});
});

describe('describeCommitmentDate', () => {
	it.each([
		['en', { since: '2005-02' }, 'February 2005'],
		['en', {}, '8–9 September 2004'],
		['fr', { since: '2005-02' }, 'février 2005'],
		['es', {}, '8–9 de septiembre de 2004']
	] as const)('in %s, %o → %s', (locale, participant, text) => {
		const event = { date: '2004-09-08', endDate: '2004-09-09' };
		expect(describeCommitmentDate(event, participant, locale)).toBe(text);
	});
});

describe('selectionDay', () => {
	it.each([
		['2005-04-27', '2005-04-27'],
		['2006-03', '2006-03-31'],
		['2004-02', '2004-02-29']
	])('%s → %s', (date, day) => {
		expect(selectionDay({ date })).toBe(day);
	});
});

describe('placeText', () => {
	it.each([
		[{ kind: 'city', city: 'London', country: 'GBR' } as const, 'London, United Kingdom'],
		[{ kind: 'country', country: 'CHE' } as const, 'Switzerland'],
		[{ kind: 'virtual' } as const, 'Online'],
		[{ kind: 'unknown' } as const, 'Place not known']
	])('%o → %s', (place, text) => {
		expect(placeText(place, nameOf, en)).toBe(text);
	});

	it.each([
		[fr, { kind: 'city', city: 'Londres', country: 'GBR' } as const, 'Londres (United Kingdom)'],
		[fr, { kind: 'virtual' } as const, 'En ligne'],
		[es, { kind: 'city', city: 'Londres', country: 'GBR' } as const, 'Londres, United Kingdom'],
		[es, { kind: 'unknown' } as const, 'Lugar desconocido']
	])('in another language, %o → %s', (m, place, text) => {
		expect(placeText(place, nameOf, m)).toBe(text);
	});
});

describe('labels', () => {
	it.each([
		['en', en],
		['fr', fr],
		['es', es]
	] as const)('name every kind and role in %s', (_locale, m) => {
		for (const kind of [...AGREEMENT_KINDS, ...MEETING_KINDS])
			expect(kindLabel(kind, m)).toMatch(/^\p{Lu}/u);
		expect(new Set(KINDS)).toEqual(new Set([...AGREEMENT_KINDS, ...MEETING_KINDS]));
		expect(new Set(ROLES)).toEqual(new Set(ROLE_CODES));
		for (const role of ROLES) {
			expect(roleLabel(role, m)).toMatch(/^\p{Lu}/u);
			expect(roleMeaning(role, m.panels).length).toBeGreaterThan(5);
		}
	});

	it('says that membership is not attendance', () => {
		expect(roleMeaning('member', en.panels)).toContain('attendance not verified');
		expect(roleMeaning('member', fr.panels)).toContain('présence non vérifiée');
		expect(roleMeaning('member', es.panels)).toContain('asistencia no verificada');
	});
});

describe('filterDescription', () => {
	const all = new Set([...AGREEMENT_KINDS, ...MEETING_KINDS]);
	it.each([
		[{ kinds: all, seedOnly: false, minConfidence: 'low' as const }, ''],
		[
			{ kinds: all, seedOnly: true, minConfidence: 'medium' as const },
			'items named on the ITU page only; medium confidence or better'
		],
		[
			{
				kinds: new Set(['legislation', 'summit'] as const),
				seedOnly: false,
				minConfidence: 'low' as const
			},
			'only Legislation, Summit'
		]
	])('%o → %s', (view, text) => {
		expect(filterDescription(view, en)).toBe(text);
	});

	it('words the filters in French and Spanish', () => {
		const view = {
			kinds: new Set(['legislation', 'summit'] as const),
			seedOnly: true,
			minConfidence: 'high' as const
		};
		expect(filterDescription(view, fr)).toBe(
			'seulement\u00a0: Législation, Sommet\u00a0; seulement les éléments cités sur la page de l’UIT\u00a0; confiance élevée'
		);
		expect(filterDescription(view, es)).toBe(
			'solo: Legislación, Cumbre; solo los elementos citados en la página de la UIT; confianza alta'
		);
	});
});

describe('countingWords', () => {
	it.each([
		[en, 1, false, '1 instrument'],
		[en, 3, true, '3 commitments'],
		[fr, 0, false, '0 instrument'],
		[fr, 2, true, '2 engagements'],
		[es, 1, true, '1 compromiso'],
		[es, 0, false, '0 instrumentos']
	])('counts things (%#)', (m, count, meetings, text) => {
		expect(countingWords({ members: false, meetings }, m).things(count)).toBe(text);
	});

	it('names the table column and what a counted country is in', () => {
		const words = countingWords({ members: true, meetings: false }, en);
		expect(words.column).toBe('Instruments');
		expect(words.what).toBe('at least one instrument signed or joined (or through membership)');
		expect(countingWords({ members: false, meetings: true }, en).column).toBe('Commitments');
	});
});

describe('participantsByRole', () => {
	it('groups in role order and sorts by name, leaving out empty roles', () => {
		const groups = participantsByRole(
			[
				{ country: 'GBR', role: 'member' },
				{ country: 'CHE', role: 'signatory' },
				{ country: 'AUT', role: 'member' }
			],
			nameOf,
			'en'
		);
		expect(groups.map((g) => [g.role, g.participants.map((p) => p.country)])).toEqual([
			['signatory', ['CHE']],
			['member', ['AUT', 'GBR']]
		]);
	});

	it('sorts by name in the page’s language', () => {
		const frenchNames: Record<string, string> = { EGY: 'Égypte', EST: 'Estonie', DEU: 'Allemagne' };
		const groups = participantsByRole(
			[
				{ country: 'EST', role: 'signatory' },
				{ country: 'EGY', role: 'signatory' },
				{ country: 'DEU', role: 'signatory' }
			],
			(iso3) => frenchNames[iso3],
			'fr'
		);
		expect(groups[0].participants.map((p) => p.country)).toEqual(['DEU', 'EGY', 'EST']);
	});
});
