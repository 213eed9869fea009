import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'asean-atrc-anti-spam-working-group-2004',
	title: 'ASEAN regulators agree to form an anti-spam working group (ATRC, Vientiane)',
	shortTitle: 'ATRC anti-spam working group',
	kind: 'initiative',
	category: 'agreement',
	date: '2004-07',
	place: { kind: 'city', city: 'Vientiane', country: 'LAO' },
	summary:
		"At its July 2004 meeting in Vientiane, the ASEAN Telecommunications Regulators' Council agreed to set up a working group on anti-spam measures led by Malaysia's MCMC.",
	participants: [
		{
			membersOf: 'ASEAN',
			role: 'member',
			override: [
				{ country: 'LAO', role: 'host' },
				{
					country: 'MYS',
					role: 'member',
					agency: 'Malaysian Communications and Multimedia Commission (MCMC) – Working Group lead'
				}
			]
		}
	],
	nonStateParticipants: [],
	organizers: ["ASEAN Telecommunications Regulators' Council (ATRC)"],
	sources: [
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'low',
	notes:
		"This entry merges two records of the same happening: the ATRC council meeting in Vientiane and the anti-spam working group it agreed to set up. ITU page only: no independent source for the date, place or outcome was found (a corroborating search found nothing), so confidence is low; one of the two records rated it medium. The exact day in July 2004 is not known. ASEAN member states are listed as members of the council; actual attendance is not verified. The working group's first known activity is the ASEAN Anti-Spam Workshop hosted by MCMC in May 2005.",
	inSeed: true,
	related: ['asean-antispam-workshop-mcmc-2005'],
	keyDates: []
};
