import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'asean-antispam-workshop-mcmc-2005',
	title: 'ASEAN Anti-Spam Workshop (Cyberjaya)',
	shortTitle: 'ASEAN Anti-Spam Workshop',
	kind: 'workshop',
	category: 'meeting',
	date: '2005-05-03',
	endDate: '2005-05-05',
	place: { kind: 'city', city: 'Cyberjaya', country: 'MYS' },
	summary:
		"Workshop hosted by Malaysia's MCMC for ASEAN regulators on anti-spam strategies, following the ATRC decision of July 2004.",
	participants: [
		{
			country: 'MYS',
			role: 'host',
			agency: 'Malaysian Communications and Multimedia Commission (MCMC)'
		},
		{ membersOf: 'ASEAN', role: 'member', except: ['MYS'] }
	],
	nonStateParticipants: [],
	organizers: [
		'Malaysian Communications and Multimedia Commission (MCMC)',
		"ASEAN Telecommunications Regulators' Council (ATRC) anti-spam working group"
	],
	sources: [
		{
			title:
				"MCMC presentation: Malaysia's strategy to combat SPAM - Anti-SPAM Strategies: The Way Forward for the ATRC (Cyberjaya, 3-4 May 2005) (mirror)",
			url: 'https://slideplayer.com/slide/7471305'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'medium',
	notes:
		"The place (Cyberjaya) comes from the title slide of MCMC's presentation, which says '3-4 May 2005'; the ITU page says 3-5 May. The ITU page range is kept and the difference noted. ASEAN members are listed as 'member'; attendance not verified.",
	inSeed: true,
	related: ['asean-atrc-anti-spam-working-group-2004'],
	keyDates: []
};
