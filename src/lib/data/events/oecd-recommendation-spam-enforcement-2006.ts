import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'oecd-recommendation-spam-enforcement-2006',
	title: 'OECD Council Recommendation on cross-border cooperation in enforcing laws against spam',
	shortTitle: 'OECD Council Recommendation',
	kind: 'declaration',
	category: 'agreement',
	date: '2006-04-13',
	place: { kind: 'city', city: 'Paris', country: 'FRA' },
	summary:
		'The OECD Council recommended that members give spam enforcement authorities adequate powers and let them cooperate with foreign counterparts and the private sector.',
	participants: [
		{ country: 'AUS', role: 'party' },
		{ country: 'AUT', role: 'party' },
		{ country: 'BEL', role: 'party' },
		{ country: 'CAN', role: 'party' },
		{ country: 'CZE', role: 'party' },
		{ country: 'DNK', role: 'party' },
		{ country: 'FIN', role: 'party' },
		{ country: 'FRA', role: 'party' },
		{ country: 'DEU', role: 'party' },
		{ country: 'GRC', role: 'party' },
		{ country: 'HUN', role: 'party' },
		{ country: 'ISL', role: 'party' },
		{ country: 'IRL', role: 'party' },
		{ country: 'ITA', role: 'party' },
		{ country: 'JPN', role: 'party' },
		{ country: 'KOR', role: 'party' },
		{ country: 'LUX', role: 'party' },
		{ country: 'MEX', role: 'party' },
		{ country: 'NLD', role: 'party' },
		{ country: 'NZL', role: 'party' },
		{ country: 'NOR', role: 'party' },
		{ country: 'POL', role: 'party' },
		{ country: 'PRT', role: 'party' },
		{ country: 'SVK', role: 'party' },
		{ country: 'ESP', role: 'party' },
		{ country: 'SWE', role: 'party' },
		{ country: 'CHE', role: 'party' },
		{ country: 'TUR', role: 'party' },
		{ country: 'GBR', role: 'party' },
		{ country: 'USA', role: 'party' }
	],
	nonStateParticipants: [],
	organizers: [],
	sources: [
		{
			title:
				'Digital Watch: OECD Council Recommendation on cross-border co-operation in the enforcement of laws against spam (adopted 13 April 2006)',
			url: 'https://dig.watch/resource/recommendation-council-cross-border-co-operation-enforcement-laws-against-spam'
		},
		{
			title: 'EDRi-gram (26 Apr 2006): OECD focuses on global cooperation in tackling spam',
			url: 'http://history.edri.org/edrigram/number4.8/oecd'
		},
		{
			title:
				'OECD Legal Instruments: Recommendation on cross-border co-operation in the enforcement of laws against spam (French text)',
			url: 'https://legalinstruments.oecd.org/public/doc/118/body-text.fr.html'
		}
	],
	confidence: 'high',
	notes:
		'Not named separately in the ITU page, but it is part of the OECD Anti-Spam Toolkit the ITU page describes (OECD/LEGAL/0344). Adopted by the OECD Council on 13 April 2006.',
	inSeed: false,
	related: [
		'oecd-task-force-on-spam-2004',
		'oecd-anti-spam-toolkit-launch-2004',
		'oecd-anti-spam-toolkit-2006'
	],
	keyDates: []
};
