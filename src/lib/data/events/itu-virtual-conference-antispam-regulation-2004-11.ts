import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'itu-virtual-conference-antispam-regulation-2004-11',
	title: 'ITU virtual conference on regulatory efforts to counter spam',
	shortTitle: 'ITU virtual conference, Nov 2004',
	kind: 'virtual-conference',
	category: 'meeting',
	date: '2004-11-19',
	place: { kind: 'virtual' },
	summary:
		'Online meeting at which spam regulators, mostly from the Asia-Pacific region, reported on national laws and enforcement; Korea presented the draft Seoul–Melbourne MoU.',
	participants: [
		{ country: 'AUS', role: 'participant', note: 'Represented by its regulator' },
		{ country: 'JPN', role: 'participant', note: 'Represented by its regulator' },
		{
			country: 'KOR',
			role: 'participant',
			agency: 'Korea Information Security Agency (KISA)',
			note: 'Presented the Seoul–Melbourne multilateral MoU'
		},
		{
			country: 'MYS',
			role: 'participant',
			agency: 'Malaysian Communications and Multimedia Commission (MCMC)'
		},
		{ country: 'SGP', role: 'participant', note: 'Represented by its regulator' },
		{ country: 'THA', role: 'participant', note: 'Represented by its regulator' },
		{ country: 'CHN', role: 'participant', note: 'Represented by its regulator' },
		{ country: 'IND', role: 'participant', note: 'Represented by its regulator' }
	],
	nonStateParticipants: ['International Telecommunications Users Group (INTUG)'],
	organizers: ['ITU'],
	sources: [
		{
			title:
				'MCMC presentation: Anti-SPAM activities in Malaysia - ITU virtual conference on anti-spam regulation and policy development, November 19th, 2004 (mirror)',
			url: 'https://slideplayer.com/slide/751120'
		},
		{
			title: 'Same MCMC presentation (slideserve mirror)',
			url: 'https://cdn.slideserve.com/EllenMixel/anti-spam-activities-in-malaysia-current-situation'
		},
		{
			title:
				"Slideplayer listing incl. KISA 'Seoul-Melbourne Multilateral MOU on Cooperation in Countering Spam, 19 November 2004' (mirror)",
			url: 'https://slideplayer.com/amp/7471305'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"The date is confirmed by the MCMC and KISA slide decks. The participant list is the ITU page's; only Malaysia and Korea were confirmed independently. Presentations used the title 'ITU virtual conference on anti-spam regulation and policy development'.",
	inSeed: true,
	related: ['seoul-melbourne-multilateral-mou-2005'],
	keyDates: []
};
