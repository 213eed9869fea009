import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'oecd-spam-workshop-brussels-2004',
	title: 'First OECD workshop on spam (Brussels)',
	shortTitle: 'OECD spam workshop, Brussels',
	kind: 'workshop',
	category: 'meeting',
	date: '2004-02-02',
	endDate: '2004-02-03',
	place: { kind: 'city', city: 'Brussels', country: 'BEL' },
	summary:
		'OECD workshop, hosted by the European Commission, on the sources of spam, national responses and cross-border cooperation.',
	participants: [],
	nonStateParticipants: [
		'European Commission (host; Commissioner Erkki Liikanen spoke)',
		'Trans Atlantic Consumer Dialogue',
		'US Federal Trade Commission',
		'EuroCAUCE',
		'Brightmail'
	],
	organizers: ['OECD', 'European Commission (host)'],
	sources: [
		{
			title:
				'OECD: OECD Task Force to Coordinate Fight against Spam (12 Aug 2004) - mentions first workshop hosted by the EC in Brussels on 2-3 Feb 2004',
			url: 'https://www.oecd.org/korea/oecdtaskforcetocoordinatefightagainstspam.htm'
		},
		{
			title: 'HSDL: Background Paper for Spam Workshop (Brussels, 2-3 February 2004) (mirror)',
			url: 'https://www.hsdl.org/c/background-paper-for-spam-workshop/'
		},
		{
			title: 'EDRi-gram 2.3: Results OECD workshop on spam',
			url: 'https://edri.org/our-work/edrigramnumber2-3spam/'
		},
		{
			title: 'ITU SPU Newslog: OECD Workshop on Spam, 2-3 February, Brussels (mirror)',
			url: 'https://www.tmttlt.com/2004/01/27/tue-27-jan-2004-180227-gmt/'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"ITU page only says OECD held two spam workshops in 2004; dates and places confirmed from OECD's own page.",
	inSeed: true,
	related: ['oecd-task-force-on-spam-2004'],
	keyDates: []
};
