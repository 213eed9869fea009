import { describe, expect, it } from 'vitest';
import en from '$lib/i18n/en';
import es from '$lib/i18n/es';
import fr from '$lib/i18n/fr';
import type { Messages } from '$lib/i18n/messages';

const catalogues: Record<string, Messages> = { en, fr, es };
const instruments = { members: false, meetings: false };
const commitments = { members: false, meetings: true };

describe('the map’s messages', () => {
	it.each([
		['en', 'France: 1 instrument'],
		['fr', 'France\u00a0: 1 instrument'],
		['es', 'Francia: 1 instrumento']
	])('names a country on a day (%s)', (locale, expected) => {
		const m = catalogues[locale];
		const name = locale === 'es' ? 'Francia' : 'France';
		expect(m.map.country.day(name, m.vocab.counting.things(instruments, 1))).toBe(expected);
	});

	it.each([
		['en', 3, instruments, false, 'Japan: 3 instruments joined in the period'],
		[
			'en',
			0,
			commitments,
			true,
			'Japan: 0 commitments joined in the period, already in one before it'
		],
		['fr', 1, instruments, false, 'Japon\u00a0: 1 instrument rejoint pendant la période'],
		['fr', 3, instruments, false, 'Japon\u00a0: 3 instruments rejoints pendant la période'],
		[
			'fr',
			0,
			commitments,
			true,
			'Japon\u00a0: 0 engagement pris pendant la période, déjà partie prenante avant'
		],
		['es', 1, instruments, false, 'Japón: 1 instrumento suscrito en el periodo'],
		[
			'es',
			0,
			instruments,
			true,
			'Japón: 0 instrumentos suscritos en el periodo, ya participaba antes'
		]
	])('names a country in a period (%s, %i)', (locale, count, scope, alreadyIn, expected) => {
		const m = catalogues[locale];
		const name = { en: 'Japan', fr: 'Japon', es: 'Japón' }[locale]!;
		const things = m.vocab.counting.things(scope, count);
		expect(m.map.country.period(name, things, count, scope, alreadyIn)).toBe(expected);
	});

	it.each([
		['en', 'Not part of any counted commitment yet.', 'and 4 more (open the country for all)'],
		[
			'fr',
			'Aucun engagement compté pour l’instant.',
			'et 4 de plus (ouvrir le pays pour tout voir)'
		],
		['es', 'Ningún compromiso contabilizado por ahora.', 'y 4 más (abra el país para verlos todos)']
	])('says why a tooltip lists nothing, and how many more (%s)', (locale, nothing, more) => {
		const m = catalogues[locale];
		expect(m.tooltip.nothingYet(commitments)).toBe(nothing);
		expect(m.tooltip.more(4)).toBe(more);
	});
});
