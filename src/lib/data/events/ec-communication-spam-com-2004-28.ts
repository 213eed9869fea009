import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'ec-communication-spam-com-2004-28',
	title: 'European Commission Communication on spam, COM(2004) 28',
	shortTitle: 'EC Communication COM(2004) 28',
	kind: 'initiative',
	category: 'agreement',
	date: '2004-01-22',
	place: { kind: 'city', city: 'Brussels', country: 'BEL' },
	summary:
		"The Commission listed the enforcement, cooperation, industry, technical and awareness measures needed to make the EU's opt-in rule work. The CNSA network of enforcement authorities was set up after it.",
	participants: [
		{
			membersOf: 'EU',
			role: 'member',
			note: 'EU Member State when the Communication was issued'
		}
	],
	nonStateParticipants: [
		'European Commission (author)',
		"Contact Network of Spam Enforcement Authorities (CNSA), set up on the Commission's initiative after this Communication"
	],
	organizers: [],
	sources: [
		{
			title:
				"EUR-Lex: COM(2004) 28 final – Communication on unsolicited commercial communications or 'spam'",
			url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX%3A52004DC0028'
		},
		{
			title:
				'EUR-Lex summary: Communication from the Commission of 22 January 2004 on spam [COM(2004) 28 final]',
			url: 'https://eur-lex.europa.eu/legal-content/en/LSU/?uri=CELEX%3A52004DC0028'
		},
		{
			title:
				"European Commission press release IP/05/146 (Brussels, 7 Feb 2005): European countries launch joint drive to combat 'spam'",
			url: 'http://europa.eu/rapid/press-release_IP-05-146_en.htm?locale=en'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"The Communication is addressed to the EU institutions; the 15 Member States are listed only as the EU membership at the time. The exact founding date of the CNSA was not found; IP/05/146 (Feb 2005) says it was set up at the Commission's initiative following this Communication and covers EU and EEA authorities. The ITU page also mentions a later Commission public consultation (questionnaire) on progress since this Communication; it is a separate event (October 2004).",
	inSeed: true,
	related: [
		'eu-eprivacy-directive-2002-58-ec',
		'ec-spam-public-consultation-2004',
		'cnsa-cross-border-spam-complaints-procedure-2005'
	],
	keyDates: []
};
