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
	selectedCountry: (name: string) => `Selección: ${name}`,
	animation: {
		open: 'Exportar animación…',
		title: 'Exportar una animación',
		intro:
			'Reproduce el período como el botón Reproducir de la línea de tiempo, en un archivo creado en este dispositivo.',
		from: 'Desde',
		to: 'Hasta',
		format: 'Formato',
		webm: 'Vídeo (WebM)',
		gif: 'GIF animado',
		noVideo: 'Este navegador no puede crear vídeos: el GIF funciona en todas partes.',
		length: (duration: string, frames: string) =>
			`${duration}: ${frames} fotogramas a 30 fotogramas por segundo`,
		badPeriod:
			'Elija un inicio anterior al final, entre el 1 de enero de 2003 y el 31 de diciembre de 2006.',
		start: 'Exportar',
		cancel: 'Cancelar',
		close: 'Cerrar',
		progress: 'Progreso de la exportación',
		started: 'Creando la animación…',
		working: (done: string, total: string, left: string | null) =>
			`Fotograma ${done} de ${total}${left ? `, quedan unos ${left}` : ''}`,
		cancelled: 'Exportación cancelada.',
		saved: (name: string, size: string) => `${name} guardado (${size}).`,
		failed: 'No se pudo crear la animación. Inténtelo de nuevo.'
	}
} satisfies Messages['share'];

export default share;
