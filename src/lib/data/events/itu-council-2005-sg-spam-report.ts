import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'itu-council-2005-sg-spam-report',
	title: "ITU Secretary-General's report on spam to ITU Council 2005",
	shortTitle: 'ITU Council 2005 spam report',
	kind: 'report',
	category: 'meeting',
	date: '2005-07-11',
	endDate: '2005-07-22',
	place: { kind: 'city', city: 'Geneva', country: 'CHE' },
	summary:
		'Report to the 2005 session of the ITU Council, requested by WTSA-04 Resolution 51, on anti-spam work by the ITU and others.',
	participants: [],
	nonStateParticipants: [],
	organizers: ['ITU Secretary-General', 'ITU Council'],
	sources: [
		{
			title: 'ANACOM: ITU Council 2005 Session - Geneva (met 11-22 July)',
			url: 'https://anacom.pt/render.jsp?contentId=287933'
		},
		{
			title: 'IT Law Wiki: WTSA 2004 - Resolution 51 instructs a report to the 2005 Council',
			url: 'http://itlaw.wikia.com/wiki/World_Telecommunication_Standardization_Assembly'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'medium',
	notes:
		"The dates are those of the Council 2005 session (11-22 July 2005, per the Portuguese regulator ANACOM). The report's document number and date, and the day it was discussed, were not found.",
	inSeed: true,
	related: ['itu-wtsa-04-resolutions-51-52-spam'],
	keyDates: []
};
