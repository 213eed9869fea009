import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'itu-wtsa-04-resolutions-51-52-spam',
	title: 'ITU WTSA-04 Resolutions 51 and 52 on spam',
	shortTitle: 'WTSA-04 Res. 51 & 52',
	kind: 'declaration',
	category: 'agreement',
	date: '2004-10-05',
	endDate: '2004-10-14',
	place: { kind: 'city', city: 'Florianópolis', country: 'BRA' },
	summary:
		"The ITU's standardization assembly adopted Resolution 51 on combating spam and Resolution 52 on countering spam by technical means.",
	participants: [{ country: 'BRA', role: 'host' }],
	nonStateParticipants: ['ITU Member States and Sector Members attending WTSA-04'],
	organizers: [],
	sources: [
		{
			title:
				'ITU-T WTSA-04 Resolution 51 – Combating spam (Florianópolis, 5-14 October 2004) (address found truncated; link to the document stem) (mirror)',
			url: 'https://studylib.net/doc/13489924/'
		},
		{
			title:
				'IT Law Wiki: World Telecommunication Standardization Assembly (2004 resolutions 51 and 52 on spam)',
			url: 'http://itlaw.wikia.com/wiki/World_Telecommunication_Standardization_Assembly'
		},
		{
			title:
				'WTSA Resolution 52 (Rev. Dubai, 2012) – Countering and combating spam (text shows lineage from Florianópolis 2004) (mirror)',
			url: 'https://internetdistinction.com/wsisimpacts/wsis/wtsa/wtsa-2012/wtsa_52/'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"Both resolutions are cited as '(Florianópolis, 2004)'; the assembly ran 5–14 October 2004. The date range is the assembly; the exact plenary day each resolution was approved was not found. Resolution 52 was later revised (Johannesburg 2008, Dubai 2012) as 'Countering and combating spam'. A source address was found truncated; its link points to the stem of the document address.",
	inSeed: true,
	related: ['wtsa-04-florianopolis', 'itu-council-2005-sg-spam-report'],
	keyDates: []
};
