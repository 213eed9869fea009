import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'itu-wsis-thematic-meeting-cybersecurity-2005-spam-day',
	title: 'ITU WSIS Thematic Meeting on Cybersecurity (first day on spam)',
	shortTitle: 'WSIS meeting on cybersecurity',
	kind: 'conference',
	category: 'meeting',
	date: '2005-06-28',
	endDate: '2005-07-01',
	place: { kind: 'city', city: 'Geneva', country: 'CHE' },
	summary:
		'Four-day ITU meeting in Geneva whose first day reviewed progress on anti-spam measures and cooperation since the 2004 spam meeting.',
	participants: [],
	nonStateParticipants: [],
	organizers: ['ITU (at the invitation of Secretary-General Yoshio Utsumi)'],
	sources: [
		{
			title:
				"ITU WSIS Thematic Meeting on Cybersecurity, 28 June - 1 July 2005 - Chairman's Report (mirror)",
			url: 'https://studylib.net/doc/13093269/'
		},
		{
			title:
				"WTSA Resolution 52 (Rev. Dubai 2012) citing 'the two ITU WSIS thematic meetings on countering and combating spam' (mirror)",
			url: 'https://internetdistinction.com/wsisimpacts/wsis/wtsa/wtsa-2012/wtsa_52/'
		}
	],
	confidence: 'high',
	notes:
		"NOT on the ITU page; added because it was ITU's second spam meeting and sits in the 2003-2006 window.",
	inSeed: false,
	related: ['itu-wsis-thematic-meeting-countering-spam-2004'],
	keyDates: []
};
