import type { CountingScopeWords } from '../en/vocab';
import { formatNumber } from '../format';
import type { Messages } from '../messages';
import { plural } from '../plural';

/** One counted thing, as the counting scope names it (both masculine). */
const noun = ({ meetings }: CountingScopeWords) => (meetings ? 'engagement' : 'instrument');
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
		how: 'Mode de calcul',
		howPeriod:
			'Sur une période, un pays compte un instrument qu’il a rejoint pendant la période et dont il ne faisait pas déjà partie avant\u00a0; les pays hachurés n’ont rien rejoint de nouveau mais faisaient déjà partie d’au moins un instrument.',
		howMonth:
			'Une date connue seulement au mois compte à partir du dernier jour de ce mois. «\u00a0Pas de données\u00a0»\u00a0: zones sans code pays ISO.'
	},
	tooltip: {
		onDay: (things: string, day: string) => `${things} au ${day}`,
		inPeriod: (things: string, count: number, scope: CountingScopeWords, period: string) =>
			`${things} ${joined(count, scope)} ${period}`,
		nothingYet: (scope: CountingScopeWords) => `Aucun ${noun(scope)} compté pour l’instant.`,
		nothingNew: (scope: CountingScopeWords) =>
			`Rien de nouveau sur cette période\u00a0; déjà partie prenante d’au moins un ${noun(scope)} avant.`,
		nothingInPeriod: (scope: CountingScopeWords) =>
			`Aucun ${noun(scope)} compté à la fin de cette période.`,
		more: (count: number) =>
			`et ${formatNumber('fr', count)} de plus (ouvrir le pays pour tout voir)`
	}
} satisfies Messages['map'];

export default map;
