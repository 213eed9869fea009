import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'wtsa-04-florianopolis',
	title: 'ITU World Telecommunication Standardization Assembly (WTSA-04)',
	shortTitle: 'WTSA-04, Florianópolis',
	kind: 'assembly',
	category: 'meeting',
	date: '2004-10-05',
	endDate: '2004-10-14',
	place: { kind: 'city', city: 'Florianópolis', country: 'BRA' },
	summary:
		"The ITU's standardization assembly in Florianópolis, which adopted two resolutions on spam.",
	participants: [{ country: 'BRA', role: 'host', note: 'Host country' }],
	nonStateParticipants: [],
	organizers: ['ITU Telecommunication Standardization Sector (ITU-T)'],
	sources: [
		{
			title:
				'WTSA-04 Resolution 51 - Combating spam (Florianópolis, 5-14 October 2004) (studylib mirror)',
			url: 'https://studylib.net/doc/13489924/'
		},
		{
			title:
				'IT Law Wiki: World Telecommunication Standardization Assembly (2004 Assembly, Resolutions 51 and 52)',
			url: 'http://itlaw.wikia.com/wiki/World_Telecommunication_Standardization_Assembly'
		},
		{
			title:
				"Arab States proposal to modify Resolution 52 (shows 'Florianópolis, 2004' origin) (mirror)",
			url: 'https://docsbay.net/doc/546792/countering-and-combating-spam'
		},
		{
			title: 'Digital Watch: ITU Resolution 52 (history since WTSA 2004)',
			url: 'https://dig.watch/resources/itu-resolution-52-countering-and-combating-spam'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		'The address of the studylib copy of Resolution 51 was found truncated; the link points to the stem of the document address.',
	inSeed: true,
	related: ['itu-wtsa-04-resolutions-51-52-spam'],
	keyDates: []
};
