import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'eu-eprivacy-directive-2002-58-ec',
	title: 'EU Directive on privacy and electronic communications (2002/58/EC)',
	shortTitle: 'ePrivacy Directive',
	kind: 'legislation',
	category: 'agreement',
	date: '2003-10-31',
	place: { kind: 'unknown' },
	summary:
		'EU law that requires prior consent for marketing e-mail and SMS sent to individuals. Adopted in July 2002, it had to be applied by the Member States by 31 October 2003, the date shown here.',
	participants: [
		{
			membersOf: 'EU',
			role: 'party',
			joiners: { until: '2006-12-31', role: 'joined', note: 'Bound from EU accession on {since}' }
		}
	],
	nonStateParticipants: ['European Parliament and Council of the EU (co-legislators)'],
	organizers: [],
	sources: [
		{
			title:
				'Directive 2002/58/EC of 12 July 2002 (consolidated text; OJ L 201, 31.7.2002, p. 37) (mirror)',
			url: 'https://pdfslide.tips/documents/consleg2002l005820091219entxt.html'
		},
		{
			title: 'Directive 2002/58/EC full text (legi-internet.ro mirror)',
			url: 'https://www.legi-internet.ro/en/legi-si-practica-judiciara-straina/directive-comunicatii/directive-on-privacy-and-electronic-communications-58/2002.html'
		},
		{
			title:
				"EUR-Lex: COM(2004) 28 final – Communication on unsolicited commercial communications or 'spam'",
			url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX%3A52004DC0028'
		},
		{
			title:
				'Wikipedia: 2004 enlargement of the European Union (1 May 2004, ten new member states)',
			url: 'https://en.wikipedia.org/wiki/2004_enlargement_of_the_European_Union'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		'COM(2004) 28 notes that infringement proceedings were opened against Member States that had not notified transposition by the deadline (which states is not listed here). Extension to EEA states (Iceland, Liechtenstein, Norway) not verified; CNSA does include EEA authorities. On the 2003–2006 timeline the Directive is placed on 2003-10-31, its transposition deadline (the ITU page says it "came into force" in October 2003); it was adopted on 2002-07-12 (see its key dates). The ten states that joined the EU on 2004-05-01 count from 2004-05-01.',
	inSeed: true,
	related: [
		'ec-communication-spam-com-2004-28',
		'cnsa-cross-border-spam-complaints-procedure-2005'
	],
	keyDates: [
		{ date: '2002-07-12', label: 'Adopted by the European Parliament and the Council' },
		{
			date: '2002-07-31',
			label: 'Published in OJ L 201 (p. 37); entered into force on publication'
		},
		{
			date: '2003-10-31',
			label:
				"Deadline for Member States to transpose it (the ITU page's 'came into force in October 2003')"
		},
		{ date: '2004-05-01', label: 'Ten new Member States join the EU and become bound by it' }
	]
};
