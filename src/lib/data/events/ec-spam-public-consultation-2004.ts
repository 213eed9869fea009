import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'ec-spam-public-consultation-2004',
	title: 'European Commission public consultation on spam',
	shortTitle: 'EC public consultation on spam',
	kind: 'consultation',
	category: 'meeting',
	date: '2004-10-20',
	place: { kind: 'virtual' },
	summary:
		"Online questionnaire asking stakeholders how far the measures of the Commission's January 2004 Communication on spam had been carried out.",
	participants: [],
	nonStateParticipants: [],
	organizers: ['European Commission, DG Information Society', 'Dutch Presidency of the EU Council'],
	sources: [
		{
			title:
				'Marketpress (18 Oct 2004): Spamming - consultazione pubblica della Commissione europea (questionnaire online from 20 October)',
			url: 'http://marketpress.info/StoNotiziario_det.php?art=30414&g=20041018&pag=5'
		},
		{
			title: 'EDRi-gram 2.23: EU presidency paper on spam (questionnaire sent out in October 2004)',
			url: 'https://edri.org/our-work/edrigramnumber2-23spam/'
		},
		{
			title:
				"EUR-Lex: COM(2004) 28 Communication on unsolicited commercial communications or 'spam' (22 Jan 2004)",
			url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX%3A52004DC0028'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'medium',
	notes:
		'The ITU page gives no date; the evidence points to a launch in October 2004 (questionnaire online from 20 Oct 2004, per an Italian trade-news item), with a workshop planned for mid-November 2004. Closing date not found. Held online. Dutch Presidency paper on spam dated 24 Nov 2004; Telecom Council 9 Dec 2004 (EDRi).',
	inSeed: true,
	related: ['ec-communication-spam-com-2004-28'],
	keyDates: []
};
