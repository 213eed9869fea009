/** Messages for the table of countries (CountryTable.svelte), loaded with it (English). */
const table = {
	/**
	 * The caption: "Instruments per country on 27 April 2005, sorted by count, highest first";
	 * `column` is the counted things' heading, `when` is `onDay` or `joinedIn`.
	 */
	caption: (column: string, when: string, byName: boolean) =>
		`${column} per country ${when}, sorted by ${byName ? 'country name' : 'count, highest first'}`,
	/** "on 27 April 2005" (the date already in words). */
	onDay: (date: string) => `on ${date}`,
	/** "joined between 1 January 2005 and 31 December 2005" (the period from `periodInWords`). */
	joinedIn: (period: string) => `joined ${period}`,
	country: 'Country',
	/** The third column's heading on one day, and in a period. */
	hadJoined: 'What it had joined',
	joined: 'What it joined',
	/** After an instrument's title: "(Signatory, 27 April 2005)". */
	role: (role: string, date: string) => `(${role}, ${date})`,
	nothing: '—'
};

export default table;
