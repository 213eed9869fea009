import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'ftc-nist-email-authentication-summit-2004',
	title: 'E-mail Authentication Summit (FTC and NIST)',
	shortTitle: 'E-mail Authentication Summit',
	kind: 'summit',
	category: 'meeting',
	date: '2004-11-09',
	endDate: '2004-11-10',
	place: { kind: 'city', city: 'Washington, D.C.', country: 'USA' },
	summary:
		'Two-day public forum in Washington on developing and deploying e-mail authentication as a way to reduce spam.',
	participants: [
		{
			country: 'USA',
			role: 'host',
			agency:
				'Federal Trade Commission (FTC); National Institute of Standards and Technology (NIST)',
			note: 'Co-hosts'
		}
	],
	nonStateParticipants: [],
	organizers: [
		'US Federal Trade Commission (FTC)',
		'US National Institute of Standards and Technology (NIST)'
	],
	sources: [
		{
			title: 'FTC press release: FTC, NIST to Host E-mail Authentication Summit (Sep 2004)',
			url: 'https://www.ftc.gov/news-events/news/press-releases/2004/09/ftc-nist-host-e-mail-authentication-summit'
		},
		{
			title: 'FTC Email Authentication Summit page (UNT web archive)',
			url: 'https://webarchive.library.unt.edu/eot2008/20090118093502/http://ftc.gov/bcp/workshops/e-authentication/index.shtm'
		},
		{
			title: 'ANSI: FTC and NIST to Host Email Authentication Summit (4 Nov 2004)',
			url: 'https://www.ansi.org/news_publications/news_story?menuid=7&articleid=fdecc305-2eb4-410d-8fd9-32c253350384'
		},
		{
			title: 'Summit transcript, day 2 (10 Nov 2004) (mirror)',
			url: 'https://docslib.org/doc/13157407/draft-transcript-day2-pdf-542-72'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		'Venue: FTC Conference Center, 601 New Jersey Ave NW, Washington DC. Day 2 included a panel on international perspectives.',
	inSeed: true,
	related: [],
	keyDates: []
};
