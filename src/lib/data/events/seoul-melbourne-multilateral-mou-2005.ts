import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'seoul-melbourne-multilateral-mou-2005',
	title: 'Seoul–Melbourne multilateral MoU on cooperation in countering spam',
	shortTitle: 'Seoul–Melbourne MoU',
	kind: 'multilateral-mou',
	category: 'agreement',
	date: '2005-04-27',
	place: { kind: 'unknown' },
	summary:
		'Twelve Asia-Pacific organisations from ten economies agreed to share information and intelligence on spam and to cooperate on technical, educational and policy responses.',
	participants: [
		{ country: 'AUS', role: 'signatory', agency: 'Australian Communications Authority (ACA)' },
		{ country: 'KOR', role: 'signatory', agency: 'Korea Information Security Agency (KISA)' },
		{ country: 'CHN', role: 'signatory', agency: 'Internet Society of China (ISC)' },
		{
			country: 'HKG',
			role: 'signatory',
			agency: 'Commerce, Industry and Technology Bureau (CITB), HKSAR Government'
		},
		{
			country: 'TWN',
			role: 'signatory',
			agency: 'Taiwan Computer Emergency Response Team / Coordination Center (TWCERT/CC)'
		},
		{
			country: 'JPN',
			role: 'signatory',
			agency:
				'Ministry of Economy, Trade and Industry (METI); Ministry of Internal Affairs and Communications (MIC)'
		},
		{ country: 'NZL', role: 'signatory', agency: 'Ministry of Economic Development (MED)' },
		{
			country: 'PHL',
			role: 'signatory',
			agency:
				'Commission on Information and Communications Technology (CICT); Philippine Computer Emergency Response Team (PH-CERT)'
		},
		{
			country: 'MYS',
			role: 'signatory',
			agency: 'Malaysian Communications and Multimedia Commission (MCMC)'
		},
		{
			country: 'THA',
			role: 'signatory',
			agency: 'Ministry of Information and Communication Technology (MICT)'
		}
	],
	nonStateParticipants: [],
	organizers: [],
	sources: [
		{
			title:
				'KISA press release (27 Apr 2005): Seoul–Melbourne multilateral anti-spam MoU, 12 agencies (Korean)',
			url: 'https://kisa.or.kr/notice/press_View.jsp?cPage=194&mode=view&p_No=8&b_No=8&d_No=17&ST=total&SV='
		},
		{
			title:
				'Hong Kong Government news (27 Apr 2005): CITB joins 11 Asia-Pacific agencies as founding signatory of Seoul–Melbourne MoU',
			url: 'https://news.gov.hk/isd/ebulletin/en/category/lawandorder/050427/html/050427en08005.htm'
		},
		{
			title:
				'ZDNet: Asian countries join hands against spam (Seoul–Melbourne Anti-Spam Agreement signatories)',
			url: 'https://www.zdnet.com/article/asian-countries-join-hands-against-spam/'
		},
		{
			title: 'IT Law Wiki: Seoul-Melbourne Memorandum of Understanding',
			url: 'http://itlaw.wikia.com/wiki/Seoul-Melbourne_Memorandum_of_Understanding'
		},
		{
			title:
				'Text: Seoul-Melbourne Multilateral MoU on Cooperation in Countering Spam (docplayer copy, 2009 version) (mirror)',
			url: 'https://docplayer.net/amp/16535239-Seoul-melbourne-multilateral-memorandum-of-understanding-cooperation-in-countering-spam.html'
		},
		{
			title:
				'KISA presentation (19 Nov 2004): Seoul-Melbourne Multilateral MOU on Cooperation in Countering Spam (mirror)',
			url: 'https://slideplayer.com/slide/751024/'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"Builds on the Oct 2003 KISA–ACA–NOIE bilateral MoU. Signatory count: KISA's own release (27 Apr 2005) says 12 organisations including KISA (KISA plus 11 agencies from 8 other countries, i.e. 9 countries counting Hong Kong under China); Hong Kong's release says CITB joined 11 other agencies; IT Law Wiki says 12 organisations from 10 economies. The ITU page's 'twelve Asia-Pacific communications and Internet agencies have joined' ACA and KISA (i.e. 14) and ZDNet's '12 joined the ACA' are not supported – the 12 named organisations listed here are the full founding set. One more organisation joined in Sept 2007 (outside scope). Place of signature not established (possibly signed separately by each party).",
	inSeed: true,
	related: [
		'au-kr-spam-mou-2003',
		'itu-virtual-conference-antispam-regulation-2004-11',
		'gsr-2004-spam-breakout'
	],
	keyDates: []
};
