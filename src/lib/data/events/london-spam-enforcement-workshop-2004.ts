import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'london-spam-enforcement-workshop-2004',
	title: 'London international spam enforcement workshop',
	shortTitle: 'London enforcement workshop',
	kind: 'workshop',
	category: 'meeting',
	date: '2004-10-11',
	place: { kind: 'city', city: 'London', country: 'GBR' },
	summary:
		'Meeting of national spam enforcement agencies, hosted by the UK Office of Fair Trading and the US Federal Trade Commission, at which the London Action Plan was agreed.',
	participants: [
		{ country: 'GBR', role: 'host', agency: 'Office of Fair Trading (OFT)', note: 'Co-host' },
		{
			country: 'USA',
			role: 'host',
			agency: 'Federal Trade Commission (FTC)',
			note: 'Co-host; Chairman Deborah Platt Majoras spoke'
		}
	],
	nonStateParticipants: [],
	organizers: ['UK Office of Fair Trading (OFT)', 'US Federal Trade Commission (FTC)'],
	sources: [
		{
			title:
				'FTC press release: FTC, International Agencies Adopt Action Plan on Spam Enforcement (Oct 2004)',
			url: 'https://www.ftc.gov/news-events/news/press-releases/2004/10/ftc-international-agencies-adopt-action-plan-spam-enforcement'
		},
		{ title: 'London Action Plan: About', url: 'http://londonactionplan.org/' },
		{
			title: 'The Register: UK hosts anti-spam summit (11 Oct 2004)',
			url: 'http://www.theregister.co.uk/Print/2004/10/11/oft_anti-spam_summit/'
		},
		{
			title: 'M2/Gale: London Action Plan on spam enforcement is agreed (mirror)',
			url: 'https://indexarticles.com/technology/internet-business-news/london-action-plan-on-spam-enforcement-is-agreed/'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		'Counts differ by source: the FTC says 19 agencies from 15 countries announced the Action Plan and agencies from more than 20 countries attended; the LAP site says agencies from 27 countries met. Signatories: see the London Action Plan. The OFT hosted as 2004 chair of ICPEN (ACCC release on the July 2004 MoU). A follow-up LAP/CNSA enforcement workshop took place in London on 3-4 Nov 2005 (not in the ITU page).',
	inSeed: true,
	related: ['us-uk-au-commercial-email-enforcement-mou-2004', 'london-action-plan-2004'],
	keyDates: []
};
