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
	},
	home: {
		description:
			'Una cronología y un mapa del mundo de cómo cooperaron reguladores, gobiernos e industria contra el spam entre 2003 y 2006: cada acuerdo, firma y reunión, día a día, con sus fuentes.',
		imageAlt:
			'Mapa del mundo de los países en instrumentos contra el spam a finales de 2006, sombreados según cuántos.'
	},
	notFound: {
		title: 'Página no encontrada',
		text: 'No hay ninguna página en esta dirección. Puede que el enlace esté mal escrito o que la página se haya movido.',
		explorer: 'Abrir el explorador',
		explorerMore: ': el mapa y la cronología de 2003–2006.',
		events: 'Todos los eventos y sus fuentes',
		eventsMore: ', en una sola página.'
	},
	error: {
		title: 'Algo salió mal',
		text: (status: number) => `No se pudo mostrar la página (error ${status}).`,
		back: 'Volver al explorador'
	}
} satisfies Messages['site'];

export default site;
