import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'itu-t-cybersecurity-symposium-ii-moscow-2005',
	title: 'ITU-T Cybersecurity Symposium II (Moscow)',
	shortTitle: 'ITU-T Cybersecurity Symposium II',
	kind: 'symposium',
	category: 'meeting',
	date: '2005-03-29',
	place: { kind: 'city', city: 'Moscow', country: 'RUS' },
	summary:
		'One-day ITU-T symposium on cybersecurity standards, law and policy, hosted by the Russian Association for Networks and Services.',
	participants: [
		{
			country: 'RUS',
			role: 'host',
			agency: 'Russian Association for Networks and Services (RANS)'
		},
		{ country: 'USA', role: 'participant', note: 'Represented by governmental organizations' },
		{ country: 'GBR', role: 'participant', note: 'Represented by governmental organizations' },
		{ country: 'CAN', role: 'participant', note: 'Represented by governmental organizations' },
		{ country: 'CHN', role: 'participant', note: 'Represented by governmental organizations' }
	],
	nonStateParticipants: [],
	organizers: ['ITU-T', 'Russian Association for Networks and Services (RANS) (host)'],
	sources: [
		{
			title:
				'ITU-T Final Report: Cybersecurity Symposium II (Moscow, Russian Federation, 29 March 2005) (mirror)',
			url: 'https://studylib.net/doc/12957284/itu-t-final-report-cybersecurity-symposium-ii'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		'About 200 participants. Cybersecurity Symposium I was held in Florianópolis alongside WTSA-04 (not on the ITU page).',
	inSeed: true,
	related: [],
	keyDates: []
};
