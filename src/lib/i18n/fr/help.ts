import type { Messages } from '../messages';

/** The explorer's "How to use" points (French), loaded when a reader opens them. */
const help = {
	drag: (play) => `Faites glisser le curseur orange, cliquez sur l’axe ou appuyez sur ${play}.`,
	slider:
		'Curseur de date\u00a0: flèches pour un jour, Page préc./Page suiv. pour un mois, Début/Fin pour les extrémités, Maj+flèches pour l’événement précédent ou suivant.',
	keys: 'Tab pour aller aux événements ou à la carte\u00a0; flèches pour se déplacer, Entrée pour en ouvrir un.'
} satisfies Messages['help'];

export default help;
