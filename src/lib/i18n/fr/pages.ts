import type { Messages } from '../messages';
import { plural } from '../plural';

const instruments = (count: number) =>
	count === 0
		? 'aucun instrument'
		: plural('fr', count, { one: `${count} instrument`, other: `${count} instruments` });
const signedOrJoined = (count: number) =>
	plural('fr', count, { one: 'signé ou rejoint', other: 'signés ou rejoints' });
const meetings = (count: number) =>
	count === 0
		? 'aucune réunion'
		: plural('fr', count, { one: `${count} réunion`, other: `${count} réunions` });

/** The event and country pages in French. */
const pages = {
	home: {
		description:
			'Une frise chronologique et une carte du monde de la coopération des régulateurs, des gouvernements et de l’industrie contre le spam entre 2003 et 2006\u00a0: chaque accord, signature et réunion, jour après jour, avec ses sources.',
		imageAlt:
			'Carte du monde des pays engagés dans des instruments contre le spam fin 2006, en teintes selon leur nombre.'
	},
	notFound: {
		title: 'Page introuvable',
		text: 'Il n’y a pas de page à cette adresse. Le lien est peut-être mal saisi, ou la page a été déplacée.',
		explorer: 'Ouvrir l’explorateur',
		explorerMore: '\u00a0: la carte et la frise de 2003–2006.',
		events: 'Tous les événements et leurs sources',
		eventsMore: ', sur une seule page.'
	},
	error: {
		title: 'Un problème est survenu',
		text: (status: number) => `La page n’a pas pu être affichée (erreur ${status}).`,
		back: 'Retour à l’explorateur'
	},
	article: {
		explore: 'Ouvrir dans l’explorateur'
	},
	common: {
		confidence: { low: 'faible', medium: 'moyenne', high: 'élevée' },
		colon: '\u00a0: ',
		lowConfidence: 'confiance faible'
	},
	event: {
		imageAlt: (economies, title) =>
			economies === 0
				? `Carte du monde\u00a0: aucune économie citée dans «\u00a0${title}\u00a0».`
				: economies === 1
					? `Carte du monde de l’économie citée dans «\u00a0${title}\u00a0», en couleur selon son rôle.`
					: `Carte du monde des ${economies} économies citées dans «\u00a0${title}\u00a0», en couleurs selon leur rôle.`,
		explorerNote: (day) => `La carte au ${day}, avec cet événement sélectionné.`,
		descriptionLead: (kind, date, place) =>
			place === null ? `${kind}, ${date}.` : `${kind}, ${date}, ${place}.`,
		facts: { date: 'Date', kind: 'Type', place: 'Lieu', confidence: 'Confiance' },
		monthOnly: 'seul le mois est connu',
		notInSeed: 'absent de la page de l’UIT (contexte)',
		participants: 'Participants',
		noCountry: 'Aucun pays n’est cité comme participant.',
		economiesNamed: (count) =>
			plural('fr', count, {
				one: `${count} économie citée.`,
				other: `${count} économies citées.`
			}),
		since: ({ date, precision }) => (precision === 'day' ? `depuis le ${date}` : `depuis ${date}`),
		organisations: 'Organisations, entreprises et personnes (hors carte)',
		organisers: 'Organisateurs',
		takingPart: 'Y ont pris part',
		keyDates: 'Dates clés',
		notes: 'Confiance et notes',
		confidenceIs: 'Confiance\u00a0:',
		sources: 'Sources',
		related: 'Événements liés'
	},
	country: {
		label: 'Pays',
		imageAlt: (name, partners) =>
			partners === 0
				? `Carte du monde\u00a0: ${name} en évidence.`
				: partners === 1
					? `Carte du monde\u00a0: ${name} en évidence et, en teinte, l’autre pays cité dans ses événements.`
					: `Carte du monde\u00a0: ${name} en évidence et, en teinte, les ${partners} autres pays cités dans ses événements.`,
		explorerNote: (day, _name, withMeetings) =>
			`La carte au ${day}, avec ce pays sélectionné${withMeetings ? ' et les réunions comptées' : ''}.`,
		lead: (_name, joined, memberships, attended) =>
			`De 2003 à 2006\u00a0: ${instruments(joined)} contre le spam ${signedOrJoined(joined)} (accords, déclarations, lois, campagnes et initiatives)${
				memberships > 0
					? `, ${plural('fr', memberships, {
							one: `${memberships} autre en tant qu’État membre de l’organe qui l’a adopté`,
							other: `${memberships} autres en tant qu’État membre des organes qui les ont adoptés`
						})}`
					: ''
			}, et ${attended === 0 ? 'aucune réunion' : `une participation à ${meetings(attended)}`}.`,
		description: (name, joined, attended) =>
			`${name} dans la coopération internationale contre le spam, 2003–2006\u00a0: ${instruments(joined)} ${signedOrJoined(joined)} et ${meetings(attended)}, avec dates, rôles, organismes et sources.`,
		story: '2003–2006, événement par événement',
		none: () => 'Aucun événement de l’atlas ne cite ce pays comme participant.',
		notCounted: 'non compté comme adhésion',
		heldIn: () => 'Autres événements tenus dans ce pays',
		partners: 'Événements partagés avec'
	}
} satisfies Messages['pages'];

export default pages;
