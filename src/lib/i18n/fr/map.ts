import type { CountingScopeWords } from '../en/vocab';
import type { Messages } from '../messages';
import { plural } from '../plural';

/** What was done with `count` counted things: instruments joined, commitments made. */
const joined = (count: number, { meetings }: CountingScopeWords) =>
	meetings ? 'pris' : plural('fr', count, { one: 'rejoint', other: 'rejoints' });

/** The world map in French. */
const map = {
	label:
		'Carte du monde de la participation. Les flèches passent d’un pays à l’autre\u00a0; Entrée en ouvre un.',
	zoom: {
		label: 'Zoom de la carte',
		in: 'Zoom avant sur la carte',
		out: 'Zoom arrière sur la carte',
		reset: 'Réinitialiser'
	},
	country: {
		day: (name: string, things: string) => `${name}\u00a0: ${things}`,
		period: (
			name: string,
			things: string,
			count: number,
			scope: CountingScopeWords,
			alreadyIn: boolean
		) =>
			`${name}\u00a0: ${things} ${joined(count, scope)} pendant la période${alreadyIn ? ', déjà partie prenante avant' : ''}`
	},
	roleKey: {
		before: 'Participants de ',
		after: ', en contour\u00a0:',
		bound: 'signataire ou partie,',
		member: 'membre de l’organe convocateur (présence non vérifiée),',
		meeting: 'hôte, présidence ou participant\u00a0; les autres pays sont estompés.'
	},
	legend: {
		perCountry: 'par pays',
		filtered: (filters: string) => `\u00a0; filtres\u00a0: ${filters}`,
		colourKey: 'Légende des couleurs',
		none: 'Aucun',
		nothing: 'Rien',
		nothingNew: 'Rien de nouveau\u00a0; déjà engagé avant',
		noData: 'Pas de données',
		back: 'Revenir à un seul jour',
		how: 'Mode de calcul'
	}
} satisfies Messages['map'];

export default map;
