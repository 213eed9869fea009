import type { Messages } from '../messages';
import { plural } from '../plural';

const instruments = (count: number) =>
	count === 0
		? 'ningún instrumento'
		: plural('es', count, { one: `${count} instrumento`, other: `${count} instrumentos` });
/** Agrees with the count ("ningún instrumento … firmado"). */
const signedOrJoined = (count: number) =>
	count === 0
		? 'firmado o suscrito'
		: plural('es', count, { one: 'firmado o suscrito', other: 'firmados o suscritos' });
const meetings = (count: number) =>
	count === 0
		? 'ninguna reunión'
		: plural('es', count, { one: `${count} reunión`, other: `${count} reuniones` });

/** The event and country pages in Spanish. */
const pages = {
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
	},
	article: {
		explore: 'Abrir en el explorador'
	},
	common: {
		confidence: { low: 'baja', medium: 'media', high: 'alta' },
		colon: ': ',
		lowConfidence: 'confianza baja'
	},
	event: {
		imageAlt: (economies, title) =>
			economies === 0
				? `Mapa del mundo: ninguna economía citada en «${title}».`
				: economies === 1
					? `Mapa del mundo de la economía citada en «${title}», coloreada según su papel.`
					: `Mapa del mundo de las ${economies} economías citadas en «${title}», coloreadas según su papel.`,
		explorerNote: (day) => `El mapa del ${day}, con este evento seleccionado.`,
		descriptionLead: (kind, date, place) =>
			place === null ? `${kind}, ${date}.` : `${kind}, ${date}, ${place}.`,
		facts: { date: 'Fecha', kind: 'Tipo', place: 'Lugar', confidence: 'Confianza' },
		monthOnly: 'solo se conoce el mes',
		notInSeed: 'no figura en la página de la UIT (contexto)',
		participants: 'Participantes',
		noCountry: 'Ningún país figura como participante.',
		economiesNamed: (count) =>
			plural('es', count, {
				one: `${count} economía citada.`,
				other: `${count} economías citadas.`
			}),
		since: ({ date, precision }) => (precision === 'day' ? `desde el ${date}` : `desde ${date}`),
		organisations: 'Organizaciones, empresas y personas (fuera del mapa)',
		organisers: 'Organizadores',
		takingPart: 'Participaron',
		keyDates: 'Fechas clave',
		notes: 'Confianza y notas',
		confidenceIs: 'Confianza:',
		sources: 'Fuentes',
		related: 'Eventos relacionados'
	},
	country: {
		label: 'País',
		imageAlt: (name, partners) =>
			partners === 0
				? `Mapa del mundo que resalta ${name}.`
				: partners === 1
					? `Mapa del mundo que resalta ${name} y sombrea el otro país citado en sus eventos.`
					: `Mapa del mundo que resalta ${name} y sombrea los otros ${partners} países citados en sus eventos.`,
		explorerNote: (day, _name, withMeetings) =>
			`El mapa del ${day}, con este país seleccionado${withMeetings ? ' y las reuniones contadas' : ''}.`,
		lead: (_name, joined, memberships, attended) =>
			`De 2003 a 2006: ${instruments(joined)} contra el spam ${signedOrJoined(joined)} (acuerdos, declaraciones, leyes, campañas e iniciativas)${
				memberships > 0
					? `, ${plural('es', memberships, {
							one: `${memberships} más como Estado miembro del órgano que lo adoptó`,
							other: `${memberships} más como Estado miembro de los órganos que los adoptaron`
						})}`
					: ''
			} y ${attended === 0 ? 'ninguna reunión' : `participación en ${meetings(attended)}`}.`,
		description: (name, joined, attended) =>
			`${name} en la cooperación internacional contra el spam, 2003–2006: ${instruments(joined)} ${signedOrJoined(joined)} y ${meetings(attended)}, con fechas, funciones, organismos y fuentes.`,
		story: '2003–2006, evento por evento',
		none: () => 'Ningún evento del atlas cita a este país como participante.',
		notCounted: 'no cuenta como adhesión',
		heldIn: () => 'Otros eventos celebrados en este país',
		partners: 'Comparte eventos con'
	}
} satisfies Messages['pages'];

export default pages;
