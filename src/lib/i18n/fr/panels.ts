import type { Messages } from '../messages';
import { plural } from '../plural';

/** The explorer's detail panels in French. */
const panels = {
	roleMeanings: {
		signatory: 'a signé l’instrument',
		party: 'liée par l’instrument',
		joined: 'liée après l’adoption de l’instrument',
		member: 'État membre de l’organe qui l’a adopté\u00a0; présence non vérifiée',
		host: 'a accueilli la réunion',
		chair: 'a présidé la réunion',
		participant: 'a pris part à la réunion'
	},
	sheet: {
		trail: 'Fil des panneaux',
		backTo: 'Retour\u00a0: ',
		fullPage: 'Page complète'
	},
	event: {
		eyebrow: 'Événement',
		close: 'Fermer les détails de l’événement',
		monthOnly: 'seul le mois est connu',
		confidenceIs: 'Confiance\u00a0:',
		confidence: { low: 'faible', medium: 'moyenne', high: 'élevée' },
		notInSeed: 'absent de la page de l’UIT (contexte)',
		loading: 'Chargement du résumé et des sources…',
		loadFailed:
			'Le résumé et les sources n’ont pas pu être chargés. Rouvrez l’événement pour réessayer.',
		showMap: (day) => `Voir la carte au ${day}`,
		participants: 'Participants',
		noCountry: 'Aucun pays n’est cité comme participant.',
		since: ({ date, precision }) => (precision === 'day' ? `depuis le ${date}` : `depuis ${date}`),
		organisations: 'Organisations, entreprises et personnes (hors carte)',
		keyDates: 'Dates clés',
		colon: '\u00a0: ',
		notes: 'Notes',
		sources: 'Sources',
		related: 'Événements liés'
	},
	country: {
		eyebrow: 'Pays',
		close: 'Fermer les détails du pays',
		onDay: (day) => `au ${day}`,
		joinedIn: ({ count, from, to }) => {
			const joined = plural('fr', count, { one: 'rejoint', other: 'rejoints' });
			return from === to ? `${joined} le ${from}` : `${joined} entre le ${from} et le ${to}`;
		},
		events: (count) =>
			plural('fr', count, {
				one: `\u00a0; ${count} événement en 2003–2006 (avec les filtres actuels).`,
				other: `\u00a0; ${count} événements en 2003–2006 (avec les filtres actuels).`
			}),
		none: 'Aucun événement ne cite ce pays avec les filtres actuels.',
		lowConfidence: 'confiance faible',
		notCounted: 'non compté sur la carte'
	}
} satisfies Messages['panels'];

export default panels;
