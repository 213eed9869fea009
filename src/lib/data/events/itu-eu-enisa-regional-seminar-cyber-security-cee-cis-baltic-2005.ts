import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'itu-eu-enisa-regional-seminar-cyber-security-cee-cis-baltic-2005',
	title: 'ITU/EU (ENISA) regional seminar on cyber security for CEE, CIS and Baltic States',
	shortTitle: 'ITU/EU (ENISA) regional seminar',
	kind: 'workshop',
	category: 'meeting',
	date: '2005-05',
	place: { kind: 'unknown' },
	summary:
		'Regional seminar on cyber security, listed by the ITU among spam-related events of May 2005.',
	participants: [],
	nonStateParticipants: [],
	organizers: ['ITU', 'European Union / ENISA (per the ITU page)'],
	sources: [
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'low',
	notes:
		'NOT VERIFIED: no source found gives the city or exact dates (several targeted searches). The place is unknown (which does not make the event virtual). ENISA had only just started operating (Executive Director from Oct 2004; moved to Crete in Aug 2005).',
	inSeed: true,
	related: [],
	keyDates: []
};
