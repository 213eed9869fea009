import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'wsis-tunis-2005',
	title: 'World Summit on the Information Society, Tunis phase',
	shortTitle: 'WSIS Tunis phase',
	kind: 'summit',
	category: 'meeting',
	date: '2005-11-16',
	endDate: '2005-11-18',
	place: { kind: 'city', city: 'Tunis', country: 'TUN' },
	summary:
		'Second phase of WSIS, which adopted the Tunis Commitment and the Tunis Agenda; spam and cybercrime side events were held around it.',
	participants: [{ country: 'TUN', role: 'host' }],
	nonStateParticipants: [],
	organizers: ['United Nations / ITU (WSIS Executive Secretariat)', 'Government of Tunisia (host)'],
	sources: [
		{
			title:
				'WSIS-05/TUNIS/DOC/9(Rev.1): Report of the Tunis phase of WSIS, Kram Palexpo, 16-18 November 2005 (mirror)',
			url: 'https://docslib.org/doc/9960081/wsis-05-tunis-doc-9-rev-1-e-15-february-2006-original-english'
		},
		{
			title:
				'WSIS-II/PC-3/DOC/15: Report of the resumed PrepCom-3, Tunis, 13-15 November 2005 (Kram Palexpo) (mirror)',
			url: 'http://www.docstoc.com/docs/69720578/english---INTERNATIONAL-TELECOMMUNICATION-UNIONdoc'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		'Context, not on the ITU page: the summit that the two Tunis spam and cybercrime events were attached to. Venue: Kram Palexpo.',
	inSeed: false,
	related: [
		'wsis-tunis-la-lutte-contre-le-spam-2005',
		'coe-cybercrime-convention-global-treaty-wsis-tunis-2005'
	],
	keyDates: []
};
