import type { Messages } from '../messages';
import { isIsoMonth, formatInWords } from '$lib/time/day';
import { formatNumber } from '../format';
import { plural } from '../plural';

/** "1 événement", "46 événements". */
const events = (count: number) => {
	const n = formatNumber('fr', count);
	return plural('fr', count, { one: `${n} événement`, other: `${n} événements` });
};

/** The About page in French. */
const about = {
	title: 'À propos des données',
	description: (count) =>
		`Sources, méthode et incertitudes connues de l’Atlas de la coopération contre le spam\u00a0: ${events(count)} de coopération internationale contre le spam, 2003–2006.`,
	intro: {
		start: (count) =>
			`L’atlas réunit ${events(count)}\u00a0: les accords, protocoles d’accord, déclarations, lois, campagnes, initiatives et réunions par lesquels des pays ont coopéré contre le spam entre 2003 et 2006. Il part de la page de l’UIT`,
		link: '«\u00a0International cooperation on countering spam\u00a0»',
		end: '\u00a0; chaque date, chaque lieu et chaque participant a ensuite été vérifié dans les sources indiquées pour chaque événement. Lorsque les sources corrigent la page de l’UIT, l’atlas suit les sources et le signale dans les notes de l’événement.'
	},
	download: {
		heading: 'Téléchargement',
		lead: 'L’ensemble des données, avec toutes les sources\u00a0:',
		json: '(un enregistrement par événement) et',
		csv: '(une ligne par événement et par participant, pour les tableurs). Les dates sont au format',
		dayFormat: 'AAAA-MM-JJ',
		or: ', ou',
		monthFormat: 'AAAA-MM',
		end: 'lorsque seul le mois est connu\u00a0; les pays sont désignés par leur code ISO 3166-1 alpha-3.'
	},
	counting: {
		heading: 'Comment la participation est comptée',
		text: 'À une date donnée, un instrument est compté pour un pays lorsque celui-ci figure parmi ses participants et que sa participation a commencé\u00a0: à la date de son adhésion si elle est postérieure à l’événement (par exemple pour les dix États entrés dans l’UE le 1er mai 2004), sinon à la date de l’événement. Une date connue seulement au mois prend effet le dernier jour de ce mois. Les réunions ne comptent que lorsque l’option des réunions de la carte est activée. Les organisations sans pays (la Commission européenne, l’OCDE, des entreprises) figurent avec leurs événements mais pas sur la carte, et les participants que les sources ne nomment pas ne sont jamais devinés.'
	},
	members: {
		heading: 'États membres des organisations convocatrices',
		text: 'Lorsqu’un instrument ou une réunion émane des États membres d’une organisation (l’UE, l’OCDE, l’ASEAN, l’ASEM), l’atlas indique comme membres les États qui en faisaient partie à la date de l’événement, d’après une liste datée par organisation. Voici ces listes, avec la date d’adhésion de chaque État et leurs sources.',
		bodies: {
			EU: 'Union européenne',
			OECD: 'OCDE',
			ASEAN: 'ASEAN',
			ASEM: 'ASEM'
		},
		summary: (body, count) => {
			const n = formatNumber('fr', count);
			return `${body}\u00a0: ${plural('fr', count, { one: `${n} État membre`, other: `${n} États membres` })}`;
		},
		/** "depuis le 1 mai 2004", "depuis janvier 1984". */
		from: (joined) =>
			isIsoMonth(joined)
				? `depuis ${formatInWords(joined, 'fr')}`
				: `depuis le ${formatInWords(joined, 'fr')}`,
		separator: ', ',
		sources: 'Sources\u00a0:'
	},
	changes: {
		heading: 'Ce qui a changé',
		text: 'Corrections apportées aux données depuis leur première publication, des plus récentes aux plus anciennes.',
		afterEvent: '\u00a0:',
		source: '(source\u00a0:',
		sourceEnd: ')'
	},
	doubts: {
		heading: 'Incertitudes connues',
		text: (count) =>
			`${plural('fr', count, {
				one: `${formatNumber('fr', count)} événement a un niveau de confiance moyen ou faible.`,
				other: `${formatNumber('fr', count)} événements ont un niveau de confiance moyen ou faible.`
			})} Sur la frise, les événements de confiance faible se distinguent par un contour en pointillés, et leurs notes expliquent pourquoi.`,
		confidence: {
			low: 'confiance faible',
			medium: 'confiance moyenne',
			high: 'confiance élevée'
		}
	},
	context: {
		heading: 'Éléments de contexte',
		text: (count, filter) => {
			const n = formatNumber('fr', count);
			return plural('fr', count, {
				one: `${n} événement n’est pas cité sur la page de l’UIT mais éclaire ceux qui le sont\u00a0; le filtre de l’explorateur «\u00a0${filter}\u00a0» le masque.`,
				other: `${n} événements ne sont pas cités sur la page de l’UIT mais éclairent ceux qui le sont\u00a0; le filtre de l’explorateur «\u00a0${filter}\u00a0» les masque.`
			});
		},
		item: (title, date) => `${title} (${date})`
	},
	events: {
		heading: 'Tous les événements et leurs sources'
	},
	metaSeparator: ' · '
} satisfies Messages['about'];

export default about;
