import type { Messages } from '../messages';
import { plural } from '../plural';

/** Words for the dataset's codes and what the map counts, in French. */
const vocab = {
	kinds: {
		legislation: 'Législation',
		initiative: 'Initiative',
		'bilateral-mou': 'Protocole d’accord bilatéral',
		'multilateral-mou': 'Protocole d’accord multilatéral',
		'industry-mou': 'Protocole d’accord du secteur',
		declaration: 'Déclaration',
		'joint-statement': 'Déclaration commune',
		'enforcement-campaign': 'Campagne de répression',
		conference: 'Conférence',
		workshop: 'Atelier',
		symposium: 'Colloque',
		'virtual-conference': 'Conférence virtuelle',
		assembly: 'Assemblée',
		summit: 'Sommet',
		consultation: 'Consultation publique',
		report: 'Rapport'
	},
	roles: {
		signatory: 'Signataire',
		party: 'Partie',
		joined: 'Adhésion ultérieure',
		member: 'Membre',
		host: 'Hôte',
		chair: 'Présidence',
		participant: 'Participant'
	},
	nonState: { company: 'entreprise', association: 'association', person: 'personne' },
	place: {
		city: (city: string, country: string) => `${city} (${country})`,
		virtual: 'En ligne',
		unknown: 'Lieu inconnu'
	},
	filters: {
		onlyKinds: (kinds: string) => `seulement\u00a0: ${kinds}`,
		seedOnly: 'seulement les éléments cités sur la page de l’UIT',
		confidence: { medium: 'confiance moyenne ou élevée', high: 'confiance élevée' },
		separator: '\u00a0; '
	},
	counting: {
		short: ({ members, meetings }) =>
			`Instruments rejoints${members ? ' ou par appartenance' : ''}${meetings ? ', et réunions' : ''}`,
		things: ({ meetings }, count) =>
			plural('fr', count, {
				one: `${count} ${meetings ? 'engagement' : 'instrument'}`,
				other: `${count} ${meetings ? 'engagements' : 'instruments'}`
			}),
		column: ({ meetings }) => (meetings ? 'Engagements' : 'Instruments'),
		what: ({ members, meetings }) =>
			`au moins un instrument signé ou rejoint${members ? ' (ou par appartenance)' : ''}${meetings ? ' ou une réunion' : ''}`
	}
} satisfies Messages['vocab'];

export default vocab;
