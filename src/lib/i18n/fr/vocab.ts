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
		signatory: { label: 'Signataire', meaning: 'a signé l’instrument' },
		party: { label: 'Partie', meaning: 'liée par l’instrument' },
		joined: { label: 'Adhésion ultérieure', meaning: 'liée après l’adoption de l’instrument' },
		member: {
			label: 'Membre',
			meaning: 'État membre de l’organe qui l’a adopté\u00a0; présence non vérifiée'
		},
		host: { label: 'Hôte', meaning: 'a accueilli la réunion' },
		chair: { label: 'Présidence', meaning: 'a présidé la réunion' },
		participant: { label: 'Participant', meaning: 'a pris part à la réunion' }
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
		long: ({ members, meetings }) =>
			`Compté par pays\u00a0: les instruments (accords, protocoles d’accord, déclarations, lois, campagnes, initiatives) qu’il a signés, auxquels il est partie ou qu’il a rejoints${members ? ', ou auxquels il appartient comme État membre de l’organe qui les a adoptés (présence non vérifiée)' : ''}${meetings ? '\u00a0; et les réunions auxquelles il a participé, qu’il a accueillies ou présidées' : ''}. Accueillir ou présider la réunion qui a adopté un instrument n’est pas le rejoindre\u00a0; un instrument à plusieurs étapes datées compte une fois.`,
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
