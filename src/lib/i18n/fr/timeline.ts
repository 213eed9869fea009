import { formatNumber } from '../format';
import type { Messages } from '../messages';
import { plural } from '../plural';

/** The timeline in French. */
const timeline = {
	heading: 'Frise chronologique',
	lanes: { agreements: 'Accords', meetings: 'Réunions' },
	slider: { date: 'Date', start: 'Date de début' },
	marks: {
		label: 'Événements, par ordre chronologique',
		mark: (title: string, date: string, kind: string, lowConfidence: boolean) =>
			`${title}, ${date}, ${kind}${lowConfidence ? ', confiance faible' : ''}`,
		countries: (count: number) =>
			count === 0
				? 'aucun pays sur la carte'
				: plural('fr', count, {
						one: `${formatNumber('fr', count)} pays`,
						other: `${formatNumber('fr', count)} pays`
					}),
		latest: 'Dernier événement à la date affichée.',
		monthOnly: 'Seul le mois est connu.',
		lowConfidence: 'Confiance faible\u00a0: voir les détails.'
	},
	legend: {
		label: 'Légende de la frise',
		agreement: 'Accord',
		meeting: 'Réunion',
		monthOnly: 'Seul le mois est connu',
		lowConfidence: 'Confiance faible',
		selected: 'Sélectionné',
		cursor: 'Date affichée sur la carte'
	},
	toolbar: {
		label: 'Commandes de la frise',
		/** Short, as media players say it: the compact bar stays one row at 360 px. */
		play: 'Lire',
		pause: 'Pause',
		speed: 'Vitesse',
		speeds: { slow: 'Lente', normal: 'Normale', fast: 'Rapide' },
		period: 'Période',
		custom: 'Personnalisée',
		previous: 'Événement précédent',
		next: 'Événement suivant',
		/** Unfolds the frise's lanes on a small screen ("Événements" would not fit the one-row bar). */
		lanes: 'Frise',
		zoom: 'Zoom de la frise',
		zoomIn: 'Zoom avant sur la frise',
		zoomOut: 'Zoom arrière sur la frise',
		resetZoom: 'Réinitialiser le zoom'
	}
} satisfies Messages['timeline'];

export default timeline;
