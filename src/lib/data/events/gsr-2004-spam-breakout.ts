import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'gsr-2004-spam-breakout',
	title: 'ITU Global Symposium for Regulators 2004: break-out session on spam',
	shortTitle: 'GSR 2004 spam break-out',
	kind: 'symposium',
	category: 'meeting',
	date: '2004-12-08',
	endDate: '2004-12-10',
	place: { kind: 'city', city: 'Geneva', country: 'CHE' },
	summary:
		'Session chaired by Bob Horton of the Australian Communications Authority on anti-spam legislation, cooperation between authorities and industry, and international arrangements.',
	participants: [
		{
			country: 'AUS',
			role: 'chair',
			agency: 'Australian Communications Authority (ACA) – Dr Robert Horton',
			note: 'Chaired the spam break-out session'
		},
		{
			country: 'USA',
			role: 'chair',
			agency: 'Federal Communications Commission (FCC) – Kathleen Q. Abernathy',
			note: 'Chaired GSR 2004 as a whole'
		},
		{
			country: 'MYS',
			role: 'participant',
			agency: 'Malaysian Communications and Multimedia Commission (MCMC)',
			note: "Presented Malaysia's anti-spam activities at GSR 2004"
		}
	],
	nonStateParticipants: [],
	organizers: ['ITU Telecommunication Development Bureau (BDT)'],
	sources: [
		{
			title: 'ITU: Global Symposium for Regulators 2004 page (8-10 December 2004, Geneva)',
			url: 'http://www.itu.int/ITU-D/treg/Events/Seminars/GSR/GSR04/index.html'
		},
		{
			title:
				'MCMC presentation: Anti-SPAM Activities in Malaysia - ITU Global Symposium for Regulators, 8-10 December 2004, Geneva (mirror)',
			url: 'http://studylib.net/doc/13093224/'
		},
		{
			title:
				'ITU GSR 2005 page (6th GSR, 14-15 November 2005, Yasmine Hammamet) - shows GSR 2005 was NOT in January 2005',
			url: 'https://itu.int/ITU-D/treg/Events/Seminars/GSR/GSR05/index.html'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'medium',
	notes:
		"The ITU page does not say which GSR held the spam break-out. Assigning it to GSR 2004 (Geneva, 8-10 Dec 2004) is an inference: (1) MCMC gave an anti-spam presentation at GSR 2004; (2) the ITU page lists the GSR item between Council 2005 and WTSA-04; (3) Horton is styled 'Australian Communication Authority', which was merged into ACMA on 1 July 2005 (general knowledge, not checked against a source); (4) the Seoul-Melbourne multilateral MoU was being drafted in Nov-Dec 2004. The common assumption (Hammamet, January 2005) is wrong: GSR 2005 was held 14-15 Nov 2005 in Yasmine Hammamet, Tunisia, chaired by Ali Ghodbani (INT Tunisia). The exact day of the break-out within 8-10 Dec was not found. GSR 2004 had 350 participants from 106 countries.",
	inSeed: true,
	related: ['seoul-melbourne-multilateral-mou-2005'],
	keyDates: []
};
