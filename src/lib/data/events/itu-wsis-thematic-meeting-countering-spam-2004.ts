import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'itu-wsis-thematic-meeting-countering-spam-2004',
	title: 'ITU WSIS Thematic Meeting on Countering Spam',
	shortTitle: 'WSIS meeting on countering spam',
	kind: 'conference',
	category: 'meeting',
	date: '2004-07-07',
	endDate: '2004-07-09',
	place: { kind: 'city', city: 'Geneva', country: 'CHE' },
	summary:
		'Three-day ITU meeting in Geneva where regulators, industry and civil society discussed legal, technical, educational and cooperative measures against spam.',
	participants: [
		{
			country: 'AUS',
			role: 'chair',
			agency: 'Australian Communications Authority (ACA) – Dr Robert Horton, Acting Chairman',
			note: 'Chaired the meeting'
		},
		{
			country: 'MEX',
			role: 'participant',
			agency: 'Permanent Mission of Mexico – Karla Tatiana Ornelas Loera',
			note: 'Chaired session 1'
		}
	],
	nonStateParticipants: [
		'ITU Secretary-General Yoshio Utsumi (welcome address)',
		'APCAUCE (Suresh Ramasubramanian, session 3 chair)',
		'Spamhaus',
		'MessageLabs',
		'Brightmail',
		'NTT DoCoMo',
		'Anti-Phishing Working Group'
	],
	organizers: [
		'ITU Strategy and Policy Unit (New Initiatives Programme), as a WSIS thematic meeting'
	],
	sources: [
		{
			title:
				'ITU: ITU WSIS Thematic Meeting on Countering Spam - Final Agenda (Geneva, CICG, 7-9 July 2004)',
			url: 'https://www.itu.int/osg/spu/spam/meeting7-9-04/agenda.html'
		},
		{
			title:
				'ITU/WSIS: Report to PrepCom-2 on the ITU WSIS Thematic Meeting on Countering Spam (Robert Shaw)',
			url: 'https://www.itu.int/net/wsis/docs2/pc2/plenary/Countering-Spam.html'
		},
		{
			title: 'ITU Secretary-General speech at the thematic meeting (CICG, 7-9 July 2004)',
			url: 'http://www.itu.int/osg/sg/speeches/2004/spam.html'
		},
		{
			title: 'PC World Australia: Global Net regulators aim to turn the tide on spam',
			url: 'https://www.pcworld.idg.com.au/article/85265/itu_-_global_net_regulators_aim_turn_tide_spam/'
		},
		{
			title: 'ITU iLibrary: Countering Spam (New Initiatives Programme publication of the meeting)',
			url: 'https://www.itu-ilibrary.org/science-and-technology/the-itu-new-initiatives-programme_pub/800c7e2d-0e1e624e-en'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"About 200 participants from more than 60 countries (ITU report to PrepCom-2). A chairman's report was posted on the WSIS site. No country-by-country attendance list was found.",
	inSeed: true,
	related: ['itu-wsis-thematic-meeting-cybersecurity-2005-spam-day'],
	keyDates: []
};
