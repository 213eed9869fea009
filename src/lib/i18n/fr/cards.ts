import type { Messages } from '../messages';
import { plural } from '../plural';

/** The words of the link-preview images in French. */
const cards = {
	groups: {
		bound: (count) =>
			plural('fr', count, {
				one: `${count} signataire ou lié`,
				other: `${count} signataires ou liés`
			}),
		member: (count) =>
			plural('fr', count, { one: `${count} État membre`, other: `${count} États membres` }),
		meeting: (count) =>
			plural('fr', count, {
				one: `${count} hôte ou participant`,
				other: `${count} hôtes ou participants`
			})
	},
	economies: (count) =>
		plural('fr', count, { one: `${count} économie`, other: `${count} économies` }),
	noCountry: 'Aucun pays nommé',
	monthOnly: 'Seul le mois est connu',
	events: (count) =>
		plural('fr', count, { one: `${count} événement`, other: `${count} événements` }),
	joinedAndMeetings: (instruments, meetings) =>
		`${plural('fr', instruments, { one: `${instruments} instrument rejoint`, other: `${instruments} instruments rejoints` })} · ${plural('fr', meetings, { one: `${meetings} réunion`, other: `${meetings} réunions` })}`,
	from: (date) => `Depuis ${date}`,
	partners: (count) =>
		plural('fr', count, {
			one: `${count} partenaire dans ces événements`,
			other: `${count} partenaires dans ces événements`
		}),
	home: {
		title: 'Qui a coopéré contre le spam, et quand\u00a0?',
		economiesNamed: (count) =>
			plural('fr', count, { one: `${count} économie nommée`, other: `${count} économies nommées` }),
		tagline: 'Accords, signatures et réunions, jour après jour',
		legend: (low, high) => `Instruments en vigueur\u00a0: de ${low} à ${high}`
	}
} satisfies Messages['cards'];

export default cards;
