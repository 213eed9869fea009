import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'asem-ecommerce-conference-london-2005',
	title: 'ASEM conference on eCommerce (London)',
	shortTitle: 'ASEM eCommerce conference',
	kind: 'conference',
	category: 'meeting',
	date: '2005-02-21',
	endDate: '2005-02-22',
	place: { kind: 'city', city: 'London', country: 'GBR' },
	summary:
		'Asia–Europe conference on e-commerce hosted by the UK, at which government participants agreed a joint statement on anti-spam cooperation.',
	participants: [
		{ country: 'GBR', role: 'host', agency: 'Department of Trade and Industry (DTI)' },
		{ membersOf: 'ASEM', role: 'member', except: ['GBR'] }
	],
	nonStateParticipants: [
		'European Commission',
		'Spamhaus (Richard Cox)',
		'industry representatives'
	],
	organizers: [
		'UK Department of Trade and Industry (DTI)',
		'ASEM',
		'European Commission (initiated the spam statement)'
	],
	sources: [
		{
			title: "Scoop (EC press release text): EU and Asia unite against 'spam' (mirror)",
			url: 'http://www.scoop.co.nz/stories/WO0502/S00690.htm'
		},
		{
			title: 'ZDNet UK: China joins spam talks',
			url: 'https://www.zdnet.com/home-and-office/networking/china-joins-spam-talks/'
		},
		{
			title: 'CNET: China joins forum on curbing spam',
			url: 'https://www.cnet.com/tech/tech-industry/china-joins-forum-on-curbing-spam/'
		},
		{
			title: 'IT World Canada: 38 EU and Asian countries pledge to fight spam',
			url: 'https://itworldcanada.com/?p=11848'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"Participants are listed as ASEM members (25 EU + 13 Asian) with role 'member': sources confirm membership and the joint statement, not who physically attended (China, Japan and Korea are named as attending). The joint statement itself is a separate event. The ITU page says the statement was 'signed on 24 February 2005', but sources say it was agreed at the conference (21-22 Feb); the EC announced it on Thursday 24 Feb 2005. One Indian press report wrongly calls it an EU-ASEAN accord.",
	inSeed: true,
	related: ['asem-joint-statement-anti-spam-2005'],
	keyDates: []
};
