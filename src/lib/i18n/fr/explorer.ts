import type { Messages } from '../messages';
import { formatNumber } from '../format';
import { plural } from '../plural';

const n = (count: number) => formatNumber('fr', count);

/** Messages of the explorer namespace in French. */
const explorer = {
	page: {
		title: 'Qui a rejoint la lutte contre le spam, jour après jour',
		showAs: 'Afficher en',
		map: 'Carte',
		table: 'Tableau',
		details: 'Détails',
		help: {
			title: 'Mode d’emploi',
			drag: (play) => `Faites glisser le curseur orange, cliquez sur l’axe ou appuyez sur ${play}.`,
			slider:
				'Curseur de date\u00a0: flèches pour un jour, Page préc./Page suiv. pour un mois, Début/Fin pour les extrémités, Maj+flèches pour l’événement précédent ou suivant.',
			keys: 'Tab pour aller aux événements ou à la carte\u00a0; flèches pour se déplacer, Entrée pour en ouvrir un.'
		}
	},
	finder: {
		label: 'Pays',
		placeholder: 'Trouver un pays…'
	},
	share: {
		button: 'Partager',
		label: 'Partager cette vue',
		shared: 'Partagé.',
		copied: 'Lien copié dans le presse-papiers.',
		copyThis: (url) => `Copiez ce lien\u00a0: ${url}`
	},
	filters: {
		title: 'Filtres et décompte',
		agreements: 'Accords',
		meetings: 'Réunions',
		counting: 'Décompte et sources',
		countMembers:
			'Compter aussi l’appartenance à l’organe qui a adopté un instrument (présence non vérifiée)',
		countMeetings: 'Compter aussi les réunions suivies, accueillies ou présidées',
		seedOnly: 'Seulement les éléments cités sur la page de l’UIT',
		confidence: 'Confiance minimale',
		confidenceLevels: { low: 'Faible (tout afficher)', medium: 'Moyenne', high: 'Élevée' }
	},
	table: {
		caption: (column, when, byName) =>
			`${column} par pays ${when}, triés ${byName ? 'par nom de pays' : 'par nombre décroissant'}`,
		onDay: (date) => `au ${date}`,
		joinedIn: (period) => `rejoints ${period}`,
		country: 'Pays',
		hadJoined: 'Ce qu’il avait rejoint',
		joined: 'Ce qu’il a rejoint',
		role: (role, date) => `(${role}, ${date})`,
		nothing: '—'
	},
	summary: {
		countries: (count, what) =>
			plural('fr', count, {
				one: `${n(count)} pays avec ${what}`,
				other: `${n(count)} pays avec ${what}`
			}),
		none: ({ members, meetings }) =>
			`encore aucun pays avec un instrument signé ou rejoint${members ? ' (ou par appartenance)' : ''}${meetings ? ' ou une réunion' : ''}`,
		latest: (title) => `\u00a0; dernier\u00a0: ${title}`,
		sentence: (heading, line) => `${heading}\u00a0: ${line}.`
	},
	period: {
		presets: { day: 'Un seul jour', all: 'Toute la période' },
		onDay: (day) => `le ${day}`,
		between: (from, to) => `entre le ${from} et le ${to}`,
		joinedNone: ({ members, meetings }) =>
			`aucun pays n’a rejoint ${meetings ? 'd’instrument ni de réunion' : 'd’instrument'}${members ? ' (appartenance comprise)' : ''}`,
		joinedCount: (countries, instruments, { members, meetings }) =>
			`${plural('fr', countries, {
				one: `${n(countries)} pays a rejoint`,
				other: `${n(countries)} pays ont rejoint`
			})} ${plural('fr', instruments, {
				one: `${n(instruments)} ${meetings ? 'instrument ou réunion' : 'instrument'}`,
				other: `${n(instruments)} ${meetings ? 'instruments ou réunions' : 'instruments'}`
			})}${members ? ' (appartenance comprise)' : ''}`,
		joinedSome: (countries, instruments, { members, meetings }) =>
			`${plural('fr', countries, {
				one: `${n(countries)} pays a rejoint`,
				other: `${n(countries)} pays ont rejoint`
			})} au moins un des ${n(instruments)} ${meetings ? 'instruments ou réunions' : 'instruments'}${members ? ' (appartenance comprise)' : ''}`,
		events: (count) =>
			plural('fr', count, {
				one: `${n(count)} événement sur la période`,
				other: `${n(count)} événements sur la période`
			}),
		line: (joined, events) => `${joined}\u00a0; ${events}`
	},
	notice: {
		title: 'Une partie de ce lien n’a pas pu être utilisée',
		rest: '\u00a0; l’explorateur affiche donc la vue par défaut\u00a0:',
		dismiss: 'Fermer',
		reasons: {
			unknown: (param) => `${param} n’est pas un réglage de cette page`,
			repeated: (param) => `${param} figure plusieurs fois\u00a0; la première valeur est retenue`,
			empty: (param) => `${param} est vide`,
			flag: (param, value) => `${param}=${value}\u00a0: la valeur attendue est 1`,
			day: (param, value, start, end) =>
				`${param}=${value}\u00a0: ce n’est pas un jour entre le ${start} et le ${end}`,
			country: (value) => `country=${value}\u00a0: code de pays inconnu`,
			event: (value) => `event=${value}\u00a0: événement inconnu`,
			kind: (value) => `kinds\u00a0: ${value} n’est pas un type d’événement connu`,
			kinds: (value) => `kinds=${value}\u00a0: aucun type d’événement connu`,
			confidence: (value) =>
				`confidence=${value}\u00a0: les valeurs possibles sont low, medium ou high`,
			view: (value) => `view=${value}\u00a0: les valeurs possibles sont map ou table`,
			fromAfterDate: (from, date) =>
				`from=${from} est après date=${date}\u00a0; un seul jour est affiché`,
			more: (count) =>
				plural('fr', count, {
					one: `et ${n(count)} autre élément ignoré`,
					other: `et ${n(count)} autres éléments ignorés`
				})
		}
	}
} satisfies Messages['explorer'];

export default explorer;
