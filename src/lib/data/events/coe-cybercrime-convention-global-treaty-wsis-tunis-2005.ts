import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'coe-cybercrime-convention-global-treaty-wsis-tunis-2005',
	title: '“The Convention on Cybercrime: a Global Treaty?” (Council of Europe, Tunis)',
	shortTitle: 'CoE Cybercrime side event, Tunis',
	kind: 'workshop',
	category: 'meeting',
	date: '2005-11-15',
	place: { kind: 'city', city: 'Tunis', country: 'TUN' },
	summary:
		'Council of Europe side event at WSIS presenting the Budapest Convention on Cybercrime as a treaty open to all countries.',
	participants: [{ country: 'TUN', role: 'host', note: 'Host country of WSIS' }],
	nonStateParticipants: ['Council of Europe (organizer)'],
	organizers: ['Council of Europe'],
	sources: [
		{
			title:
				'Council of Europe: The Convention on Cybercrime - a global treaty? Programme (Tunis, 15 November 2005, 3-7 pm, Room El Jem, Kram exhibition park)',
			url: 'https://www.coe.int/t/dgap/goodgovernance/Activities/Public_participation_internet_governance/CybercrimeParaEeventWSIS05_Programme_en.asp'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		'Held 15 Nov 2005, 15:00-19:00, Room El Jem, Exhibitions Park and International Trade Centre (Le Kram, Tunis), during the resumed PrepCom-3 (13-15 Nov) and the day before the summit itself (16-18 Nov). The CoE page says the Convention then had 31 signatories and 11 ratifications and had been in force since July 2004.',
	inSeed: true,
	related: ['wsis-tunis-2005'],
	keyDates: []
};
