import type { Messages } from '../messages';
import { formatNumber } from '../format';
import { plural } from '../plural';

const n = (count: number) => formatNumber('es', count);

/** Messages of the explorer namespace in Spanish. */
const explorer = {
	page: {
		title: 'Quiénes se sumaron a la lucha contra el spam, día a día',
		showAs: 'Ver como',
		map: 'Mapa',
		table: 'Tabla',
		details: 'Detalles',
		help: {
			title: 'Cómo se usa',
			drag: (play) => `Arrastre el cursor naranja, haga clic en el eje o pulse ${play}.`,
			slider:
				'Control de fecha: flechas para un día, Re Pág/Av Pág para un mes, Inicio/Fin para los extremos, Mayús+flechas para el evento anterior o siguiente.',
			keys: 'Tab para ir a los eventos o al mapa; flechas para moverse, Intro para abrir uno.'
		}
	},
	finder: {
		label: 'País',
		placeholder: 'Buscar un país…'
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
	table: {
		caption: (column, when, byName) =>
			`${column} por país ${when}, ordenados ${byName ? 'por nombre del país' : 'por número, de mayor a menor'}`,
		onDay: (date) => `al ${date}`,
		joinedIn: (period) => `suscritos ${period}`,
		country: 'País',
		hadJoined: 'Qué había suscrito',
		joined: 'Qué suscribió',
		role: (role, date) => `(${role}, ${date})`,
		nothing: '—'
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
	},
	notice: {
		title: 'Parte de este enlace no se pudo usar',
		rest: ', así que el explorador muestra la vista predeterminada:',
		dismiss: 'Cerrar',
		reasons: {
			unknown: (param) => `${param} no es un ajuste de esta página`,
			repeated: (param) => `${param} aparece varias veces; se usa el primer valor`,
			empty: (param) => `${param} está vacío`,
			flag: (param, value) => `${param}=${value}: el valor esperado es 1`,
			day: (param, value, start, end) =>
				`${param}=${value}: no es un día entre el ${start} y el ${end}`,
			country: (value) => `country=${value}: código de país desconocido`,
			event: (value) => `event=${value}: evento desconocido`,
			kind: (value) => `kinds: ${value} no es un tipo de evento conocido`,
			kinds: (value) => `kinds=${value}: ningún tipo de evento conocido`,
			confidence: (value) => `confidence=${value}: los valores posibles son low, medium o high`,
			view: (value) => `view=${value}: los valores posibles son map o table`,
			fromAfterDate: (from, date) =>
				`from=${from} es posterior a date=${date}; se muestra un solo día`,
			more: (count) =>
				plural('es', count, {
					one: `y ${n(count)} elemento más ignorado`,
					other: `y ${n(count)} elementos más ignorados`
				})
		}
	}
} satisfies Messages['explorer'];

export default explorer;
