import type { Messages } from '../messages';

/** Messages of the share menu (ShareMenu.svelte) and of the image it downloads, loaded with it (French). */
const share = {
	menu: 'Partager cette vue',
	copyLink: 'Copier le lien',
	shareLink: 'Partager le lien…',
	embed: 'Copier le code d’intégration',
	embedCopied: 'Code d’intégration copié dans le presse-papiers.',
	embedCopyThis: 'Copiez ce code\u00a0:',
	image: 'Image de cette vue',
	png: 'PNG',
	pngPrint: 'PNG pour l’impression (2×)',
	svg: 'SVG',
	colours: 'Couleurs',
	light: 'Claires',
	dark: 'Sombres',
	working: 'Création de l’image…',
	downloaded: (name: string) => `${name} téléchargé.`,
	failed: 'L’image n’a pas pu être créée. Veuillez réessayer.',
	close: 'Fermer',
	source:
		'Source\u00a0: Atlas de la coopération contre le spam, d’après la page de l’UIT et les sources qu’elle cite',
	outlinedEvent: (title: string) => `En contour\u00a0: participants de ${title}`,
	selectedCountry: (name: string) => `Sélection\u00a0: ${name}`
} satisfies Messages['share'];

export default share;
