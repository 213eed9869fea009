import type { Messages } from '../messages';

/** The site's frame in Spanish. */
const site = {
	name: 'Atlas de la cooperación contra el spam, 2003–2006',
	brand: { start: 'Atlas', middle: 'de la cooperación', end: 'antispam', years: '2003–2006' },
	skip: 'Ir al contenido',
	nav: { label: 'Sitio', explorer: 'Explorador', about: 'Acerca', aboutMore: 'de los datos' },
	language: { label: 'Idioma' },
	footer: {
		builtFrom:
			'Elaborado a partir de la página de la UIT «International cooperation on countering spam» y de fuentes verificadas.',
		download: 'Descargar los datos:'
	}
} satisfies Messages['site'];

export default site;
