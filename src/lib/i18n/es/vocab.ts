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
		signatory: 'Signatario',
		party: 'Parte',
		joined: 'Adhesión posterior',
		member: 'Miembro',
		host: 'Anfitrión',
		chair: 'Presidencia',
		participant: 'Participante'
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
