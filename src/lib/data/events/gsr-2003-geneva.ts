import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'gsr-2003-geneva',
	title: 'ITU Global Symposium for Regulators 2003 (GSR 2003)',
	shortTitle: 'GSR 2003',
	kind: 'symposium',
	category: 'meeting',
	date: '2003-12-08',
	endDate: '2003-12-09',
	place: { kind: 'city', city: 'Geneva', country: 'CHE' },
	summary:
		'Annual meeting of telecommunication regulators. It recommended that the ITU open a discussion on frameworks for international cooperation against spam, which led to the 2004 G-REX virtual conference.',
	participants: [
		{
			country: 'JOR',
			role: 'chair',
			agency: 'Telecommunications Regulatory Commission (TRC) – Muna Nijem, Chairman/CEO',
			note: 'Chaired GSR 2003'
		}
	],
	nonStateParticipants: [],
	organizers: ['ITU Telecommunication Development Bureau (BDT), Regulatory Reform Unit'],
	sources: [
		{
			title: "GSR 2003 Chairperson's Report (Geneva, 8-9 December 2003) (mirror)",
			url: 'https://vdocuments.mx/global-symposium-for-regulators-tt-web-view-global-symposium-for-regulators-geneva.html'
		},
		{
			title: "GSR 2003 Chairperson's Report (studylib mirror)",
			url: 'https://studylib.net/doc/12924381/'
		},
		{
			title:
				'ITU SPU Newslog: ITU Virtual Conference on International Cooperation on Countering Spam (mirror)',
			url: 'http://www.tmttlt.com/2004/05/08/sun-09-may-2004-020702-gmt/'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"Included because the ITU page names the 2003 GSR as the origin of the G-REX spam conference. More than 300 participants from 98 countries per the chairperson's report. Spam was not the main theme (universal access/service was).",
	inSeed: false,
	related: ['itu-grex-virtual-conference-spam-2004'],
	keyDates: []
};
