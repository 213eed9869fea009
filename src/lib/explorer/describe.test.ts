import { describe, expect, it } from 'vitest';
import { AGREEMENT_KINDS, MEETING_KINDS, ROLES as ROLE_CODES } from '$lib/data/types';
import {
	ROLES,
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
		expect(describeEventDate(event)).toEqual({ text, precision });
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
		expect(placeText(place, nameOf)).toBe(text);
	});
});

describe('labels', () => {
	it('name every kind and role', () => {
		for (const kind of [...AGREEMENT_KINDS, ...MEETING_KINDS])
			expect(kindLabel(kind)).toMatch(/^[A-Z]/);
		expect(new Set(ROLES)).toEqual(new Set(ROLE_CODES));
		for (const role of ROLES) {
			expect(roleLabel(role)).toMatch(/^[A-Z]/);
			expect(roleMeaning(role).length).toBeGreaterThan(5);
		}
		expect(roleMeaning('member')).toContain('attendance not verified');
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
		expect(filterDescription(view)).toBe(text);
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
			nameOf
		);
		expect(groups.map((g) => [g.role, g.participants.map((p) => p.country)])).toEqual([
			['signatory', ['CHE']],
			['member', ['AUT', 'GBR']]
		]);
	});
});
