import type { CountingScopeWords } from '../en/vocab';
import type { Messages } from '../messages';
import { plural } from '../plural';

/** Said of `count` counted things joined (the word the explorer's table uses). */
const joined = (count: number) => plural('es', count, { one: 'suscrito', other: 'suscritos' });

/** The world map in Spanish. */
const map = {
	label: 'Mapa del mundo de la participación. Las flechas pasan de un país a otro; Intro abre uno.',
	zoom: {
		label: 'Zoom del mapa',
		in: 'Acercar el mapa',
		out: 'Alejar el mapa',
		reset: 'Restablecer'
	},
	country: {
		day: (name: string, things: string) => `${name}: ${things}`,
		period: (
			name: string,
			things: string,
			count: number,
			scope: CountingScopeWords,
			alreadyIn: boolean
		) =>
			`${name}: ${things} ${joined(count)} en el periodo${alreadyIn ? ', ya participaba antes' : ''}`
	},
	roleKey: {
		before: 'Participantes de ',
		after: ', con contorno:',
		bound: 'firmante o parte,',
		member: 'miembro del órgano convocante (asistencia no verificada),',
		meeting: 'anfitrión, presidencia o participante; los demás países, atenuados.'
	},
	legend: {
		perCountry: 'por país',
		filtered: (filters: string) => `; filtros: ${filters}`,
		colourKey: 'Leyenda de colores',
		none: 'Ninguno',
		nothing: 'Nada',
		nothingNew: 'Nada nuevo; ya participaba antes',
		noData: 'Sin datos',
		back: 'Volver a un solo día',
		how: 'Cómo se cuenta'
	}
} satisfies Messages['map'];

export default map;
