import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'mit-spam-conference-2006',
	title: 'MIT Spam Conference 2006',
	shortTitle: 'MIT Spam Conference 2006',
	kind: 'conference',
	category: 'meeting',
	date: '2006-03',
	place: { kind: 'city', city: 'Cambridge, Massachusetts', country: 'USA' },
	summary:
		'Annual research conference on spam at MIT, with talks on filtering and other anti-spam techniques.',
	participants: [{ country: 'USA', role: 'host', note: 'Host country' }],
	nonStateParticipants: [],
	organizers: [
		'MIT Spam Conference (chaired from 2006 by William S. Yerazunis, Mitsubishi Electric Research Labs)'
	],
	sources: [
		{
			title: "cbcg.net blog (29 Mar 2006): MIT Spam Conference 2006 - 'Just got done'",
			url: 'http://cbcg.net/blog/2006/03/29/mit-spam-conference-2006/'
		},
		{
			title:
				'CircleID: MIT Spam Conference 2010 call for papers (history: Yerazunis took over in 2006)',
			url: 'http://www.circleid.com/posts/20100119_mit_spam_conference_2010_call_for_papers_participation/'
		},
		{
			title: 'MIT Spam Conference 2008 page (2008 announced as the first two-day edition)',
			url: 'http://projects.csail.mit.edu/spamconf/index-2008.html'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'medium',
	notes:
		"The ITU page only says 'March 2006: Spam Conference'; identifying it with the MIT Spam Conference is a strong inference (it was the March 2006 event called 'Spam Conference'). Exact day not confirmed: a blog post dated 29 March 2006 reports the conference had just ended, which fits the expected 27 March (or 28 March); only the month is given. The 2008 page implies earlier editions were single-day.",
	inSeed: true,
	related: [],
	keyDates: []
};
