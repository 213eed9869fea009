/** The words of the link-preview images (`/og/…png`): event, country and home cards. */
import { plural } from '../plural';

const cards = {
	groups: {
		/** "3 signed or bound". */
		bound: (count: number) => `${count} signed or bound`,
		member: (count: number) => `${count} member states`,
		meeting: (count: number) => `${count} hosted or took part`
	},
	economies: (count: number) =>
		plural('en', count, { one: `${count} economy`, other: `${count} economies` }),
	noCountry: 'No country named',
	monthOnly: 'Only the month is known',
	events: (count: number) =>
		plural('en', count, { one: `${count} event`, other: `${count} events` }),
	/** "3 instruments joined · 2 meetings". */
	joinedAndMeetings: (instruments: number, meetings: number) =>
		`${plural('en', instruments, { one: `${instruments} instrument`, other: `${instruments} instruments` })} joined · ${plural('en', meetings, { one: `${meetings} meeting`, other: `${meetings} meetings` })}`,
	from: (date: string) => `From ${date}`,
	partners: (count: number) =>
		plural('en', count, {
			one: `${count} partner in these events`,
			other: `${count} partners in these events`
		}),
	home: {
		title: 'Who cooperated against spam, and when?',
		economiesNamed: (count: number) =>
			plural('en', count, { one: `${count} economy named`, other: `${count} economies named` }),
		tagline: 'Agreements, signings and meetings, day by day',
		legend: (low: string, high: string) => `Instruments in force: ${low} to ${high}`
	}
};

export default cards;
