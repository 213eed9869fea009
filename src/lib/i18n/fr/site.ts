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
	}
} satisfies Messages['site'];

export default site;
