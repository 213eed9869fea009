import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'london-action-plan-2004',
	title: 'London Action Plan on international spam enforcement cooperation',
	shortTitle: 'London Action Plan',
	kind: 'multilateral-mou',
	category: 'agreement',
	date: '2004-10-11',
	place: { kind: 'city', city: 'London', country: 'GBR' },
	summary:
		'Government agencies agreed a non-binding plan to cooperate on cross-border spam enforcement through contact points, regular calls and work with the private sector. The plan stayed open to new members.',
	participants: [
		{
			country: 'GBR',
			role: 'host',
			agency: 'Office of Fair Trading (OFT, co-sponsor); Information Commissioner',
			note: 'Meeting held in London; OFT and the Information Commissioner are named among the signing bodies (Out-Law).'
		},
		{ country: 'USA', role: 'signatory', agency: 'Federal Trade Commission (FTC, co-sponsor)' },
		{
			country: 'AUS',
			role: 'signatory',
			agency:
				'Australian Competition and Consumer Commission (ACCC); Australian Communications Authority (ACA) endorsed later, Feb 2005',
			note: 'Out-Law names an Australian consumer-protection body among the October 2004 signatories; ACA joined in February 2005 (Computerwoche). Australia takes part from 2004-10-11 through the ACCC; the ACA was a second Australian body, joining in Feb 2005.'
		},
		{
			country: 'JPN',
			role: 'signatory',
			note: 'Japan is among the 15 founding countries (Japan MIC; Out-Law names a Japanese consumer-protection body); agency not identified.'
		},
		{
			country: 'IRL',
			role: 'signatory',
			note: 'Out-Law names an Irish consumer-protection body among the signatories; agency not identified (probably the Office of the Director of Consumer Affairs – unverified).'
		},
		{
			country: 'DNK',
			role: 'signatory',
			agency: 'Danish Consumer Ombudsman',
			note: 'Consumer Ombudsman says it endorsed the LAP in October 2004.'
		},
		{
			country: 'ESP',
			role: 'joined',
			agency: 'Agencia Española de Protección de Datos (AEPD)',
			since: '2005-02',
			note: 'Attended the Oct 2004 London meeting; FTC (Feb 2005) links its cooperation with AEPD to the LAP. Whether it signed on 11 Oct 2004 is unverified. Counted from Feb 2005, when it is first known to take part; it may have joined earlier.'
		},
		{
			country: 'KOR',
			role: 'joined',
			since: '2005-02',
			note: 'Listed among LAP supporters by Feb 2005 (Computerwoche); original-signatory status unverified. Counted from Feb 2005, when it is first known to take part; it may have joined earlier.'
		},
		{
			country: 'CAN',
			role: 'joined',
			since: '2005-02',
			note: 'Listed among LAP supporters by Feb 2005 (Computerwoche); original-signatory status unverified. Counted from Feb 2005, when it is first known to take part; it may have joined earlier.'
		},
		{
			country: 'MEX',
			role: 'joined',
			since: '2005-02',
			note: 'Listed among LAP supporters by Feb 2005 (Computerwoche); original-signatory status unverified. Counted from Feb 2005, when it is first known to take part; it may have joined earlier.'
		},
		{
			country: 'CHL',
			role: 'joined',
			since: '2005-02',
			note: 'Listed among LAP supporters by Feb 2005 (Computerwoche); original-signatory status unverified. Counted from Feb 2005, when it is first known to take part; it may have joined earlier.'
		},
		{
			country: 'CHN',
			role: 'joined',
			agency: 'Union Network Beijing',
			since: '2005-07',
			note: 'Adopted the plan in early July 2005 (The Register, 4 July 2005; Virus Bulletin, 5 July 2005); the day of the ceremony is not stated.'
		}
	],
	nonStateParticipants: [
		'Private-sector signatories (ISPs, financial institutions, telcos, consumer organisations); nine private-sector signatories by Feb 2005 per the ACA'
	],
	organizers: [],
	sources: [
		{
			title: 'London Action Plan – About (londonactionplan.org)',
			url: 'http://londonactionplan.org/'
		},
		{
			title:
				'M2 Communications via IndexArticles: London Action Plan on spam enforcement is agreed (19 bodies from 15 countries) (mirror)',
			url: 'https://indexarticles.com/technology/internet-business-news/london-action-plan-on-spam-enforcement-is-agreed/'
		},
		{
			title:
				'FTC press release (Oct 2004): FTC, International Agencies Adopt Action Plan on Spam Enforcement (19 agencies from 15 countries)',
			url: 'https://www.ftc.gov/news-events/news/press-releases/2004/10/ftc-international-agencies-adopt-action-plan-spam-enforcement'
		},
		{
			title: 'The Register (4 Jul 2005): China signs anti-spam pact',
			url: 'https://www.theregister.com/2005/07/04/china_spam/'
		},
		{
			title:
				"Virus Bulletin (5 Jul 2005): World's second largest spam-producing country signs up to anti-spam plan",
			url: 'https://virusbulletin.com/blog/2005/07/world-s-second-largest-spam-producing-country-signs-anti-spam-plan'
		},
		{
			title: 'Out-Law (Pinsent Masons): OFT announces spam plan',
			url: 'https://www.pinsentmasons.com/out-law/news/oft-announces-spam-plan'
		},
		{
			title: 'Virus Bulletin (13 Oct 2004): Action plan on spam – 15 countries sign up',
			url: 'https://www.virusbulletin.com/blog/2004/10/action-plan-spam/'
		},
		{
			title: 'Danish Consumer Ombudsman: endorsed the London Action Plan in October 2004',
			url: 'https://www.consumerombudsman.dk/artikler/consumerombudsamn/intcooperation/international-combat-against-spam/'
		},
		{
			title:
				'Computerwoche / Computerworld Australia (23 Feb 2005): Australia signs London Action Plan on spam',
			url: 'https://www.computerwoche.de/a/australia-signs-london-action-plan-on-spam,562901'
		},
		{
			title:
				'Japan MIC press release (9 Oct 2014, LAP 10 Tokyo) – background: LAP founded by 19 bodies from 15 countries incl. Japan',
			url: 'https://www.soumu.go.jp/menu_news/s-news/01kiban08_02000148.html'
		},
		{
			title:
				'FTC press release (Feb 2005): FTC, Spanish Data Protection Agency working together to fight illegal spam',
			url: 'https://www.ftc.gov/news-events/news/press-releases/2005/02/ftc-spanish-data-protection-agency-working-together-fight-illegal-spam'
		},
		{
			title: 'Wikipedia: London Action Plan',
			url: 'https://en.wikipedia.org/wiki/London_Action_Plan'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'medium',
	notes:
		"Date and place are well attested (high). The full list of ORIGINAL signatories was NOT found: contemporary reports say 19 bodies from 15 countries signed on 11 Oct 2004 (M2/Gale; Japan MIC), while agencies from 27 countries attended. By 24 Feb 2005 the FTC counted 26 agencies from 19 countries; the ACA (Feb 2005) described supporters as agencies from the UK, US, 11 European nations, Korea, Japan, Canada, Mexico and Chile, plus Australia. Only GBR, USA, AUS, JPN, IRL and DNK are confirmed as October-2004 signatories here; the countries listed as joining in Feb 2005 are known participants by then whose original-signatory status is unverified; eight further European countries remain unidentified. Kind: formally an 'action plan', not an MoU. China (Union Network Beijing) adopted the plan in early July 2005 (The Register, 4 July 2005; Virus Bulletin, 5 July 2005); a UCENet page that dates this to July 2006 is contradicted by those dated reports.",
	inSeed: true,
	related: [
		'london-spam-enforcement-workshop-2004',
		'ftc-aepd-commercial-email-mou-2005',
		'operation-spam-zombies-2005'
	],
	keyDates: []
};
