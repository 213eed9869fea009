import type { Messages } from '../messages';

/** Messages for the table of countries (CountryTable.svelte), loaded with it (French). */
const table = {
	caption: (column, when, byName) =>
		`${column} par pays ${when}, triés ${byName ? 'par nom de pays' : 'par nombre décroissant'}`,
	onDay: (date) => `au ${date}`,
	joinedIn: (period) => `rejoints ${period}`,
	country: 'Pays',
	hadJoined: 'Ce qu’il avait rejoint',
	joined: 'Ce qu’il a rejoint',
	role: (role, date) => `(${role}, ${date})`,
	nothing: '—'
} satisfies Messages['table'];

export default table;
