import type { Messages } from '../messages';
import { isIsoMonth, formatInWords } from '$lib/time/day';
import { formatNumber } from '../format';
import { plural } from '../plural';

/** "1 evento", "46 eventos". */
const events = (count: number) => {
	const n = formatNumber('es', count);
	return plural('es', count, { one: `${n} evento`, other: `${n} eventos` });
};

/** The About page in Spanish. */
const about = {
	title: 'Acerca de los datos',
	description: (count) =>
		`Fuentes, método e incertidumbres conocidas del Atlas de la cooperación contra el spam: ${events(count)} de cooperación internacional contra el spam, 2003–2006.`,
	intro: {
		start: (count) =>
			`El atlas reúne ${events(count)}: los acuerdos, memorandos de entendimiento, declaraciones, leyes, campañas, iniciativas y reuniones mediante los cuales los países cooperaron contra el spam entre 2003 y 2006. Su punto de partida es la página de la UIT`,
		link: '«International cooperation on countering spam»',
		end: '; después se comprobaron cada fecha, cada lugar y cada participante con las fuentes indicadas en cada evento. Cuando las fuentes corrigen la página de la UIT, el atlas sigue las fuentes y lo indica en las notas del evento.'
	},
	download: {
		heading: 'Descarga',
		lead: 'Todos los datos, con todas sus fuentes:',
		json: '(un registro por evento) y',
		csv: '(una fila por evento y participante, para hojas de cálculo). Las fechas tienen el formato',
		dayFormat: 'AAAA-MM-DD',
		or: ', o',
		monthFormat: 'AAAA-MM',
		end: 'cuando solo se conoce el mes; los países se indican con su código ISO 3166-1 alfa-3.'
	},
	counting: {
		heading: 'Cómo se cuenta la participación',
		text: 'En un día dado, un instrumento se cuenta para un país cuando este figura entre sus participantes y su participación ya ha comenzado: desde el día de su adhesión, si fue posterior al evento (por ejemplo, los diez Estados que entraron en la UE el 1 de mayo de 2004), y si no, desde la fecha del evento. Una fecha conocida solo por el mes surte efecto el último día de ese mes. Las reuniones solo cuentan cuando está activada la opción de reuniones del mapa. Las organizaciones sin país (la Comisión Europea, la OCDE, empresas) figuran con sus eventos pero no en el mapa, y nunca se suponen participantes que las fuentes no nombran.'
	},
	members: {
		heading: 'Estados miembros de los organismos convocantes',
		text: 'Cuando un instrumento o una reunión procede de los Estados miembros de un organismo (la UE, la OCDE, la ASEAN, la ASEM), el atlas indica como miembros los Estados que pertenecían al organismo en la fecha del evento, según una lista fechada por organismo. Estas son las listas, con la fecha en que se adhirió cada Estado y sus fuentes.',
		bodies: {
			EU: 'Unión Europea',
			OECD: 'OCDE',
			ASEAN: 'ASEAN',
			ASEM: 'ASEM'
		},
		summary: (body, count) => {
			const n = formatNumber('es', count);
			return `${body}: ${plural('es', count, { one: `${n} Estado miembro`, other: `${n} Estados miembros` })}`;
		},
		/** "desde el 1 de mayo de 2004", "desde enero de 1984". */
		from: (joined) =>
			isIsoMonth(joined)
				? `desde ${formatInWords(joined, 'es')}`
				: `desde el ${formatInWords(joined, 'es')}`,
		separator: ', ',
		sources: 'Fuentes:'
	},
	changes: {
		heading: 'Qué ha cambiado',
		text: 'Correcciones de los datos desde su primera publicación, de la más reciente a la más antigua.',
		afterEvent: ':',
		source: '(fuente:',
		sourceEnd: ')'
	},
	doubts: {
		heading: 'Incertidumbres conocidas',
		text: (count) =>
			`${plural('es', count, {
				one: `${formatNumber('es', count)} evento tiene un nivel de confianza medio o bajo.`,
				other: `${formatNumber('es', count)} eventos tienen un nivel de confianza medio o bajo.`
			})} En la cronología, los eventos de confianza baja se distinguen por un contorno discontinuo, y sus notas explican por qué.`,
		confidence: {
			low: 'confianza baja',
			medium: 'confianza media',
			high: 'confianza alta'
		}
	},
	context: {
		heading: 'Elementos de contexto',
		text: (count, filter) => {
			const n = formatNumber('es', count);
			return plural('es', count, {
				one: `${n} evento no está citado en la página de la UIT, pero sirve de contexto a los que sí lo están; el filtro del explorador «${filter}» lo oculta.`,
				other: `${n} eventos no están citados en la página de la UIT, pero sirven de contexto a los que sí lo están; el filtro del explorador «${filter}» los oculta.`
			});
		},
		item: (title, date) => `${title} (${date})`
	},
	events: {
		heading: 'Todos los eventos y sus fuentes'
	},
	metaSeparator: ' · '
} satisfies Messages['about'];

export default about;
