import type { Messages } from '../messages';
import { plural } from '../plural';
import { formatNumber } from '../format';

const n = (count: number) => formatNumber('es', count);

/** Messages for the notice about what a link asked for that could not be used (Notice.svelte and viewState.ts), loaded with it (Spanish). */
const notice = {
	title: 'Parte de este enlace no se pudo usar',
	rest: ', así que el explorador muestra la vista predeterminada:',
	dismiss: 'Cerrar',
	reasons: {
		unknown: (param) => `${param} no es un ajuste de esta página`,
		repeated: (param) => `${param} aparece varias veces; se usa el primer valor`,
		empty: (param) => `${param} está vacío`,
		flag: (param, value) => `${param}=${value}: el valor esperado es 1`,
		day: (param, value, start, end) =>
			`${param}=${value}: no es un día entre el ${start} y el ${end}`,
		country: (value) => `country=${value}: código de país desconocido`,
		event: (value) => `event=${value}: evento desconocido`,
		kind: (value) => `kinds: ${value} no es un tipo de evento conocido`,
		kinds: (value) => `kinds=${value}: ningún tipo de evento conocido`,
		confidence: (value) => `confidence=${value}: los valores posibles son low, medium o high`,
		view: (value) => `view=${value}: los valores posibles son map o table`,
		fromAfterDate: (from, date) =>
			`from=${from} es posterior a date=${date}; se muestra un solo día`,
		more: (count) =>
			plural('es', count, {
				one: `y ${n(count)} elemento más ignorado`,
				other: `y ${n(count)} elementos más ignorados`
			})
	}
} satisfies Messages['notice'];

export default notice;
