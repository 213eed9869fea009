import type { Messages } from '../messages';

/** The site's frame in French. */
const site = {
	name: 'Atlas de la coopération contre le spam, 2003–2006',
	brand: { start: 'Atlas', middle: 'de la coopération', end: 'anti-spam', years: '2003–2006' },
	skip: 'Aller au contenu',
	nav: { label: 'Site', explorer: 'Explorateur', about: 'À propos', aboutMore: 'des données' },
	language: { label: 'Langue' },
	footer: {
		builtFrom:
			'Établi à partir de la page de l’UIT « International cooperation on countering spam » et de sources vérifiées.',
		download: 'Télécharger les données\u00a0:'
	},
	home: {
		description:
			'Une frise chronologique et une carte du monde de la coopération des régulateurs, des gouvernements et de l’industrie contre le spam entre 2003 et 2006\u00a0: chaque accord, signature et réunion, jour après jour, avec ses sources.',
		imageAlt:
			'Carte du monde des pays engagés dans des instruments contre le spam fin 2006, en teintes selon leur nombre.'
	},
	notFound: {
		title: 'Page introuvable',
		text: 'Il n’y a pas de page à cette adresse. Le lien est peut-être mal saisi, ou la page a été déplacée.',
		explorer: 'Ouvrir l’explorateur',
		explorerMore: '\u00a0: la carte et la frise de 2003–2006.',
		events: 'Tous les événements et leurs sources',
		eventsMore: ', sur une seule page.'
	},
	error: {
		title: 'Un problème est survenu',
		text: (status: number) => `La page n’a pas pu être affichée (erreur ${status}).`,
		back: 'Retour à l’explorateur'
	}
} satisfies Messages['site'];

export default site;
