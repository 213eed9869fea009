import type { Messages } from '../messages';

/** Messages of the share menu (ShareMenu.svelte) and of the image it downloads, loaded with it (Spanish). */
const share = {
	menu: 'Compartir esta vista',
	copyLink: 'Copiar el enlace',
	shareLink: 'Compartir el enlace…',
	embed: 'Copiar el código para insertar',
	embedCopied: 'Código para insertar copiado en el portapapeles.',
	embedCopyThis: 'Copie este código:',
	image: 'Imagen de esta vista',
	png: 'PNG',
	pngPrint: 'PNG para imprimir (2×)',
	svg: 'SVG',
	colours: 'Colores',
	light: 'Claros',
	dark: 'Oscuros',
	working: 'Creando la imagen…',
	downloaded: (name: string) => `${name} descargado.`,
	failed: 'No se pudo crear la imagen. Inténtelo de nuevo.',
	close: 'Cerrar',
	source:
		'Fuente: Atlas de la cooperación contra el spam, a partir de la página de la UIT y de las fuentes que cita',
	outlinedEvent: (title: string) => `En contorno: participantes de ${title}`,
	selectedCountry: (name: string) => `Selección: ${name}`
} satisfies Messages['share'];

export default share;
