import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'oecd-anti-spam-toolkit-launch-2004',
	title: 'OECD Anti-Spam Toolkit launched',
	shortTitle: 'OECD Toolkit launched',
	kind: 'initiative',
	category: 'agreement',
	date: '2004-09-21',
	place: { kind: 'city', city: 'Paris', country: 'FRA' },
	summary:
		'The OECD announced the parts of its planned anti-spam toolkit and invited contributions from governments, industry and civil society, including from non-member countries.',
	participants: [{ membersOf: 'OECD', role: 'member' }],
	nonStateParticipants: [],
	organizers: [],
	sources: [
		{
			title:
				'OECD press release (21/09/2004): OECD Launches Anti-Spam Toolkit and Invites Public Contributions',
			url: 'https://www.oecd.org/digital/ieconomy/oecdlaunchesanti-spamtoolkitandinvitespubliccontributions.htm'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"The ITU page's wording ('launched an Anti-Spam Toolkit as the first step in a broader initiative') matches both this 2004 announcement and the 2006 publication; both are recorded.",
	inSeed: true,
	related: [
		'oecd-task-force-on-spam-2004',
		'oecd-spam-workshop-busan-2004',
		'oecd-recommendation-spam-enforcement-2006',
		'oecd-anti-spam-toolkit-2006'
	],
	keyDates: []
};
