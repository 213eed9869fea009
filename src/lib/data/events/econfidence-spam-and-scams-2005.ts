import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'econfidence-spam-and-scams-2005',
	title: 'Conference on eConfidence: Spam and Scams',
	shortTitle: 'eConfidence: Spam and Scams',
	kind: 'conference',
	category: 'meeting',
	date: '2005-09',
	place: { kind: 'unknown' },
	summary:
		'Conference on online trust, spam and scams, listed by the ITU among events of September 2005.',
	participants: [],
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
		'NOT VERIFIED: no organizer, place or day found (several searches). The place is unknown (which does not make the event virtual).',
	inSeed: true,
	related: [],
	keyDates: []
};
