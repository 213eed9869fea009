import type { CountingScopeWords } from '../en/vocab';
import { formatNumber } from '../format';
import type { Messages } from '../messages';
import { plural } from '../plural';

/** One counted thing, as the counting scope names it (both masculine). */
const noun = ({ meetings }: CountingScopeWords) => (meetings ? 'compromiso' : 'instrumento');
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
		how: 'Cómo se cuenta',
		howPeriod:
			'En un periodo, un país cuenta un instrumento al que se adhirió dentro del periodo y del que no formaba parte antes; los países rayados no se adhirieron a nada nuevo, pero ya formaban parte de al menos uno.',
		howMonth:
			'Una fecha de la que solo se conoce el mes cuenta desde el último día de ese mes. «Sin datos»: zonas sin código de país ISO.'
	},
	tooltip: {
		onDay: (things: string, day: string) => `${things} al ${day}`,
		inPeriod: (things: string, count: number, scope: CountingScopeWords, period: string) =>
			`${things} ${joined(count)} ${period}`,
		nothingYet: (scope: CountingScopeWords) => `Ningún ${noun(scope)} contabilizado por ahora.`,
		nothingNew: (scope: CountingScopeWords) =>
			`Nada nuevo en este periodo; ya formaba parte de al menos un ${noun(scope)} antes.`,
		nothingInPeriod: (scope: CountingScopeWords) =>
			`Ningún ${noun(scope)} contabilizado al final de este periodo.`,
		more: (count: number) => `y ${formatNumber('es', count)} más (abra el país para verlos todos)`
	}
} satisfies Messages['map'];

export default map;
