import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'operation-spam-zombies-2005',
	title: 'Operation Spam Zombies',
	shortTitle: 'Operation Spam Zombies',
	kind: 'enforcement-campaign',
	category: 'agreement',
	date: '2005-05-24',
	place: { kind: 'city', city: 'Washington, DC', country: 'USA' },
	summary:
		"The FTC and agencies from 25 other countries wrote to more than 3,000 Internet service providers, urging them to stop customers' computers being hijacked to send spam.",
	participants: [
		{
			country: 'USA',
			role: 'host',
			agency:
				'Federal Trade Commission (lead); Department of Commerce; Department of Homeland Security'
		},
		{ country: 'ALB', role: 'party' },
		{ country: 'ARG', role: 'party' },
		{ country: 'AUS', role: 'party' },
		{ country: 'BEL', role: 'party' },
		{ country: 'BGR', role: 'party' },
		{ country: 'CAN', role: 'party' },
		{ country: 'COL', role: 'party' },
		{ country: 'CYP', role: 'party' },
		{ country: 'DNK', role: 'party' },
		{ country: 'DEU', role: 'party' },
		{ country: 'GRC', role: 'party' },
		{ country: 'IRL', role: 'party' },
		{ country: 'JPN', role: 'party' },
		{ country: 'KOR', role: 'party' },
		{ country: 'LTU', role: 'party' },
		{ country: 'MYS', role: 'party' },
		{ country: 'NLD', role: 'party' },
		{ country: 'NOR', role: 'party' },
		{ country: 'PAN', role: 'party' },
		{ country: 'PER', role: 'party' },
		{ country: 'POL', role: 'party' },
		{ country: 'ESP', role: 'party' },
		{ country: 'CHE', role: 'party' },
		{ country: 'TWN', role: 'party' },
		{ country: 'GBR', role: 'party' }
	],
	nonStateParticipants: [],
	organizers: [],
	sources: [
		{
			title: "FTC press release (May 2005): FTC, partners launch campaign against spam 'zombies'",
			url: 'https://www.ftc.gov/news-events/news/press-releases/2005/05/ftc-partners-launch-campaign-against-spam-zombies'
		},
		{
			title:
				"BetaNews (25 May 2005): FTC Begins 'Operation Spam Zombies' (lists participating countries)",
			url: 'https://betanews.com/2005/05/25/ftc-begins-operation-spam-zombies/'
		},
		{
			title:
				"DM News: FTC Education Campaign Fights 'Zombie' Spammers (33 agencies from 25 foreign nations)",
			url: 'http://www.dmnews.com/marketing-strategy/ftc-education-campaign-fights-zombie-spammers/article/87680/'
		},
		{
			title: 'InternetNews (24 May 2005): FTC Targets Zombie Spammers',
			url: 'https://www.internetnews.com/security/ftc-targets-zombie-spammers'
		},
		{
			title:
				'OFT release via Information Security Bulletin (3 Nov 2005): OFT and EU host international spam summit (36 LAP members in Operation Spam Zombies; 460 ISPs in 64 countries) (mirror)',
			url: 'https://chi-publishing.com/index.php?newsID=514'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"Announcement date 24 May 2005 (InternetNews 'today', BetaNews 25 May). Country list from BetaNews (25 countries besides the US), consistent with DM News ('DoC, DHS and 33 agencies from 25 foreign nations'); individual agencies per country were not retrieved. Which 20 partners were LAP members and which 16 were not is not established. By Nov 2005 the OFT reported 36 LAP members took part and 460 ISPs in 64 countries had been identified as hosting zombies.",
	inSeed: true,
	related: ['london-action-plan-2004'],
	keyDates: []
};
