import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'oecd-anti-spam-toolkit-2006',
	title: 'OECD Anti-Spam Toolkit published',
	shortTitle: 'OECD Toolkit published',
	instrumentOf: 'oecd-anti-spam-toolkit-launch-2004',
	kind: 'initiative',
	category: 'agreement',
	date: '2006-04-19',
	place: { kind: 'city', city: 'Paris', country: 'FRA' },
	summary:
		'The OECD Task Force released its final toolkit of recommended anti-spam policies and measures, covering law, enforcement, industry action, technology, education and outreach.',
	participants: [{ membersOf: 'OECD', role: 'member' }],
	nonStateParticipants: [],
	organizers: [],
	sources: [
		{
			title:
				"OECD press release of 19/04/2006: 'OECD urges governments and industry to do more to tackle spam'",
			url: 'https://www.oecd.org/general/oecdurgesgovernmentsandindustrytodomoretotacklespam.htm'
		},
		{
			title: 'NACPEC: OECD Anti-Spam Toolkit of Recommended Policies and Measures (19 April 2006)',
			url: 'http://nacpec.org/en/links/spam/multi_lat.html?lang=es'
		},
		{
			title: 'MalwareHelp (24 Apr 2006): Anti-Spam Toolkit of Recommended Policies and Measures',
			url: 'http://www.malwarehelp.org/news/article-3419.html'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"OECD press release dated 19/04/2006 (also quoted in a 20 Apr 2006 mailing-list post); NACPEC lists the toolkit as '19 April 2006'. The ITU page does not date the toolkit's publication.",
	inSeed: true,
	related: [
		'oecd-task-force-on-spam-2004',
		'oecd-anti-spam-toolkit-launch-2004',
		'oecd-recommendation-spam-enforcement-2006'
	],
	keyDates: []
};
