import type { Messages } from '../messages';
import { plural } from '../plural';

/** Words for the dataset's codes and what the map counts, in Spanish. */
const vocab = {
	kinds: {
		legislation: 'Legislación',
		initiative: 'Iniciativa',
		'bilateral-mou': 'Memorando bilateral',
		'multilateral-mou': 'Memorando multilateral',
		'industry-mou': 'Memorando del sector',
		declaration: 'Declaración',
		'joint-statement': 'Declaración conjunta',
		'enforcement-campaign': 'Campaña de aplicación',
		conference: 'Conferencia',
		workshop: 'Taller',
		symposium: 'Simposio',
		'virtual-conference': 'Conferencia virtual',
		assembly: 'Asamblea',
		summit: 'Cumbre',
		consultation: 'Consulta pública',
		report: 'Informe'
	},
	roles: {
		signatory: { label: 'Signatario', meaning: 'firmó el instrumento' },
		party: { label: 'Parte', meaning: 'obligado por el instrumento' },
		joined: { label: 'Adhesión posterior', meaning: 'se obligó después de su adopción' },
		member: {
			label: 'Miembro',
			meaning: 'Estado miembro del órgano que lo adoptó; asistencia no verificada'
		},
		host: { label: 'Anfitrión', meaning: 'acogió la reunión' },
		chair: { label: 'Presidencia', meaning: 'presidió la reunión' },
		participant: { label: 'Participante', meaning: 'participó en la reunión' }
	},
	nonState: { company: 'empresa', association: 'asociación', person: 'persona' },
	place: {
		city: (city: string, country: string) => `${city}, ${country}`,
		virtual: 'En línea',
		unknown: 'Lugar desconocido'
	},
	filters: {
		onlyKinds: (kinds: string) => `solo: ${kinds}`,
		seedOnly: 'solo los elementos citados en la página de la UIT',
		confidence: { medium: 'confianza media o alta', high: 'confianza alta' },
		separator: '; '
	},
	counting: {
		short: ({ members, meetings }) =>
			`Instrumentos suscritos${members ? ' o por pertenencia' : ''}${meetings ? ', y reuniones' : ''}`,
		long: ({ members, meetings }) =>
			`Se cuenta por país: los instrumentos (acuerdos, memorandos de entendimiento, declaraciones, leyes, campañas, iniciativas) que firmó, de los que es parte o a los que se adhirió${members ? ', o a los que pertenece como Estado miembro del órgano que los adoptó (asistencia no verificada)' : ''}${meetings ? '; y las reuniones a las que asistió, que acogió o presidió' : ''}. Acoger o presidir la reunión que adoptó un instrumento no es adherirse a él; un instrumento con varias etapas fechadas cuenta una vez.`,
		things: ({ meetings }, count) =>
			plural('es', count, {
				one: `${count} ${meetings ? 'compromiso' : 'instrumento'}`,
				other: `${count} ${meetings ? 'compromisos' : 'instrumentos'}`
			}),
		column: ({ meetings }) => (meetings ? 'Compromisos' : 'Instrumentos'),
		what: ({ members, meetings }) =>
			`al menos un instrumento firmado o suscrito${members ? ' (o por pertenencia)' : ''}${meetings ? ' o una reunión' : ''}`
	}
} satisfies Messages['vocab'];

export default vocab;
