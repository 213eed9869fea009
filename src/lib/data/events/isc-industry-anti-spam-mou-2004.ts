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
	participants: [],
	nonStateParticipants: [
		{ name: 'Internet Society of China (ISC), signatory', kind: 'association', country: 'CHN' },
		{ name: 'eBay Inc., signatory', kind: 'company', country: 'USA' },
		{ name: 'Microsoft Corp., signatory', kind: 'company', country: 'USA' },
		{ name: 'America Online Inc., signatory', kind: 'company', country: 'USA' },
		{ name: 'Yahoo! Inc., signatory', kind: 'company', country: 'USA' }
	],
	organizers: [],
	sources: [
		{
			title: 'Wikipedia: Internet Society of China',
			url: 'https://en.wikipedia.org/wiki/Internet_Society_of_China'
		},
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
		"Date and place from the ITU-hosted English text of the MoU ('In Beijing on 2 September 2004'); a 20 Sep 2004 SURBL list post confirms it came out of the September 2004 China Internet Conference anti-spam summit. No state body signed: the ISC describes itself as a non-governmental body of the Chinese Internet industry (Wikipedia calls it quasi-governmental), and the other signatories are companies; so the MoU maps no country.",
	inSeed: true,
	related: [],
	keyDates: []
};
