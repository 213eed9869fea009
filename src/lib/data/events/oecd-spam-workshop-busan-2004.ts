import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'oecd-spam-workshop-busan-2004',
	title: 'Second OECD workshop on spam (Busan)',
	shortTitle: 'OECD spam workshop, Busan',
	kind: 'workshop',
	category: 'meeting',
	date: '2004-09-08',
	endDate: '2004-09-09',
	place: { kind: 'city', city: 'Busan', country: 'KOR' },
	summary:
		'OECD workshop in Korea at which the new Spam Task Force outlined its planned anti-spam toolkit.',
	participants: [{ country: 'KOR', role: 'host', note: 'Host country' }],
	nonStateParticipants: ['OECD Spam Task Force (chair Tom Dale)'],
	organizers: ['OECD'],
	sources: [
		{
			title: 'OECD: OECD Launches Anti-Spam Toolkit and Invites Public Contributions (21 Sep 2004)',
			url: 'https://www.oecd.org/digital/ieconomy/oecdlaunchesanti-spamtoolkitandinvitespubliccontributions.htm'
		},
		{
			title: 'OECD: OECD Task Force to Coordinate Fight against Spam (12 Aug 2004)',
			url: 'https://www.oecd.org/korea/oecdtaskforcetocoordinatefightagainstspam.htm'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		'The Korean host agency (probably the Ministry of Information and Communication) was not confirmed. The OECD Task Force on Spam was set up in July 2004 (ITU page; OECD page dated 12 Aug 2004).',
	inSeed: true,
	related: ['oecd-task-force-on-spam-2004', 'oecd-anti-spam-toolkit-launch-2004'],
	keyDates: []
};
