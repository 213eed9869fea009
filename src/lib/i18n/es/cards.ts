import type { Messages } from '../messages';
import { plural } from '../plural';

/** The words of the link-preview images in Spanish. */
const cards = {
	groups: {
		bound: (count) =>
			plural('es', count, {
				one: `${count} firmante u obligado`,
				other: `${count} firmantes u obligados`
			}),
		member: (count) =>
			plural('es', count, { one: `${count} Estado miembro`, other: `${count} Estados miembros` }),
		meeting: (count) =>
			plural('es', count, {
				one: `${count} anfitrión o participante`,
				other: `${count} anfitriones o participantes`
			})
	},
	economies: (count) =>
		plural('es', count, { one: `${count} economía`, other: `${count} economías` }),
	noCountry: 'Ningún país nombrado',
	monthOnly: 'Solo se conoce el mes',
	events: (count) => plural('es', count, { one: `${count} evento`, other: `${count} eventos` }),
	joinedAndMeetings: (instruments, meetings) =>
		`${plural('es', instruments, { one: `${instruments} instrumento suscrito`, other: `${instruments} instrumentos suscritos` })} · ${plural('es', meetings, { one: `${meetings} reunión`, other: `${meetings} reuniones` })}`,
	from: (date) => `Desde ${date}`,
	partners: (count) =>
		plural('es', count, {
			one: `${count} socio en estos eventos`,
			other: `${count} socios en estos eventos`
		}),
	home: {
		title: '¿Quién cooperó contra el spam, y cuándo?',
		economiesNamed: (count) =>
			plural('es', count, {
				one: `${count} economía nombrada`,
				other: `${count} economías nombradas`
			}),
		tagline: 'Acuerdos, firmas y reuniones, día a día',
		legend: (low, high) => `Instrumentos en vigor: de ${low} a ${high}`
	}
} satisfies Messages['cards'];

export default cards;
