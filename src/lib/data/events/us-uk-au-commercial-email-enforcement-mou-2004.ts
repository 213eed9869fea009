import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'us-uk-au-commercial-email-enforcement-mou-2004',
	title: 'US–UK–Australia MoU on enforcement assistance in commercial e-mail matters',
	shortTitle: 'US–UK–Australia MoU',
	kind: 'multilateral-mou',
	category: 'agreement',
	date: '2004-07-02',
	place: { kind: 'city', city: 'Washington', country: 'USA' },
	summary:
		'Six agencies from the three countries agreed, on a best-efforts basis, to share information and evidence and to coordinate action against cross-border spam.',
	participants: [
		{ country: 'USA', role: 'signatory', agency: 'Federal Trade Commission (FTC)' },
		{
			country: 'GBR',
			role: 'signatory',
			agency:
				"Office of Fair Trading (OFT); Information Commissioner; Her Majesty's Secretary of State for Trade and Industry (DTI)"
		},
		{
			country: 'AUS',
			role: 'signatory',
			agency:
				'Australian Competition and Consumer Commission (ACCC); Australian Communications Authority (ACA)'
		}
	],
	nonStateParticipants: [],
	organizers: [],
	sources: [
		{
			title: 'ZDNet: US, UK and Australia join hands against spam',
			url: 'https://www.zdnet.com/article/us-uk-and-australia-join-hands-against-spam/'
		},
		{
			title:
				"FTC press release (July 2004): Consumer protection 'cops' join forces to fight illegal spam – six agencies",
			url: 'http://www.ftc.gov/news-events/press-releases/2004/07/consumer-protection-cops-join-forces-fight-illegal-spam-six'
		},
		{
			title: 'ACCC media release: Australia, US and UK to cooperate in combating spam',
			url: 'https://www.accc.gov.au/media-release/australia-us-and-uk-to-cooperate-in-combating-spam'
		},
		{
			title: 'The Register (2 Jul 2004): US, UK and Australia sign anti-spam act',
			url: 'https://www.theregister.com/2004/07/02/anti-spam_pact/'
		},
		{
			title: "DM News: U.S., UK, Australia to Cooperate on Spam Cases (FTC 'said Friday')",
			url: 'https://www.dmnews.com/us-uk-australia-to-cooperate-on-spam-cases/'
		},
		{
			title: 'Sydney Morning Herald (5 Jul 2004): Australia, US, Britain declare war on spam',
			url: 'https://www.smh.com.au/national/australia-us-britain-declare-war-on-spam-20040705-gdj9qc.html'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"2 July 2004 (a Friday) is the date of the joint announcement: The Register dates its report 2 Jul 2004 ('today'), DM News and CNET say the FTC announced it 'Friday'. The date(s) written on the signed document itself were not seen; the ITU page gives only 'July 2004'. FTC Commission vote to approve was 5-0. Signed in Washington (ZDNet: 'in Washington yesterday'; its report carries no dateline).",
	inSeed: true,
	related: ['london-spam-enforcement-workshop-2004'],
	keyDates: []
};
