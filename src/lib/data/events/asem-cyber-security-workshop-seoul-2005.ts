import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'asem-cyber-security-workshop-seoul-2005',
	title: 'ASEM Cyber Security Workshop (Seoul)',
	shortTitle: 'ASEM Cyber Security Workshop',
	kind: 'workshop',
	category: 'meeting',
	date: '2005-06-23',
	endDate: '2005-06-24',
	place: { kind: 'city', city: 'Seoul', country: 'KOR' },
	summary:
		'First Asia–Europe workshop on information security, covering national CERTs, cross-border incident response and emerging threats.',
	participants: [
		{
			country: 'KOR',
			role: 'chair',
			agency:
				'Ministry of Information and Communication (MIC) – Lee Sung-ok, Director-General for Informatization Planning',
			note: 'Chaired the workshop'
		},
		{ country: 'USA', role: 'participant', note: 'Non-ASEM participant' },
		{ country: 'AUS', role: 'participant', note: 'Non-ASEM participant' },
		{ country: 'BRA', role: 'participant', note: 'Non-ASEM participant' }
	],
	nonStateParticipants: [
		'FIRST (Forum of Incident Response and Security Teams)',
		{
			name: 'Klaus-Peter Kossakowski, Chair of FIRST, co-chair of the workshop',
			kind: 'person',
			country: 'DEU'
		}
	],
	organizers: ['Korea Ministry of Information and Communication (MIC)', 'ASEM'],
	sources: [
		{
			title:
				'Hwangyeong Ilbo (Korean): 2005 ASEM Cyber Security Workshop opens at Renaissance Hotel, Seoul, on the 23rd',
			url: 'http://www.hkbs.co.kr/news/articleView.html?idxno=68651'
		},
		{
			title:
				'Dong-A Ilbo (7 Oct 2004): ASEM agrees project to strengthen security in cyberspace (Korea, Singapore, Germany, Poland, Portugal)',
			url: 'https://www.donga.com/en/article/all/20041007/237539/1'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"About 150 people from 41 countries (ASEM members plus the US, Australia and Brazil), including about 70 officials and experts. The start date (23 June) and city are confirmed by the Korean press; the end date (24 June) is from the ITU page. Kossakowski's country is given as Germany because of his nationality; he took part as chair of FIRST.",
	inSeed: true,
	related: [],
	keyDates: []
};
