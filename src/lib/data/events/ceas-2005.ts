import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'ceas-2005',
	title: 'Second Conference on Email and Anti-Spam (CEAS 2005)',
	shortTitle: 'CEAS 2005',
	kind: 'conference',
	category: 'meeting',
	date: '2005-07-21',
	endDate: '2005-07-22',
	place: { kind: 'city', city: 'Stanford University, Palo Alto, California', country: 'USA' },
	summary:
		'Peer-reviewed academic conference at Stanford University on spam, phishing and other abuse of e-mail and messaging.',
	participants: [{ country: 'USA', role: 'host', note: 'Host country' }],
	nonStateParticipants: [],
	organizers: [
		'CEAS (general chair Joshua Goodman, Microsoft Research)',
		'in cooperation with IACR and IEEE Technical Committee on Security and Privacy'
	],
	sources: [
		{
			title:
				'IEEE S&P Calendar: Call for Papers, The Second Conference on Email and Anti-Spam (CEAS), July 21-22, 2005, Stanford University, Palo Alto, CA',
			url: 'http://www.ieee-security.org/Calendar/cfps/cfp-CEAS.html'
		},
		{
			title:
				'AI Magazine 26(1): The First Conference on E-mail and Anti-Spam (2004; 2005 edition to be at Stanford 21-22 July) (mirror)',
			url: 'https://studylib.net/doc/13823488/'
		},
		{
			title: 'Wikipedia: Conference on Email and Anti-Spam',
			url: 'https://en.wikipedia.org/wiki/Conference_on_Email_and_Anti-Spam'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"Correction to the ITU page: CEAS 2005 was the SECOND CEAS, not the 'Third' (the first was 30-31 July 2004 in Mountain View).",
	inSeed: true,
	related: [],
	keyDates: []
};
