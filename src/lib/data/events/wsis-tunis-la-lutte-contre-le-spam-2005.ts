import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'wsis-tunis-la-lutte-contre-le-spam-2005',
	title: '“La Lutte contre le Spam” session at WSIS Tunis',
	shortTitle: 'La Lutte contre le Spam, Tunis',
	kind: 'workshop',
	category: 'meeting',
	date: '2005-11',
	place: { kind: 'city', city: 'Tunis', country: 'TUN' },
	summary:
		'French-language side session on fighting spam at the Tunis phase of WSIS, with attention to developing countries.',
	participants: [
		{ country: 'TUN', role: 'host', note: 'Host country of WSIS' },
		{
			country: 'MAR',
			role: 'participant',
			agency: 'ANRT (Morocco) – Hicham Lahjomri',
			note: 'Gave the talk “Le spam et les pays en voie de développement” (Tunis, 18 Nov 2005)'
		}
	],
	nonStateParticipants: [],
	organizers: [],
	sources: [
		{
			title:
				'ANRT Morocco presentation: Le spam et les pays en voie de développement, Tunis, 18/11/2005 (Hicham Lahjomri) (mirror)',
			url: 'https://powershow.com/view/2a7ed8-YmY0Y/Titre_de_prsentation_powerpoint_ppt_presentation'
		},
		{
			title:
				'FRATEL: first francophone anti-spam workshop, Rabat, 21-22 March 2006, described as the first concrete follow-up to WSIS Tunis recommendations',
			url: 'https://www.fratel.org/21-et-22-mars-2006-a-rabat-premier-atelier-francophone-sur-la-lutte-contre-le-spam/'
		},
		{
			title:
				'Médiaterre: la Francophonie at WSIS Tunis - thematic workshops held as WSIS parallel events',
			url: 'http://mediaterre.org/international/actu,20051208163142.html'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'low',
	notes:
		"Only the month and city are firm (ITU page). A French-language talk on spam by Morocco's ANRT is dated Tunis, 18 Nov 2005 and was probably given at this session, so 18 Nov is likely but not confirmed; only the month is given. The organizer is not confirmed: francophone bodies (IFNTIF/OIF, possibly France's DDM, which later co-organized the Rabat 2006 follow-up) are plausible.",
	inSeed: true,
	related: ['wsis-tunis-2005'],
	keyDates: []
};
