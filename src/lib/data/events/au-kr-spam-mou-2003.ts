import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'au-kr-spam-mou-2003',
	title: 'Australia–Korea MoU on cooperation in the regulation of spam',
	shortTitle: 'Australia–Korea MoU',
	kind: 'bilateral-mou',
	category: 'agreement',
	date: '2003-10-20',
	place: { kind: 'city', city: 'Melbourne', country: 'AUS' },
	summary:
		"Korea's KISA and Australia's ACA and NOIE agreed to exchange information on spam and to cooperate in regulating it. The agreement later became the basis of the Seoul–Melbourne multilateral MoU.",
	participants: [
		{
			country: 'AUS',
			role: 'signatory',
			agency:
				'Australian Communications Authority (ACA); National Office for the Information Economy (NOIE)'
		},
		{ country: 'KOR', role: 'signatory', agency: 'Korea Information Security Agency (KISA)' }
	],
	nonStateParticipants: [],
	organizers: [],
	sources: [
		{
			title:
				"Hankyung / Yonhap (21 Oct 2003): Korea–Australia sign world's first bilateral anti-spam MoU (signed on the 20th, local time, at the ACA in Melbourne)",
			url: 'https://www.hankyung.com/article/2003102198838'
		},
		{
			title: 'IT World Canada (IDG): Australia, South Korea team to regulate spam',
			url: 'https://www.itworldcanada.com/article/australia-south-korea-team-to-regulate-spam/21980'
		},
		{
			title: 'ARN: Australia, South Korea team to regulate spam',
			url: 'https://www.arnnet.com.au/article/56745/australia_south_korea_team_regulate_spam/'
		},
		{
			title:
				'Text: MoU between KISA, ACA and NOIE concerning cooperation in the regulation of spam (address found truncated; link to the document stem) (studylib mirror)',
			url: 'https://studylib.net/doc/12935672/'
		},
		{
			title: 'The Age (23 Feb 2004): Spam fight to go global (MoU with KISA signed October 2003)',
			url: 'http://www.theage.com.au/articles/2004/02/23/1077497502785.html'
		},
		{
			title:
				'KISA press release (27 Apr 2005): Seoul–Melbourne multilateral anti-spam MoU, 12 agencies (Korean)',
			url: 'https://kisa.or.kr/notice/press_View.jsp?cPage=194&mode=view&p_No=8&b_No=8&d_No=17&ST=total&SV='
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'high',
	notes:
		"Yonhap (via Hankyung, 21 Oct 2003) reports signature on the 20th (local time) at the ACA in Melbourne, attended by Communications Minister Daryl Williams; IDG says it was signed 'Monday' in Melbourne, and 20 Oct 2003 was a Monday. The Age (Feb 2004) and KISA (2005) confirm October 2003. NOIE was later renamed AGIMO; the ACA became ACMA in 2005; KISA later became KISA (Korea Internet & Security Agency). A source address was found truncated; its link points to the stem of the document address.",
	inSeed: true,
	related: ['seoul-melbourne-multilateral-mou-2005'],
	keyDates: []
};
