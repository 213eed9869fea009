import type { Messages } from '../messages';

/** Messages for the table of countries (CountryTable.svelte), loaded with it (Spanish). */
const table = {
	caption: (column, when, byName) =>
		`${column} por país ${when}, ordenados ${byName ? 'por nombre del país' : 'por número, de mayor a menor'}`,
	onDay: (date) => `al ${date}`,
	joinedIn: (period) => `suscritos ${period}`,
	country: 'País',
	hadJoined: 'Qué había suscrito',
	joined: 'Qué suscribió',
	role: (role, date) => `(${role}, ${date})`,
	nothing: '—'
} satisfies Messages['table'];

export default table;
