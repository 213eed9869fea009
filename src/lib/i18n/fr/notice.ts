import type { Messages } from '../messages';
import { plural } from '../plural';
import { formatNumber } from '../format';

const n = (count: number) => formatNumber('fr', count);

/** Messages for the notice about what a link asked for that could not be used (Notice.svelte and viewState.ts), loaded with it (French). */
const notice = {
	title: 'Une partie de ce lien n’a pas pu être utilisée',
	rest: '\u00a0; l’explorateur affiche donc la vue par défaut\u00a0:',
	dismiss: 'Fermer',
	reasons: {
		unknown: (param) => `${param} n’est pas un réglage de cette page`,
		repeated: (param) => `${param} figure plusieurs fois\u00a0; la première valeur est retenue`,
		empty: (param) => `${param} est vide`,
		flag: (param, value) => `${param}=${value}\u00a0: la valeur attendue est 1`,
		day: (param, value, start, end) =>
			`${param}=${value}\u00a0: ce n’est pas un jour entre le ${start} et le ${end}`,
		country: (value) => `country=${value}\u00a0: code de pays inconnu`,
		event: (value) => `event=${value}\u00a0: événement inconnu`,
		kind: (value) => `kinds\u00a0: ${value} n’est pas un type d’événement connu`,
		kinds: (value) => `kinds=${value}\u00a0: aucun type d’événement connu`,
		confidence: (value) =>
			`confidence=${value}\u00a0: les valeurs possibles sont low, medium ou high`,
		view: (value) => `view=${value}\u00a0: les valeurs possibles sont map ou table`,
		fromAfterDate: (from, date) =>
			`from=${from} est après date=${date}\u00a0; un seul jour est affiché`,
		more: (count) =>
			plural('fr', count, {
				one: `et ${n(count)} autre élément ignoré`,
				other: `et ${n(count)} autres éléments ignorés`
			})
	}
} satisfies Messages['notice'];

export default notice;
