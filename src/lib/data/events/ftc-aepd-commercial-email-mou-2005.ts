import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'ftc-aepd-commercial-email-mou-2005',
	title: 'FTC–AEPD MoU on commercial e-mail enforcement (United States–Spain)',
	shortTitle: 'FTC–AEPD MoU',
	kind: 'bilateral-mou',
	category: 'agreement',
	date: '2005-02-24',
	place: { kind: 'city', city: 'Washington, DC', country: 'USA' },
	summary:
		"The US Federal Trade Commission and Spain's data protection agency agreed to cooperate and share information in spam investigations.",
	participants: [
		{
			country: 'USA',
			role: 'signatory',
			agency: 'Federal Trade Commission (FTC) – signed by Chairman Deborah Platt Majoras'
		},
		{
			country: 'ESP',
			role: 'signatory',
			agency:
				'Agencia Española de Protección de Datos (AEPD) – signed by Director José Luis Piñar Mañas'
		}
	],
	nonStateParticipants: [],
	organizers: [],
	sources: [
		{
			title:
				'FTC press release (Feb 2005): FTC, Spanish Data Protection Agency working together to fight illegal spam',
			url: 'https://www.ftc.gov/news-events/news/press-releases/2005/02/ftc-spanish-data-protection-agency-working-together-fight-illegal-spam'
		},
		{
			title:
				'Blog post (17 Mar 2005): MoU between AEPD (Spain) and FTC (USA), with links to EN/ES texts',
			url: 'http://garea.blogspot.com/2005/03/memorandum-of-understanding-between.html'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"FTC release (Feb 2005) says the MoU was signed 'today' at a ceremony in Washington, DC; the exact day 24 Feb 2005 comes from the ITU page and is consistent with the FTC release's month. The ITU page misspells the agency as 'AEDP'. FTC vote 5-0. The release also reports the LAP then had 26 agencies from 19 countries.",
	inSeed: true,
	related: ['london-action-plan-2004'],
	keyDates: []
};
