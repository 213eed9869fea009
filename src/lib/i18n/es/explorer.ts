import type { Messages } from '../messages';
import { formatNumber } from '../format';
import { plural } from '../plural';

const n = (count: number) => formatNumber('es', count);

/** Messages of the explorer namespace in Spanish. */
const explorer = {
	embed: {
		open: 'Abrir en el Atlas de la cooperación contra el spam',
		newTab: '(se abre en una pestaña nueva)'
	},
	page: {
		title: 'Quiénes se sumaron a la lucha antispam, día a día',
		showAs: 'Ver como',
		map: 'Mapa',
		table: 'Tabla',
		details: 'Detalles',
		help: 'Cómo se usa'
	},
	finder: {
		label: 'País'
	},
	share: {
		button: 'Compartir',
		label: 'Compartir esta vista',
		shared: 'Compartido.',
		copied: 'Enlace copiado al portapapeles.',
		copyThis: (url) => `Copie este enlace: ${url}`
	},
	filters: {
		title: 'Filtros y recuento',
		agreements: 'Acuerdos',
		meetings: 'Reuniones',
		counting: 'Recuento y fuentes',
		countMembers:
			'Contar también la pertenencia al órgano que adoptó un instrumento (asistencia no verificada)',
		countMeetings: 'Contar también las reuniones: asistencia, acogida o presidencia',
		seedOnly: 'Solo los elementos citados en la página de la UIT',
		confidence: 'Confianza mínima',
		confidenceLevels: { low: 'Baja (mostrar todo)', medium: 'Media', high: 'Alta' }
	},
	summary: {
		countries: (count, what) =>
			plural('es', count, {
				one: `${n(count)} país con ${what}`,
				other: `${n(count)} países con ${what}`
			}),
		none: ({ members, meetings }) =>
			`todavía ningún país con un instrumento firmado o suscrito${members ? ' (o por pertenencia)' : ''}${meetings ? ' o una reunión' : ''}`,
		latest: (title) => `; último: ${title}`,
		sentence: (heading, line) => `${heading}: ${line}.`
	},
	period: {
		presets: { day: 'Un solo día', all: 'Todo el periodo' },
		onDay: (day) => `el ${day}`,
		between: (from, to) => `entre el ${from} y el ${to}`,
		joinedNone: ({ members, meetings }) =>
			`ningún país se adhirió a ningún ${meetings ? 'instrumento ni reunión' : 'instrumento'}${members ? ' (contando la pertenencia)' : ''}`,
		joinedCount: (countries, instruments, { members, meetings }) =>
			`${plural('es', countries, {
				one: `${n(countries)} país se adhirió a`,
				other: `${n(countries)} países se adhirieron a`
			})} ${plural('es', instruments, {
				one: `${n(instruments)} ${meetings ? 'instrumento o reunión' : 'instrumento'}`,
				other: `${n(instruments)} ${meetings ? 'instrumentos o reuniones' : 'instrumentos'}`
			})}${members ? ' (contando la pertenencia)' : ''}`,
		joinedSome: (countries, instruments, { members, meetings }) =>
			`${plural('es', countries, {
				one: `${n(countries)} país se adhirió a`,
				other: `${n(countries)} países se adhirieron a`
			})} al menos uno de ${n(instruments)} ${meetings ? 'instrumentos o reuniones' : 'instrumentos'}${members ? ' (contando la pertenencia)' : ''}`,
		events: (count) =>
			plural('es', count, {
				one: `${n(count)} evento en el periodo`,
				other: `${n(count)} eventos en el periodo`
			}),
		line: (joined, events) => `${joined}; ${events}`
	}
} satisfies Messages['explorer'];

export default explorer;
