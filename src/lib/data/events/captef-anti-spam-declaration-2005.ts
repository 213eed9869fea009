import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'captef-anti-spam-declaration-2005',
	title: 'CAPTEF declaration on the fight against spam',
	shortTitle: 'CAPTEF anti-spam declaration',
	kind: 'declaration',
	category: 'agreement',
	date: '2005-03-30',
	place: { kind: 'unknown' },
	summary:
		'Members of CAPTEF, the conference of French-speaking postal and telecommunications administrations, adopted a declaration on fighting spam and on sharing national anti-spam contacts.',
	participants: [],
	nonStateParticipants: [
		"CAPTEF – Conférence des administrations des postes et des télécommunications d'expression française"
	],
	organizers: [],
	unnamedParticipants: '19 French-speaking African countries (not named in the sources)',
	sources: [
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'low',
	notes:
		'Only the ITU page was found as a source (searches in English and French found nothing). Date 30 March 2005 is from the ITU page. Place of adoption, the text of the declaration, and the names of the 19 countries were NOT found. No country is mapped: the 19 countries are not named in any source found.',
	inSeed: true,
	related: [],
	keyDates: []
};
