import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'rome-nis-political-technical-challenges-2005',
	title:
		'Conference on Network and Information Security: Political and Technical Challenges (Rome)',
	shortTitle: 'Network & Info Security, Rome',
	kind: 'conference',
	category: 'meeting',
	date: '2005-11',
	place: { kind: 'city', city: 'Rome', country: 'ITA' },
	summary:
		'Conference in Rome on the policy and technical challenges of network and information security, listed by the ITU among events of November 2005.',
	participants: [{ country: 'ITA', role: 'host', note: 'Host country' }],
	nonStateParticipants: [],
	organizers: [],
	sources: [
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'low',
	notes:
		'NOT VERIFIED beyond the ITU page: exact dates and organizer not found (English and Italian searches). City and month are from the ITU page only.',
	inSeed: true,
	related: [],
	keyDates: []
};
