import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'asem-joint-statement-anti-spam-2005',
	title: 'ASEM Joint Statement on International Anti-Spam Cooperation',
	shortTitle: 'ASEM anti-spam joint statement',
	kind: 'joint-statement',
	category: 'agreement',
	date: '2005-02-21',
	endDate: '2005-02-22',
	place: { kind: 'city', city: 'London', country: 'GBR' },
	summary:
		'The 38 Asian and European ASEM countries agreed to pursue national anti-spam strategies and laws and to promote anti-spam work in international bodies and with industry.',
	participants: [
		{ country: 'AUT', role: 'party' },
		{ country: 'BEL', role: 'party' },
		{ country: 'DNK', role: 'party' },
		{ country: 'FIN', role: 'party' },
		{ country: 'FRA', role: 'party' },
		{ country: 'DEU', role: 'party' },
		{ country: 'GRC', role: 'party' },
		{ country: 'IRL', role: 'party' },
		{ country: 'ITA', role: 'party' },
		{ country: 'LUX', role: 'party' },
		{ country: 'NLD', role: 'party' },
		{ country: 'PRT', role: 'party' },
		{ country: 'ESP', role: 'party' },
		{ country: 'SWE', role: 'party' },
		{
			country: 'GBR',
			role: 'host',
			note: 'Hosted the ASEM eCommerce conference in London; also an ASEM member'
		},
		{ country: 'CYP', role: 'party' },
		{ country: 'CZE', role: 'party' },
		{ country: 'EST', role: 'party' },
		{ country: 'HUN', role: 'party' },
		{ country: 'LVA', role: 'party' },
		{ country: 'LTU', role: 'party' },
		{ country: 'MLT', role: 'party' },
		{ country: 'POL', role: 'party' },
		{ country: 'SVK', role: 'party' },
		{ country: 'SVN', role: 'party' },
		{ country: 'BRN', role: 'party' },
		{ country: 'KHM', role: 'party' },
		{ country: 'IDN', role: 'party' },
		{ country: 'LAO', role: 'party' },
		{ country: 'MYS', role: 'party' },
		{ country: 'MMR', role: 'party' },
		{ country: 'PHL', role: 'party' },
		{ country: 'SGP', role: 'party' },
		{ country: 'THA', role: 'party' },
		{ country: 'VNM', role: 'party' },
		{ country: 'CHN', role: 'party' },
		{ country: 'JPN', role: 'party' },
		{ country: 'KOR', role: 'party' }
	],
	nonStateParticipants: ['European Commission (ASEM member; initiated the statement)'],
	organizers: [],
	sources: [
		{
			title:
				"EU press release text via Scoop: EU and Asia unite against 'spam' (ASEM eCommerce conference, London, 21-22 Feb) (mirror)",
			url: 'http://www.scoop.co.nz/stories/WO0502/S00690.htm'
		},
		{
			title:
				'IT World Canada: 38 EU and Asian countries pledge to fight spam (lists ASEAN-10 + China, Japan, South Korea)',
			url: 'https://itworldcanada.com/?p=11848'
		},
		{
			title: 'Financial Express (Brussels, Feb 25, 2005): EU, Asia to stamp out spam',
			url: 'https://www.financialexpress.com/archive/eu-asia-to-stamp-out-spam/128185/'
		},
		{
			title: 'Techworld: Europe and Asia join anti-spam battle',
			url: 'https://www.techworld.com/news/security/europe-and-asia-join-anti-spam-battle-3576842/'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"38 countries: EU-25 (as of 1 May 2004) + ASEAN-10 + China, Japan, Republic of Korea (IT World Canada lists the ASEAN-10 by name). The statement was agreed at the 21–22 Feb conference; the Commission's announcement was on Thursday 24 Feb 2005, which is the date the ITU page gives for signing. SC Magazine's '15 Asian' countries is an error. Date range given because the exact day of agreement within the conference was not found.",
	inSeed: true,
	related: ['asem-ecommerce-conference-london-2005'],
	keyDates: [
		{
			date: '2005-02-21',
			label: 'ASEM conference on eCommerce opens in London (statement agreed during 21–22 Feb)'
		},
		{
			date: '2005-02-24',
			label:
				"European Commission announces the statement (the ITU page's 'signed on 24 February 2005')"
		}
	]
};
