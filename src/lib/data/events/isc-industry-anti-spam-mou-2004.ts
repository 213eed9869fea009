import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'isc-industry-anti-spam-mou-2004',
	title: 'Internet Society of China MoU with eBay, Microsoft, AOL and Yahoo!',
	shortTitle: 'Internet Society of China MoU',
	kind: 'industry-mou',
	category: 'agreement',
	date: '2004-09-02',
	place: { kind: 'city', city: 'Beijing', country: 'CHN' },
	summary:
		"China's Internet industry association and four US Internet companies agreed to explore joint work against spam and online fraud, including technical measures and user education.",
	participants: [
		{ country: 'CHN', role: 'signatory', agency: 'Internet Society of China (ISC)' },
		{
			country: 'USA',
			role: 'signatory',
			agency: 'eBay Inc.; Microsoft Corp.; America Online Inc.; Yahoo! Inc.',
			note: 'Companies headquartered in the US; not government agencies'
		}
	],
	nonStateParticipants: [],
	organizers: [],
	sources: [
		{
			title:
				'ITU SPU: MoU between Internet Society of China and eBay/Microsoft/America Online/Yahoo! (Beijing, 2 September 2004)',
			url: 'http://www.itu.int/osg/spu/spam/legislation/china-mou-en.html'
		},
		{
			title:
				"SURBL discuss list (20 Sep 2004): MoU from ISC's September 2004 China Internet Conference anti-spam summit",
			url: 'https://lists.surbl.org/pipermail/discuss/2004-September/002710.html'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"Date and place from the ITU-hosted English text of the MoU ('In Beijing on 2 September 2004'); a 20 Sep 2004 SURBL list post confirms it came out of the September 2004 China Internet Conference anti-spam summit.",
	inSeed: true,
	related: [],
	keyDates: []
};
