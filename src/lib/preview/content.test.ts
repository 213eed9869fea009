import { describe, expect, it } from 'vitest';
import { countryName } from '$lib/data/countries';
import { eventById } from '$lib/data/dataset';
import { localizeEvent } from '$lib/data/localized';
import en from '$lib/i18n/en';
import es from '$lib/i18n/es';
import fr from '$lib/i18n/fr';
import { INTL_TAG, type Locale } from '$lib/i18n/locales';
import type { Messages } from '$lib/i18n/messages';
import {
	commitmentDate,
	countryDescription,
	countryStory,
	eventDescription,
	participantsByRole,
	type CountryStory
} from './content';

const MESSAGES: Record<Locale, Messages> = { en, fr, es };
const seoulMelbourne = eventById.get('seoul-melbourne-multilateral-mou-2005')!;

/** A story with only the numbers the description says. */
const story = (name: string, instruments: number, meetings: number): CountryStory => ({
	iso3: 'MLT',
	name,
	history: [],
	instruments,
	memberships: 0,
	meetings,
	partners: [],
	heldOnly: []
});

describe('countryDescription', () => {
	it.each([
		[
			'en',
			story('Malta', 3, 1),
			'Malta in international cooperation against spam, 2003–2006: 3 instruments signed or joined and 1 meeting, with dates, roles, agencies and sources.'
		],
		[
			'en',
			story('Taiwan', 1, 0),
			'Taiwan in international cooperation against spam, 2003–2006: 1 instrument signed or joined and 0 meetings, with dates, roles, agencies and sources.'
		],
		[
			'fr',
			story('Malte', 3, 1),
			'Malte dans la coopération internationale contre le spam, 2003–2006\u00a0: 3 instruments signés ou rejoints et 1 réunion, avec dates, rôles, organismes et sources.'
		],
		[
			'fr',
			story('Taïwan', 1, 0),
			'Taïwan dans la coopération internationale contre le spam, 2003–2006\u00a0: 1 instrument signé ou rejoint et aucune réunion, avec dates, rôles, organismes et sources.'
		],
		[
			'es',
			story('Malta', 3, 2),
			'Malta en la cooperación internacional contra el spam, 2003–2006: 3 instrumentos firmados o suscritos y 2 reuniones, con fechas, funciones, organismos y fuentes.'
		],
		[
			'es',
			story('Taiwán', 0, 1),
			'Taiwán en la cooperación internacional contra el spam, 2003–2006: ningún instrumento firmado o suscrito y 1 reunión, con fechas, funciones, organismos y fuentes.'
		]
	] as const)('%s: %j', (locale, given, expected) => {
		expect(countryDescription(given, MESSAGES[locale])).toBe(expected);
	});
});

describe('eventDescription', () => {
	it.each([
		['en', 'Multilateral MoU, 27 April 2005. Twelve Asia-Pacific organisations'],
		['fr', `${fr.vocab.kinds['multilateral-mou']}, 27 avril 2005.`],
		['es', `${es.vocab.kinds['multilateral-mou']}, 27 de abril de 2005.`]
	] as const)(
		'%s: kind, date and place, then the summary, in at most 200 characters',
		(locale, lead) => {
			const event = localizeEvent(seoulMelbourne, locale);
			const description = eventDescription(event, MESSAGES[locale], locale);
			expect(description.startsWith(lead)).toBe(true);
			expect(description).toContain(event.summary.slice(0, 40));
			expect(description.length).toBeLessThanOrEqual(200);
		}
	);
});

describe('countryStory', () => {
	it.each(['en', 'fr', 'es'] as const)(
		'%s: names, partners and events in the language',
		(locale) => {
			const told = countryStory('KOR', locale);
			expect(told.name).toBe(countryName('KOR', locale));
			const names = told.partners.map((iso3) => countryName(iso3, locale));
			expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, INTL_TAG[locale])));
			for (const { event } of told.history) {
				expect(event.title).toBe(localizeEvent(eventById.get(event.id)!, locale).title);
			}
			// The facts do not change with the language.
			const english = countryStory('KOR');
			expect(told.partners.toSorted()).toEqual(english.partners.toSorted());
			expect([told.instruments, told.memberships, told.meetings]).toEqual([
				english.instruments,
				english.memberships,
				english.meetings
			]);
		}
	);

	it('dates a commitment in the language', () => {
		const first = countryStory('KOR').history[0];
		expect(commitmentDate(first)).toBe(commitmentDate(first, 'en'));
		expect(commitmentDate(first, 'fr')).not.toBe(commitmentDate(first, 'en'));
	});
});

describe('participantsByRole', () => {
	it.each(['en', 'fr', 'es'] as const)(
		'%s: each group sorted by name in the language',
		(locale) => {
			for (const { participants } of participantsByRole(seoulMelbourne, locale)) {
				const names = participants.map((p) => countryName(p.country, locale));
				expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, INTL_TAG[locale])));
			}
		}
	);
});
