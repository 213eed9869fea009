import type { Messages } from '../messages';
import { formatNumber } from '../format';
import { plural } from '../plural';

const n = (count: number) => formatNumber('fr', count);

/** Messages of the explorer namespace in French. */
const explorer = {
	embed: {
		open: 'Ouvrir dans l’Atlas de la coopération contre le spam',
		newTab: '(s’ouvre dans un nouvel onglet)'
	},
	page: {
		title: 'Qui a rejoint la lutte anti-spam, jour après jour',
		showAs: 'Afficher en',
		map: 'Carte',
		table: 'Tableau',
		details: 'Détails',
		help: 'Mode d’emploi'
	},
	finder: {
		label: 'Pays'
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
	}
} satisfies Messages['explorer'];

export default explorer;
