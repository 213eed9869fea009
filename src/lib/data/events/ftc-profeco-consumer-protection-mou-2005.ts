import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'ftc-profeco-consumer-protection-mou-2005',
	title: 'FTC–Profeco MoU on consumer protection (United States–Mexico)',
	shortTitle: 'FTC–Profeco MoU',
	kind: 'bilateral-mou',
	category: 'agreement',
	date: '2005-01-27',
	place: { kind: 'city', city: 'Washington, DC', country: 'USA' },
	summary:
		"The US Federal Trade Commission and Mexico's federal consumer protection agency agreed to cooperate and share information on cross-border consumer fraud.",
	participants: [
		{ country: 'USA', role: 'signatory', agency: 'Federal Trade Commission (FTC)' },
		{ country: 'MEX', role: 'signatory', agency: 'Procuraduría Federal del Consumidor (Profeco)' }
	],
	nonStateParticipants: [],
	organizers: [],
	sources: [
		{
			title:
				'Federal Register 70 FR 6442 (7 Feb 2005): FTC delegation of authority to respond to requests from Profeco under an MoU (effective 6 Jan 2005) (mirror)',
			url: 'https://lexbuild.dev/fr/2005/02/05-2275'
		},
		{
			title:
				'FTC press release (FTC–Costa Rica MEIC MoU) noting earlier MoUs incl. Mexico and Spain',
			url: 'https://ftc.gov/node/44668'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'medium',
	notes:
		'A general consumer-protection (cross-border fraud) MoU rather than a spam-specific one. The signing day (27 Jan 2005) and place come from the ITU page; the FTC press release itself was not retrieved. The Federal Register delegation (effective 6 Jan 2005) shows the MoU was approved by early January 2005; a later FTC release lists Mexico among its MoU partners.',
	inSeed: true,
	related: [],
	keyDates: [
		{
			date: '2005-01-06',
			label:
				"Effective date of FTC delegation of authority to answer Profeco requests 'pursuant to a memorandum of understanding' (70 FR 6442)"
		},
		{ date: '2005-01-27', label: 'Signature in Washington, DC (ITU page)' },
		{ date: '2005-02-07', label: 'Federal Register notice published' }
	]
};
