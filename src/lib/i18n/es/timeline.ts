import { formatNumber } from '../format';
import type { Messages } from '../messages';
import { plural } from '../plural';

/** The timeline in Spanish. */
const timeline = {
	heading: 'Cronología',
	lanes: { agreements: 'Acuerdos', meetings: 'Reuniones' },
	slider: { date: 'Fecha', start: 'Fecha de inicio' },
	marks: {
		label: 'Eventos, por orden cronológico',
		mark: (title: string, date: string, kind: string, lowConfidence: boolean) =>
			`${title}, ${date}, ${kind}${lowConfidence ? ', confianza baja' : ''}`,
		countries: (count: number) =>
			count === 0
				? 'ningún país en el mapa'
				: plural('es', count, {
						one: `${formatNumber('es', count)} país`,
						other: `${formatNumber('es', count)} países`
					}),
		latest: 'Último evento a la fecha mostrada.',
		monthOnly: 'Solo se conoce el mes.',
		lowConfidence: 'Confianza baja: consulte los detalles.'
	},
	legend: {
		label: 'Leyenda de la cronología',
		agreement: 'Acuerdo',
		meeting: 'Reunión',
		monthOnly: 'Solo se conoce el mes',
		lowConfidence: 'Confianza baja',
		selected: 'Seleccionado',
		cursor: 'Fecha mostrada en el mapa'
	},
	toolbar: {
		label: 'Controles de la cronología',
		/** "Reproducir" would not fit the one-row bar at 360 px. */
		play: 'Iniciar',
		pause: 'Pausa',
		speed: 'Velocidad',
		speeds: { slow: 'Lenta', normal: 'Normal', fast: 'Rápida' },
		period: 'Periodo',
		custom: 'Personalizado',
		previous: 'Evento anterior',
		next: 'Evento siguiente',
		lanes: 'Eventos',
		zoom: 'Zoom de la cronología',
		zoomIn: 'Acercar la cronología',
		zoomOut: 'Alejar la cronología',
		resetZoom: 'Restablecer el zoom'
	}
} satisfies Messages['timeline'];

export default timeline;
