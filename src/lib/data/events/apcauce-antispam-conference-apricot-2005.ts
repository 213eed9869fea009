import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'apcauce-antispam-conference-apricot-2005',
	title: 'APCAUCE anti-spam conference at APRICOT 2005',
	shortTitle: 'APCAUCE at APRICOT 2005',
	kind: 'conference',
	category: 'meeting',
	date: '2005-02',
	place: { kind: 'city', city: 'Kyoto', country: 'JPN' },
	summary:
		'Regional anti-spam meeting of the Asia Pacific Coalition Against Unsolicited Commercial Email, held during the APRICOT 2005 conference in Kyoto.',
	participants: [{ country: 'JPN', role: 'host', note: 'Host country of APRICOT 2005' }],
	nonStateParticipants: ['APCAUCE (Suresh Ramasubramanian)'],
	organizers: [
		'Asia Pacific Coalition Against Unsolicited Commercial Email (APCAUCE)',
		'APRICOT 2005'
	],
	sources: [
		{
			title:
				'AP* Retreat minutes, 20 Feb 2005, Room H, Kyoto International Conference Hall (APCAUCE attending)',
			url: 'http://www.apstar.org/apstar_minutes.php?p_content_category_id=1&p_meeting_id=5'
		},
		{
			title: 'APNIC 19 / APRICOT 2005: anti-spam tutorial, Monday 21 February',
			url: 'https://conference.apnic.net/19/programme/tutorials/anti-spam.html'
		},
		{
			title: 'APNIC 19 AMM transcript, Friday 25 February 2005',
			url: 'https://conference.apnic.net/19/docs/transcripts/amm-2.txt'
		},
		{
			title:
				'APCAUCE presentation (history: meetings at KL, Kathmandu, Pusan, Kyoto, Perth...) (mirror)',
			url: 'https://slideplayer.com/amp/10367970'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'medium',
	notes:
		'Month, city and venue are supported (APRICOT 2005 events at KICH ran at least 20-25 Feb 2005). The exact day of the APCAUCE conference was not found, so only the month is given. By analogy, the 2004 APCAUCE conference was a single day (26 Feb 2004) during APRICOT in Kuala Lumpur.',
	inSeed: true,
	related: [],
	keyDates: []
};
