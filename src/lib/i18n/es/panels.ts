import type { Messages } from '../messages';
import { plural } from '../plural';

/** The explorer's detail panels in Spanish. */
const panels = {
	roleMeanings: {
		signatory: 'firmó el instrumento',
		party: 'obligado por el instrumento',
		joined: 'se obligó después de su adopción',
		member: 'Estado miembro del órgano que lo adoptó; asistencia no verificada',
		host: 'acogió la reunión',
		chair: 'presidió la reunión',
		participant: 'participó en la reunión'
	},
	sheet: {
		trail: 'Ruta de paneles',
		backTo: 'Volver a ',
		fullPage: 'Página completa'
	},
	event: {
		eyebrow: 'Evento',
		close: 'Cerrar los detalles del evento',
		monthOnly: 'solo se conoce el mes',
		confidenceIs: 'Confianza:',
		confidence: { low: 'baja', medium: 'media', high: 'alta' },
		notInSeed: 'no figura en la página de la UIT (contexto)',
		loading: 'Cargando el resumen y las fuentes…',
		loadFailed:
			'No se pudieron cargar el resumen y las fuentes. Vuelva a abrir el evento para intentarlo de nuevo.',
		showMap: (day) => `Ver el mapa del ${day}`,
		participants: 'Participantes',
		noCountry: 'Ningún país figura como participante.',
		since: ({ date, precision }) => (precision === 'day' ? `desde el ${date}` : `desde ${date}`),
		organisations: 'Organizaciones, empresas y personas (fuera del mapa)',
		keyDates: 'Fechas clave',
		colon: ': ',
		notes: 'Notas',
		sources: 'Fuentes',
		related: 'Eventos relacionados'
	},
	country: {
		eyebrow: 'País',
		close: 'Cerrar los detalles del país',
		onDay: (day) => `a ${day}`,
		joinedIn: ({ count, from, to }) => {
			const joined = plural('es', count, { one: 'suscrito', other: 'suscritos' });
			return from === to ? `${joined} el ${from}` : `${joined} entre el ${from} y el ${to}`;
		},
		events: (count) =>
			plural('es', count, {
				one: `; ${count} evento en 2003–2006 (con los filtros actuales).`,
				other: `; ${count} eventos en 2003–2006 (con los filtros actuales).`
			}),
		none: 'Ningún evento cita a este país con los filtros actuales.',
		lowConfidence: 'confianza baja',
		notCounted: 'no se cuenta en el mapa'
	}
} satisfies Messages['panels'];

export default panels;
