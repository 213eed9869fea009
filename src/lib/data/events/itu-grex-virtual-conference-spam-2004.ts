import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'itu-grex-virtual-conference-spam-2004',
	title: 'ITU G-REX virtual conference on regulatory cooperation on spam',
	shortTitle: 'ITU G-REX virtual conference',
	kind: 'virtual-conference',
	category: 'meeting',
	date: '2004-03-30',
	place: { kind: 'virtual' },
	summary:
		"Online conference of regulators on the ITU's Global Regulators' Exchange about frameworks for international cooperation against spam.",
	participants: [
		{
			country: 'AUS',
			role: 'chair',
			agency: 'Australian Communications Authority (ACA) – Dr Bob Horton, Acting Chairman',
			note: 'Moderated the conference'
		},
		{ country: 'BRA', role: 'participant', note: 'Represented by its regulator' },
		{ country: 'JPN', role: 'participant', note: 'Represented by its regulator' },
		{ country: 'JOR', role: 'participant', note: 'Represented by its regulator' },
		{ country: 'KOR', role: 'participant', note: 'Represented by its regulator' },
		{ country: 'NZL', role: 'participant', note: 'Represented by its regulator' },
		{ country: 'NOR', role: 'participant', note: 'Represented by its regulator' },
		{ country: 'THA', role: 'participant', note: 'Represented by its regulator' },
		{ country: 'GBR', role: 'participant', note: 'Represented by its regulator' },
		{ country: 'USA', role: 'participant', note: 'Represented by its regulator' }
	],
	nonStateParticipants: ['European Commission'],
	organizers: ['ITU Telecommunication Development Bureau (BDT), Regulatory Reform Unit'],
	sources: [
		{
			title:
				'ITU SPU Newslog (copy, 9 May 2004): ITU Virtual Conference on International Cooperation on Countering SPAM (mirror)',
			url: 'http://www.tmttlt.com/2004/05/08/sun-09-may-2004-020702-gmt/'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'medium',
	notes:
		'Date, moderator and participant list come from a blog repost of the ITU Strategy and Policy Unit newslog (original ITU page not found). The newslog says a group of working-level officials from six countries was formed afterwards, led by Horton. The ITU page gives no date.',
	inSeed: true,
	related: ['gsr-2003-geneva'],
	keyDates: []
};
