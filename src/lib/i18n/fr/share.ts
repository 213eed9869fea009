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
	selectedCountry: (name: string) => `Sélection\u00a0: ${name}`,
	animation: {
		open: 'Exporter une animation…',
		title: 'Exporter une animation',
		intro:
			'Joue la période comme le bouton Lecture de la frise, dans un fichier créé sur cet appareil.',
		from: 'Du',
		to: 'Au',
		format: 'Format',
		webm: 'Vidéo (WebM)',
		gif: 'GIF animé',
		noVideo: 'Ce navigateur ne sait pas créer de vidéo\u00a0: le GIF fonctionne partout.',
		length: (duration: string, frames: string) =>
			`${duration}\u00a0: ${frames} images à 30 images par seconde`,
		badPeriod:
			'Choisissez un début avant la fin, entre le 1er janvier 2003 et le 31 décembre 2006.',
		start: 'Exporter',
		cancel: 'Annuler',
		close: 'Fermer',
		progress: 'Progression de l’export',
		started: 'Création de l’animation…',
		working: (done: string, total: string, left: string | null) =>
			`Image ${done} sur ${total}${left ? `, encore environ ${left}` : ''}`,
		cancelled: 'Export annulé.',
		saved: (name: string, size: string) => `${name} enregistré (${size}).`,
		failed: 'L’animation n’a pas pu être créée. Veuillez réessayer.'
	}
} satisfies Messages['share'];

export default share;
