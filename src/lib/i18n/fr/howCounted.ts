import type { Messages } from '../messages';

/** What the map counts, in full (French): loaded when a reader opens “How counted” or the table. */
const howCounted = {
	definition: ({ members, meetings }) =>
		`Compté par pays\u00a0: les instruments (accords, protocoles d’accord, déclarations, lois, campagnes, initiatives) qu’il a signés, auxquels il est partie ou qu’il a rejoints${members ? ', ou auxquels il appartient comme État membre de l’organe qui les a adoptés (présence non vérifiée)' : ''}${meetings ? '\u00a0; et les réunions auxquelles il a participé, qu’il a accueillies ou présidées' : ''}. Accueillir ou présider la réunion qui a adopté un instrument n’est pas le rejoindre\u00a0; un instrument à plusieurs étapes datées compte une fois.`,
	period:
		'Sur une période, un pays compte un instrument qu’il a rejoint pendant la période et dont il ne faisait pas déjà partie avant\u00a0; les pays hachurés n’ont rien rejoint de nouveau mais faisaient déjà partie d’au moins un instrument.',
	month:
		'Une date connue seulement au mois compte à partir du dernier jour de ce mois. «\u00a0Pas de données\u00a0»\u00a0: zones sans code pays ISO.'
} satisfies Messages['howCounted'];

export default howCounted;
