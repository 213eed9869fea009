/**
 * Every event of the atlas, 2003–2006: the agreements and meetings of the research files
 * (`agreements.json`, `meetings.json`), with two pairs of records merged into one event each.
 * Titles and summaries are written for the atlas; dates, places, participants, sources, confidence
 * and notes follow the research exactly. `dataset.ts` validates this list at build time.
 */
import type { EventRecord } from './types';

/** The dataset as written; read it through `dataset.ts`, which validates and sorts it. */
export const rawEvents: EventRecord[] = [
	{
		id: 'irtf-anti-spam-research-group-2003',
		title: 'IRTF Anti-Spam Research Group (ASRG) launched',
		shortTitle: 'IRTF ASRG launched',
		kind: 'initiative',
		category: 'agreement',
		date: '2003-02',
		endDate: '2003-03',
		place: { kind: 'city', city: 'San Francisco', country: 'USA' },
		summary:
			'The Internet Research Task Force set up a research group on technical and administrative approaches to unsolicited e-mail. Its charter dates from February 2003 and it first met at IETF 56 in San Francisco in March 2003.',
		participants: [],
		nonStateParticipants: [
			'Internet Research Task Force (IRTF) / IETF community; first chair Paul Judge (CipherTrust), later John Levine and Yakov Shafranovich'
		],
		organizers: ['Internet Research Task Force (IRTF)'],
		sources: [
			{
				title:
					'IETF 56 proceedings: Anti-Spam Research Group charter snapshot (chair Paul Judge; last modified 2003-02-03)',
				url: 'http://ietf.org/proceedings/56/asrg.htm'
			},
			{
				title:
					'Wired article on ASRG inauguration, reposted to atlarge-discuss (March 2003 archive)',
				url: 'https://www.fitug.de/atlarge-discuss/0303/msg00083.html'
			},
			{
				title: 'Wikipedia: Anti-Spam Research Group',
				url: 'https://en.wikipedia.org/wiki/Anti-Spam_Research_Group'
			},
			{
				title: 'IRTF: Anti-Spam Research Group (concluded)',
				url: 'https://www.irtf.org/concluded/asrg.html'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			},
			{
				title: 'IETF-Announce: Draft agenda of the 56th IETF, San Francisco, 16-21 March 2003',
				url: 'http://mail.spinics.net/lists/ietf-ann/msg07786.html'
			},
			{
				title: 'IESG list: draft charter for Anti-Spam Research Group (Vern Paxson)',
				url: 'https://psg.com/~randy/lists/iesg/2003/msg00999.html'
			},
			{
				title: 'Computerworld: IETF creates anti-spam research group',
				url: 'https://www.computerworld.com/article/2806145/ietf-creates-anti-spam-research-group.html'
			}
		],
		confidence: 'medium',
		notes:
			"This entry merges two research records of the same happening: the group's charter and its launch meeting. The IETF 56 proceedings snapshot of the ASRG charter is marked 'Last Modified: 2003-02-03'; press coverage of the group's inauguration (Wired, reposted in the March 2003 archive of a mailing list) appeared in early March 2003, and the group first met at IETF 56 in San Francisco (16–21 March 2003). The exact chartering day and the day of the first session were not found, so the entry spans February to March 2003. The ITU page cites a summary of ASRG documents and work for March–May 2003. Rechartered around January 2004; concluded on 18 March 2013. Not a state agreement: no country takes part, so nothing is mapped. The launch record listed the first chair, Paul Judge (CipherTrust), under the United States by nationality; he is kept among the non-state participants instead.",
		inSeed: true,
		related: [],
		keyDates: [
			{ date: '2003-02-03', label: 'Charter text last modified (IETF 56 proceedings snapshot)' },
			{
				date: '2003-03',
				label: 'Public launch and first session at IETF 56, San Francisco (16–21 March 2003)'
			}
		]
	},
	{
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
					'Text: MoU between KISA, ACA and NOIE concerning cooperation in the regulation of spam (studylib copy) (address truncated in the research copy; link to the document stem)',
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
			"Yonhap (via Hankyung, 21 Oct 2003) reports signature on the 20th (local time) at the ACA in Melbourne, attended by Communications Minister Daryl Williams; IDG says it was signed 'Monday' in Melbourne, and 20 Oct 2003 was a Monday. The Age (Feb 2004) and KISA (2005) confirm October 2003. NOIE was later renamed AGIMO; the ACA became ACMA in 2005; KISA later became KISA (Korea Internet & Security Agency). A source address was truncated in the research copy; its link points to the stem of the document address.",
		inSeed: true,
		related: ['seoul-melbourne-multilateral-mou-2005'],
		keyDates: []
	},
	{
		id: 'eu-eprivacy-directive-2002-58-ec',
		title: 'EU Directive on privacy and electronic communications (2002/58/EC)',
		shortTitle: 'ePrivacy Directive',
		kind: 'legislation',
		category: 'agreement',
		date: '2003-10-31',
		place: { kind: 'unknown' },
		summary:
			'EU law that requires prior consent for marketing e-mail and SMS sent to individuals. Adopted in July 2002, it had to be applied by the Member States by 31 October 2003, the date shown here.',
		participants: [
			{
				membersOf: 'EU',
				role: 'party',
				joiners: { until: '2006-12-31', role: 'joined', note: 'Bound from EU accession on {since}' }
			}
		],
		nonStateParticipants: ['European Parliament and Council of the EU (co-legislators)'],
		organizers: [],
		sources: [
			{
				title:
					'Directive 2002/58/EC of 12 July 2002 (consolidated text; OJ L 201, 31.7.2002, p. 37)',
				url: 'https://pdfslide.tips/documents/consleg2002l005820091219entxt.html'
			},
			{
				title: 'Directive 2002/58/EC full text (legi-internet.ro copy)',
				url: 'https://www.legi-internet.ro/en/legi-si-practica-judiciara-straina/directive-comunicatii/directive-on-privacy-and-electronic-communications-58/2002.html'
			},
			{
				title:
					"EUR-Lex: COM(2004) 28 final – Communication on unsolicited commercial communications or 'spam'",
				url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX%3A52004DC0028'
			},
			{
				title: '2004 enlargement of the European Union (1 May 2004, ten new member states)',
				url: 'https://www.know.cf/enciclopedia/en/2004_enlargement_of_the_European_Union'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			'COM(2004) 28 notes that infringement proceedings were opened against Member States that had not notified transposition by the deadline (which states is not listed here). Extension to EEA states (Iceland, Liechtenstein, Norway) not verified in this research; CNSA does include EEA authorities. On the 2003–2006 timeline the Directive is placed on 2003-10-31, its transposition deadline (the ITU page\'s "came into force in October 2003"); it was adopted on 2002-07-12 (see its key dates). The ten states that joined the EU on 2004-05-01 count from 2004-05-01.',
		inSeed: true,
		related: [
			'ec-communication-spam-com-2004-28',
			'cnsa-cross-border-spam-complaints-procedure-2005'
		],
		keyDates: [
			{ date: '2002-07-12', label: 'Adopted by the European Parliament and the Council' },
			{
				date: '2002-07-31',
				label: 'Published in OJ L 201 (p. 37); entered into force on publication'
			},
			{
				date: '2003-10-31',
				label:
					"Deadline for Member States to transpose it (the ITU page's 'came into force in October 2003')"
			},
			{ date: '2004-05-01', label: 'Ten new Member States join the EU and become bound by it' }
		]
	},
	{
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
				title: "GSR 2003 Chairperson's Report (Geneva, 8-9 December 2003)",
				url: 'https://vdocuments.mx/global-symposium-for-regulators-tt-web-view-global-symposium-for-regulators-geneva.html'
			},
			{
				title: "GSR 2003 Chairperson's Report (studylib copy)",
				url: 'https://studylib.net/doc/12924381/'
			},
			{
				title:
					'ITU SPU Newslog (copy): ITU Virtual Conference on International Cooperation on Countering Spam',
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
	},
	{
		id: 'ec-communication-spam-com-2004-28',
		title: 'European Commission Communication on spam, COM(2004) 28',
		shortTitle: 'EC Communication COM(2004) 28',
		kind: 'initiative',
		category: 'agreement',
		date: '2004-01-22',
		place: { kind: 'city', city: 'Brussels', country: 'BEL' },
		summary:
			"The Commission listed the enforcement, cooperation, industry, technical and awareness measures needed to make the EU's opt-in rule work. The CNSA network of enforcement authorities was set up after it.",
		participants: [
			{
				membersOf: 'EU',
				role: 'member',
				note: 'EU Member State when the Communication was issued'
			}
		],
		nonStateParticipants: [
			'European Commission (author)',
			"Contact Network of Spam Enforcement Authorities (CNSA), set up on the Commission's initiative after this Communication"
		],
		organizers: [],
		sources: [
			{
				title:
					"EUR-Lex: COM(2004) 28 final – Communication on unsolicited commercial communications or 'spam'",
				url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX%3A52004DC0028'
			},
			{
				title:
					'EUR-Lex summary: Communication from the Commission of 22 January 2004 on spam [COM(2004) 28 final]',
				url: 'https://eur-lex.europa.eu/legal-content/en/LSU/?uri=CELEX%3A52004DC0028'
			},
			{
				title:
					"European Commission press release IP/05/146 (Brussels, 7 Feb 2005): European countries launch joint drive to combat 'spam'",
				url: 'http://europa.eu/rapid/press-release_IP-05-146_en.htm?locale=en'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			"The Communication is addressed to the EU institutions; the 15 Member States are listed only as the EU membership at the time. The exact founding date of the CNSA was not found; IP/05/146 (Feb 2005) says it was set up at the Commission's initiative following this Communication and covers EU and EEA authorities. The ITU page also mentions a later Commission public consultation (questionnaire) on progress since this Communication; it is a separate event (October 2004).",
		inSeed: true,
		related: [
			'eu-eprivacy-directive-2002-58-ec',
			'ec-spam-public-consultation-2004',
			'cnsa-cross-border-spam-complaints-procedure-2005'
		],
		keyDates: []
	},
	{
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
				title: 'HSDL: Background Paper for Spam Workshop (Brussels, 2-3 February 2004)',
				url: 'https://www.hsdl.org/c/background-paper-for-spam-workshop/'
			},
			{
				title: 'EDRi-gram 2.3: Results OECD workshop on spam',
				url: 'https://edri.org/our-work/edrigramnumber2-3spam/'
			},
			{
				title: 'ITU SPU Newslog (copy): OECD Workshop on Spam, 2-3 February, Brussels',
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
	},
	{
		id: 'itu-grex-virtual-conference-spam-2004',
		title: 'ITU G-REX virtual conference on regulatory cooperation on spam',
		shortTitle: 'ITU G-REX virtual conference',
		kind: 'virtual-conference',
		category: 'meeting',
		date: '2004-03-30',
		place: { kind: 'virtual' },
		summary:
			"Online conference of regulators on the ITU's Global Regulators' Exchange about frameworks for international cooperation against spam.",
		participants: [
			{
				country: 'AUS',
				role: 'chair',
				agency: 'Australian Communications Authority (ACA) – Dr Bob Horton, Acting Chairman',
				note: 'Moderated the conference'
			},
			{ country: 'BRA', role: 'participant', note: 'Represented by its regulator' },
			{ country: 'JPN', role: 'participant', note: 'Represented by its regulator' },
			{ country: 'JOR', role: 'participant', note: 'Represented by its regulator' },
			{ country: 'KOR', role: 'participant', note: 'Represented by its regulator' },
			{ country: 'NZL', role: 'participant', note: 'Represented by its regulator' },
			{ country: 'NOR', role: 'participant', note: 'Represented by its regulator' },
			{ country: 'THA', role: 'participant', note: 'Represented by its regulator' },
			{ country: 'GBR', role: 'participant', note: 'Represented by its regulator' },
			{ country: 'USA', role: 'participant', note: 'Represented by its regulator' }
		],
		nonStateParticipants: ['European Commission'],
		organizers: ['ITU Telecommunication Development Bureau (BDT), Regulatory Reform Unit'],
		sources: [
			{
				title:
					'ITU SPU Newslog (copy, 9 May 2004): ITU Virtual Conference on International Cooperation on Countering SPAM',
				url: 'http://www.tmttlt.com/2004/05/08/sun-09-may-2004-020702-gmt/'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'medium',
		notes:
			'Date, moderator and participant list come from a blog repost of the ITU Strategy and Policy Unit newslog (original ITU page not found). The newslog says a group of working-level officials from six countries was formed afterwards, led by Horton. The ITU page gives no date.',
		inSeed: true,
		related: ['gsr-2003-geneva'],
		keyDates: []
	},
	{
		id: 'asean-atrc-anti-spam-working-group-2004',
		title: 'ASEAN regulators agree to form an anti-spam working group (ATRC, Vientiane)',
		shortTitle: 'ATRC anti-spam working group',
		kind: 'initiative',
		category: 'agreement',
		date: '2004-07',
		place: { kind: 'city', city: 'Vientiane', country: 'LAO' },
		summary:
			"At its July 2004 meeting in Vientiane, the ASEAN Telecommunications Regulators' Council agreed to set up a working group on anti-spam measures led by Malaysia's MCMC.",
		participants: [
			{
				membersOf: 'ASEAN',
				role: 'member',
				override: [
					{ country: 'LAO', role: 'host' },
					{
						country: 'MYS',
						role: 'member',
						agency: 'Malaysian Communications and Multimedia Commission (MCMC) – Working Group lead'
					}
				]
			}
		],
		nonStateParticipants: [],
		organizers: ["ASEAN Telecommunications Regulators' Council (ATRC)"],
		sources: [
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'low',
		notes:
			"This entry merges two research records of the same happening: the ATRC council meeting in Vientiane and the anti-spam working group it agreed to set up. ITU page only: no independent source for the date, place or outcome was found (a corroborating search found nothing), so confidence is low; one of the two records rated it medium. The exact day in July 2004 is not known. ASEAN member states are listed as members of the council; actual attendance is not verified. The working group's first known activity is the ASEAN Anti-Spam Workshop hosted by MCMC in May 2005.",
		inSeed: true,
		related: ['asean-antispam-workshop-mcmc-2005'],
		keyDates: []
	},
	{
		id: 'oecd-task-force-on-spam-2004',
		title: 'OECD Task Force on Spam set up',
		shortTitle: 'OECD Task Force on Spam',
		kind: 'initiative',
		category: 'agreement',
		date: '2004-07',
		place: { kind: 'city', city: 'Paris', country: 'FRA' },
		summary:
			'OECD members created a two-year task force to coordinate anti-spam policy, enforcement cooperation and industry and technical measures, with an anti-spam toolkit as its main output.',
		participants: [{ membersOf: 'OECD', role: 'member' }],
		nonStateParticipants: [
			'European Commission',
			'Business and Industry Advisory Committee to the OECD (BIAC)'
		],
		organizers: [],
		sources: [
			{
				title: 'OECD press release (12/08/2004): OECD Task Force to Coordinate Fight against Spam',
				url: 'https://www.oecd.org/korea/oecdtaskforcetocoordinatefightagainstspam.htm'
			},
			{
				title:
					'AFP via SpaceDaily (12 Aug 2004): OECD gives new task force two years to cut the spam',
				url: 'https://www.spacedaily.com/2004/040812120140.350dozuh.html'
			},
			{
				title:
					'IT Law Wiki: OECD Task Force on Spam (ICCP endorsement April 2004; Council approval)',
				url: 'http://itlaw.wikia.com/wiki/OECD_Task_Force_on_Spam'
			},
			{
				title:
					'OECD press release (21/09/2004): OECD Launches Anti-Spam Toolkit and Invites Public Contributions',
				url: 'https://www.oecd.org/digital/ieconomy/oecdlaunchesanti-spamtoolkitandinvitespubliccontributions.htm'
			},
			{
				title:
					'Slovak Ministry of Finance: OECD membership list and accession years (Slovakia 30th member, 14 Dec 2000)',
				url: 'https://www.finance.gov.sk/en/european-international-affairs/international-organizations/organization-economic-cooperation-development-oecd/'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'medium',
		notes:
			"The month of establishment (July 2004) rests on the ITU page; the first public OECD announcement is dated 12 Aug 2004 (high confidence). The OECD's Sept 2004 release says the Task Force includes participants from all 30 OECD countries, the European Commission and business/advisory bodies (text truncated in the copy seen). OECD had 30 members 2000-2010 (Slovakia 30th, 14 Dec 2000; Chile 31st, May 2010).",
		inSeed: true,
		related: [
			'oecd-spam-workshop-brussels-2004',
			'oecd-spam-workshop-busan-2004',
			'oecd-anti-spam-toolkit-launch-2004',
			'oecd-recommendation-spam-enforcement-2006',
			'oecd-anti-spam-toolkit-2006'
		],
		keyDates: [
			{
				date: '2004-04',
				label:
					'ICCP Committee, with the Committee on Consumer Policy, endorsed the proposal (IT Law Wiki)'
			},
			{ date: '2004-07', label: 'Task Force set up by OECD Members (ITU page)' },
			{ date: '2004-08-12', label: 'OECD press release announcing the Task Force' }
		]
	},
	{
		id: 'us-uk-au-commercial-email-enforcement-mou-2004',
		title: 'US–UK–Australia MoU on enforcement assistance in commercial e-mail matters',
		shortTitle: 'US–UK–Australia MoU',
		kind: 'multilateral-mou',
		category: 'agreement',
		date: '2004-07-02',
		place: { kind: 'unknown' },
		summary:
			'Six agencies from the three countries agreed, on a best-efforts basis, to share information and evidence and to coordinate action against cross-border spam.',
		participants: [
			{ country: 'USA', role: 'signatory', agency: 'Federal Trade Commission (FTC)' },
			{
				country: 'GBR',
				role: 'signatory',
				agency:
					"Office of Fair Trading (OFT); Information Commissioner; Her Majesty's Secretary of State for Trade and Industry (DTI)"
			},
			{
				country: 'AUS',
				role: 'signatory',
				agency:
					'Australian Competition and Consumer Commission (ACCC); Australian Communications Authority (ACA)'
			}
		],
		nonStateParticipants: [],
		organizers: [],
		sources: [
			{
				title:
					"FTC press release (July 2004): Consumer protection 'cops' join forces to fight illegal spam – six agencies",
				url: 'http://www.ftc.gov/news-events/press-releases/2004/07/consumer-protection-cops-join-forces-fight-illegal-spam-six'
			},
			{
				title: 'ACCC media release: Australia, US and UK to cooperate in combating spam',
				url: 'https://www.accc.gov.au/media-release/australia-us-and-uk-to-cooperate-in-combating-spam'
			},
			{
				title: 'The Register (2 Jul 2004): US, UK and Australia sign anti-spam act',
				url: 'https://www.theregister.com/2004/07/02/anti-spam_pact/'
			},
			{
				title: "DM News: U.S., UK, Australia to Cooperate on Spam Cases (FTC 'said Friday')",
				url: 'https://www.dmnews.com/us-uk-australia-to-cooperate-on-spam-cases/'
			},
			{
				title: 'Sydney Morning Herald (5 Jul 2004): Australia, US, Britain declare war on spam',
				url: 'https://www.smh.com.au/national/australia-us-britain-declare-war-on-spam-20040705-gdj9qc.html'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			"2 July 2004 (a Friday) is the date of the joint announcement: The Register dates its report 2 Jul 2004 ('today'), DM News and CNET say the FTC announced it 'Friday'. The date(s) written on the signed document itself were not seen; the ITU page gives only 'July 2004'. FTC Commission vote to approve was 5-0.",
		inSeed: true,
		related: ['london-spam-enforcement-workshop-2004'],
		keyDates: []
	},
	{
		id: 'itu-wsis-thematic-meeting-countering-spam-2004',
		title: 'ITU WSIS Thematic Meeting on Countering Spam',
		shortTitle: 'WSIS meeting on countering spam',
		kind: 'conference',
		category: 'meeting',
		date: '2004-07-07',
		endDate: '2004-07-09',
		place: { kind: 'city', city: 'Geneva', country: 'CHE' },
		summary:
			'Three-day ITU meeting in Geneva where regulators, industry and civil society discussed legal, technical, educational and cooperative measures against spam.',
		participants: [
			{
				country: 'AUS',
				role: 'chair',
				agency: 'Australian Communications Authority (ACA) – Dr Robert Horton, Acting Chairman',
				note: 'Chaired the meeting'
			},
			{
				country: 'MEX',
				role: 'participant',
				agency: 'Permanent Mission of Mexico – Karla Tatiana Ornelas Loera',
				note: 'Chaired session 1'
			}
		],
		nonStateParticipants: [
			'ITU Secretary-General Yoshio Utsumi (welcome address)',
			'APCAUCE (Suresh Ramasubramanian, session 3 chair)',
			'Spamhaus',
			'MessageLabs',
			'Brightmail',
			'NTT DoCoMo',
			'Anti-Phishing Working Group'
		],
		organizers: [
			'ITU Strategy and Policy Unit (New Initiatives Programme), as a WSIS thematic meeting'
		],
		sources: [
			{
				title:
					'ITU: ITU WSIS Thematic Meeting on Countering Spam - Final Agenda (Geneva, CICG, 7-9 July 2004)',
				url: 'https://www.itu.int/osg/spu/spam/meeting7-9-04/agenda.html'
			},
			{
				title:
					'ITU/WSIS: Report to PrepCom-2 on the ITU WSIS Thematic Meeting on Countering Spam (Robert Shaw)',
				url: 'https://www.itu.int/net/wsis/docs2/pc2/plenary/Countering-Spam.html'
			},
			{
				title: 'ITU Secretary-General speech at the thematic meeting (CICG, 7-9 July 2004)',
				url: 'http://www.itu.int/osg/sg/speeches/2004/spam.html'
			},
			{
				title: 'PC World Australia: Global Net regulators aim to turn the tide on spam',
				url: 'https://www.pcworld.idg.com.au/article/85265/itu_-_global_net_regulators_aim_turn_tide_spam/'
			},
			{
				title:
					'ITU iLibrary: Countering Spam (New Initiatives Programme publication of the meeting)',
				url: 'https://www.itu-ilibrary.org/science-and-technology/the-itu-new-initiatives-programme_pub/800c7e2d-0e1e624e-en'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			"About 200 participants from more than 60 countries (ITU report to PrepCom-2). A chairman's report was posted on the WSIS site. No country-by-country attendance list was found.",
		inSeed: true,
		related: ['itu-wsis-thematic-meeting-cybersecurity-2005-spam-day'],
		keyDates: []
	},
	{
		id: 'isc-industry-anti-spam-mou-2004',
		title: 'Internet Society of China MoU with eBay, Microsoft, AOL and Yahoo!',
		shortTitle: 'Internet Society of China MoU',
		kind: 'industry-mou',
		category: 'agreement',
		date: '2004-09-02',
		place: { kind: 'city', city: 'Beijing', country: 'CHN' },
		summary:
			"China's Internet industry association and four US Internet companies agreed to explore joint work against spam and online fraud, including technical measures and user education.",
		participants: [
			{ country: 'CHN', role: 'signatory', agency: 'Internet Society of China (ISC)' },
			{
				country: 'USA',
				role: 'signatory',
				agency: 'eBay Inc.; Microsoft Corp.; America Online Inc.; Yahoo! Inc.',
				note: 'Companies headquartered in the US; not government agencies'
			}
		],
		nonStateParticipants: [],
		organizers: [],
		sources: [
			{
				title:
					'ITU SPU: MoU between Internet Society of China and eBay/Microsoft/America Online/Yahoo! (Beijing, 2 September 2004)',
				url: 'http://www.itu.int/osg/spu/spam/legislation/china-mou-en.html'
			},
			{
				title:
					"SURBL discuss list (20 Sep 2004): MoU from ISC's September 2004 China Internet Conference anti-spam summit",
				url: 'https://lists.surbl.org/pipermail/discuss/2004-September/002710.html'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			"Date and place from the ITU-hosted English text of the MoU ('In Beijing on 2 September 2004'); a 20 Sep 2004 SURBL list post confirms it came out of the September 2004 China Internet Conference anti-spam summit.",
		inSeed: true,
		related: [],
		keyDates: []
	},
	{
		id: 'oecd-spam-workshop-busan-2004',
		title: 'Second OECD workshop on spam (Busan)',
		shortTitle: 'OECD spam workshop, Busan',
		kind: 'workshop',
		category: 'meeting',
		date: '2004-09-08',
		endDate: '2004-09-09',
		place: { kind: 'city', city: 'Busan', country: 'KOR' },
		summary:
			'OECD workshop in Korea at which the new Spam Task Force outlined its planned anti-spam toolkit.',
		participants: [{ country: 'KOR', role: 'host', note: 'Host country' }],
		nonStateParticipants: ['OECD Spam Task Force (chair Tom Dale)'],
		organizers: ['OECD'],
		sources: [
			{
				title:
					'OECD: OECD Launches Anti-Spam Toolkit and Invites Public Contributions (21 Sep 2004)',
				url: 'https://www.oecd.org/digital/ieconomy/oecdlaunchesanti-spamtoolkitandinvitespubliccontributions.htm'
			},
			{
				title: 'OECD: OECD Task Force to Coordinate Fight against Spam (12 Aug 2004)',
				url: 'https://www.oecd.org/korea/oecdtaskforcetocoordinatefightagainstspam.htm'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			'The Korean host agency (probably the Ministry of Information and Communication) was not confirmed. The OECD Task Force on Spam was set up in July 2004 (ITU page; OECD page dated 12 Aug 2004).',
		inSeed: true,
		related: ['oecd-task-force-on-spam-2004', 'oecd-anti-spam-toolkit-launch-2004'],
		keyDates: []
	},
	{
		id: 'oecd-anti-spam-toolkit-launch-2004',
		title: 'OECD Anti-Spam Toolkit launched',
		shortTitle: 'OECD Toolkit launched',
		kind: 'initiative',
		category: 'agreement',
		date: '2004-09-21',
		place: { kind: 'city', city: 'Paris', country: 'FRA' },
		summary:
			'The OECD announced the parts of its planned anti-spam toolkit and invited contributions from governments, industry and civil society, including from non-member countries.',
		participants: [{ membersOf: 'OECD', role: 'member' }],
		nonStateParticipants: [],
		organizers: [],
		sources: [
			{
				title:
					'OECD press release (21/09/2004): OECD Launches Anti-Spam Toolkit and Invites Public Contributions',
				url: 'https://www.oecd.org/digital/ieconomy/oecdlaunchesanti-spamtoolkitandinvitespubliccontributions.htm'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			"The ITU page's wording ('launched an Anti-Spam Toolkit as the first step in a broader initiative') matches both this 2004 announcement and the 2006 publication; both are recorded.",
		inSeed: true,
		related: [
			'oecd-task-force-on-spam-2004',
			'oecd-spam-workshop-busan-2004',
			'oecd-recommendation-spam-enforcement-2006',
			'oecd-anti-spam-toolkit-2006'
		],
		keyDates: []
	},
	{
		id: 'itu-wtsa-04-resolutions-51-52-spam',
		title: 'ITU WTSA-04 Resolutions 51 and 52 on spam',
		shortTitle: 'WTSA-04 Res. 51 & 52',
		kind: 'declaration',
		category: 'agreement',
		date: '2004-10-05',
		endDate: '2004-10-14',
		place: { kind: 'city', city: 'Florianópolis', country: 'BRA' },
		summary:
			"The ITU's standardization assembly adopted Resolution 51 on combating spam and Resolution 52 on countering spam by technical means.",
		participants: [{ country: 'BRA', role: 'host' }],
		nonStateParticipants: ['ITU Member States and Sector Members attending WTSA-04'],
		organizers: [],
		sources: [
			{
				title:
					'ITU-T WTSA-04 Resolution 51 – Combating spam (Florianópolis, 5-14 October 2004) (address truncated in the research copy; link to the document stem)',
				url: 'https://studylib.net/doc/13489924/'
			},
			{
				title:
					'IT Law Wiki: World Telecommunication Standardization Assembly (2004 resolutions 51 and 52 on spam)',
				url: 'http://itlaw.wikia.com/wiki/World_Telecommunication_Standardization_Assembly'
			},
			{
				title:
					'WTSA Resolution 52 (Rev. Dubai, 2012) – Countering and combating spam (text shows lineage from Florianópolis 2004)',
				url: 'https://internetdistinction.com/wsisimpacts/wsis/wtsa/wtsa-2012/wtsa_52/'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			"Both resolutions are cited as '(Florianópolis, 2004)'; the assembly ran 5–14 October 2004. The date range is the assembly; the exact plenary day each resolution was approved was not found. Resolution 52 was later revised (Johannesburg 2008, Dubai 2012) as 'Countering and combating spam'. A source address was truncated in the research copy; its link points to the stem of the document address.",
		inSeed: true,
		related: ['wtsa-04-florianopolis', 'itu-council-2005-sg-spam-report'],
		keyDates: []
	},
	{
		id: 'wtsa-04-florianopolis',
		title: 'ITU World Telecommunication Standardization Assembly (WTSA-04)',
		shortTitle: 'WTSA-04, Florianópolis',
		kind: 'assembly',
		category: 'meeting',
		date: '2004-10-05',
		endDate: '2004-10-14',
		place: { kind: 'city', city: 'Florianópolis', country: 'BRA' },
		summary:
			"The ITU's standardization assembly in Florianópolis, which adopted two resolutions on spam.",
		participants: [{ country: 'BRA', role: 'host', note: 'Host country' }],
		nonStateParticipants: [],
		organizers: ['ITU Telecommunication Standardization Sector (ITU-T)'],
		sources: [
			{
				title:
					'WTSA-04 Resolution 51 - Combating spam (Florianópolis, 5-14 October 2004), studylib copy',
				url: 'https://studylib.net/doc/13489924/'
			},
			{
				title:
					'IT Law Wiki: World Telecommunication Standardization Assembly (2004 Assembly, Resolutions 51 and 52)',
				url: 'http://itlaw.wikia.com/wiki/World_Telecommunication_Standardization_Assembly'
			},
			{
				title: "Arab States proposal to modify Resolution 52 (shows 'Florianópolis, 2004' origin)",
				url: 'https://docsbay.net/doc/546792/countering-and-combating-spam'
			},
			{
				title: 'Digital Watch: ITU Resolution 52 (history since WTSA 2004)',
				url: 'https://dig.watch/resources/itu-resolution-52-countering-and-combating-spam'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			'The address of the studylib copy of Resolution 51 was truncated in the research copy; the link points to the stem of the document address.',
		inSeed: true,
		related: ['itu-wtsa-04-resolutions-51-52-spam'],
		keyDates: []
	},
	{
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
					'M2 Communications via IndexArticles: London Action Plan on spam enforcement is agreed (19 bodies from 15 countries)',
				url: 'https://indexarticles.com/technology/internet-business-news/london-action-plan-on-spam-enforcement-is-agreed/'
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
			"Date and place are well attested (high). The full list of ORIGINAL signatories was NOT found: contemporary reports say 19 bodies from 15 countries signed on 11 Oct 2004 (M2/Gale; Japan MIC), while agencies from 27 countries attended. By 24 Feb 2005 the FTC counted 26 agencies from 19 countries; the ACA (Feb 2005) described supporters as agencies from the UK, US, 11 European nations, Korea, Japan, Canada, Mexico and Chile, plus Australia. Only GBR, USA, AUS, JPN, IRL and DNK are confirmed as October-2004 signatories here; the countries listed as members are known participants by Feb 2005 whose original-signatory status is unverified; eight further European countries remain unidentified. Kind: formally an 'action plan', not an MoU. A later lead (not verified): China reportedly adopted the LAP in 2006.",
		inSeed: true,
		related: [
			'london-spam-enforcement-workshop-2004',
			'ftc-aepd-commercial-email-mou-2005',
			'operation-spam-zombies-2005'
		],
		keyDates: []
	},
	{
		id: 'london-spam-enforcement-workshop-2004',
		title: 'London international spam enforcement workshop',
		shortTitle: 'London enforcement workshop',
		kind: 'workshop',
		category: 'meeting',
		date: '2004-10-11',
		place: { kind: 'city', city: 'London', country: 'GBR' },
		summary:
			'Meeting of national spam enforcement agencies, hosted by the UK Office of Fair Trading and the US Federal Trade Commission, at which the London Action Plan was agreed.',
		participants: [
			{ country: 'GBR', role: 'host', agency: 'Office of Fair Trading (OFT)', note: 'Co-host' },
			{
				country: 'USA',
				role: 'host',
				agency: 'Federal Trade Commission (FTC)',
				note: 'Co-host; Chairman Deborah Platt Majoras spoke'
			}
		],
		nonStateParticipants: [],
		organizers: ['UK Office of Fair Trading (OFT)', 'US Federal Trade Commission (FTC)'],
		sources: [
			{
				title:
					'FTC press release: FTC, International Agencies Adopt Action Plan on Spam Enforcement (Oct 2004)',
				url: 'https://www.ftc.gov/news-events/news/press-releases/2004/10/ftc-international-agencies-adopt-action-plan-spam-enforcement'
			},
			{ title: 'London Action Plan: About', url: 'http://londonactionplan.org/' },
			{
				title: 'The Register: UK hosts anti-spam summit (11 Oct 2004)',
				url: 'http://www.theregister.co.uk/Print/2004/10/11/oft_anti-spam_summit/'
			},
			{
				title: 'M2/Gale: London Action Plan on spam enforcement is agreed',
				url: 'https://indexarticles.com/technology/internet-business-news/london-action-plan-on-spam-enforcement-is-agreed/'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			'Counts differ by source: the FTC says 19 agencies from 15 countries announced the Action Plan and agencies from more than 20 countries attended; the LAP site says agencies from 27 countries met. Signatories: see the London Action Plan. The OFT hosted as 2004 chair of ICPEN (ACCC release on the July 2004 MoU). A follow-up LAP/CNSA enforcement workshop took place in London on 3-4 Nov 2005 (not in the ITU page).',
		inSeed: true,
		related: ['us-uk-au-commercial-email-enforcement-mou-2004', 'london-action-plan-2004'],
		keyDates: []
	},
	{
		id: 'ec-spam-public-consultation-2004',
		title: 'European Commission public consultation on spam',
		shortTitle: 'EC public consultation on spam',
		kind: 'consultation',
		category: 'meeting',
		date: '2004-10-20',
		place: { kind: 'virtual' },
		summary:
			"Online questionnaire asking stakeholders how far the measures of the Commission's January 2004 Communication on spam had been carried out.",
		participants: [],
		nonStateParticipants: [],
		organizers: [
			'European Commission, DG Information Society',
			'Dutch Presidency of the EU Council'
		],
		sources: [
			{
				title:
					'Marketpress (18 Oct 2004): Spamming - consultazione pubblica della Commissione europea (questionnaire online from 20 October)',
				url: 'http://marketpress.info/StoNotiziario_det.php?art=30414&g=20041018&pag=5'
			},
			{
				title:
					'EDRi-gram 2.23: EU presidency paper on spam (questionnaire sent out in October 2004)',
				url: 'https://edri.org/our-work/edrigramnumber2-23spam/'
			},
			{
				title:
					"EUR-Lex: COM(2004) 28 Communication on unsolicited commercial communications or 'spam' (22 Jan 2004)",
				url: 'https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX%3A52004DC0028'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'medium',
		notes:
			'The ITU page gives no date; the evidence points to a launch in October 2004 (questionnaire online from 20 Oct 2004, per an Italian trade-news item), with a workshop planned for mid-November 2004. Closing date not found. Held online. Dutch Presidency paper on spam dated 24 Nov 2004; Telecom Council 9 Dec 2004 (EDRi).',
		inSeed: true,
		related: ['ec-communication-spam-com-2004-28'],
		keyDates: []
	},
	{
		id: 'ftc-nist-email-authentication-summit-2004',
		title: 'E-mail Authentication Summit (FTC and NIST)',
		shortTitle: 'E-mail Authentication Summit',
		kind: 'summit',
		category: 'meeting',
		date: '2004-11-09',
		endDate: '2004-11-10',
		place: { kind: 'city', city: 'Washington, D.C.', country: 'USA' },
		summary:
			'Two-day public forum in Washington on developing and deploying e-mail authentication as a way to reduce spam.',
		participants: [
			{
				country: 'USA',
				role: 'host',
				agency:
					'Federal Trade Commission (FTC); National Institute of Standards and Technology (NIST)',
				note: 'Co-hosts'
			}
		],
		nonStateParticipants: [],
		organizers: [
			'US Federal Trade Commission (FTC)',
			'US National Institute of Standards and Technology (NIST)'
		],
		sources: [
			{
				title: 'FTC press release: FTC, NIST to Host E-mail Authentication Summit (Sep 2004)',
				url: 'https://www.ftc.gov/news-events/news/press-releases/2004/09/ftc-nist-host-e-mail-authentication-summit'
			},
			{
				title: 'FTC Email Authentication Summit page (UNT web archive)',
				url: 'https://webarchive.library.unt.edu/eot2008/20090118093502/http://ftc.gov/bcp/workshops/e-authentication/index.shtm'
			},
			{
				title: 'ANSI: FTC and NIST to Host Email Authentication Summit (4 Nov 2004)',
				url: 'https://www.ansi.org/news_publications/news_story?menuid=7&articleid=fdecc305-2eb4-410d-8fd9-32c253350384'
			},
			{
				title: 'Summit transcript, day 2 (10 Nov 2004)',
				url: 'https://docslib.org/doc/13157407/draft-transcript-day2-pdf-542-72'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			'Venue: FTC Conference Center, 601 New Jersey Ave NW, Washington DC. Day 2 included a panel on international perspectives.',
		inSeed: true,
		related: [],
		keyDates: []
	},
	{
		id: 'itu-virtual-conference-antispam-regulation-2004-11',
		title: 'ITU virtual conference on regulatory efforts to counter spam',
		shortTitle: 'ITU virtual conference, Nov 2004',
		kind: 'virtual-conference',
		category: 'meeting',
		date: '2004-11-19',
		place: { kind: 'virtual' },
		summary:
			'Online meeting at which spam regulators, mostly from the Asia-Pacific region, reported on national laws and enforcement; Korea presented the draft Seoul–Melbourne MoU.',
		participants: [
			{ country: 'AUS', role: 'participant', note: 'Represented by its regulator' },
			{ country: 'JPN', role: 'participant', note: 'Represented by its regulator' },
			{
				country: 'KOR',
				role: 'participant',
				agency: 'Korea Information Security Agency (KISA)',
				note: 'Presented the Seoul–Melbourne multilateral MoU'
			},
			{
				country: 'MYS',
				role: 'participant',
				agency: 'Malaysian Communications and Multimedia Commission (MCMC)'
			},
			{ country: 'SGP', role: 'participant', note: 'Represented by its regulator' },
			{ country: 'THA', role: 'participant', note: 'Represented by its regulator' },
			{ country: 'CHN', role: 'participant', note: 'Represented by its regulator' },
			{ country: 'IND', role: 'participant', note: 'Represented by its regulator' }
		],
		nonStateParticipants: ['International Telecommunications Users Group (INTUG)'],
		organizers: ['ITU'],
		sources: [
			{
				title:
					'MCMC presentation: Anti-SPAM activities in Malaysia - ITU virtual conference on anti-spam regulation and policy development, November 19th, 2004',
				url: 'https://slideplayer.com./slide/751120'
			},
			{
				title: 'Same MCMC presentation (slideserve copy)',
				url: 'https://cdn.slideserve.com/EllenMixel/anti-spam-activities-in-malaysia-current-situation'
			},
			{
				title:
					"Slideplayer listing incl. KISA 'Seoul-Melbourne Multilateral MOU on Cooperation in Countering Spam, 19 November 2004'",
				url: 'https://slideplayer.com./amp/7471305'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			"The date is confirmed by the MCMC and KISA slide decks. The participant list is the ITU page's; only Malaysia and Korea were confirmed independently. Presentations used the title 'ITU virtual conference on anti-spam regulation and policy development'.",
		inSeed: true,
		related: ['seoul-melbourne-multilateral-mou-2005'],
		keyDates: []
	},
	{
		id: 'gsr-2004-spam-breakout',
		title: 'ITU Global Symposium for Regulators 2004: break-out session on spam',
		shortTitle: 'GSR 2004 spam break-out',
		kind: 'symposium',
		category: 'meeting',
		date: '2004-12-08',
		endDate: '2004-12-10',
		place: { kind: 'city', city: 'Geneva', country: 'CHE' },
		summary:
			'Session chaired by Bob Horton of the Australian Communications Authority on anti-spam legislation, cooperation between authorities and industry, and international arrangements.',
		participants: [
			{
				country: 'AUS',
				role: 'chair',
				agency: 'Australian Communications Authority (ACA) – Dr Robert Horton',
				note: 'Chaired the spam break-out session'
			},
			{
				country: 'USA',
				role: 'chair',
				agency: 'Federal Communications Commission (FCC) – Kathleen Q. Abernathy',
				note: 'Chaired GSR 2004 as a whole'
			},
			{
				country: 'MYS',
				role: 'participant',
				agency: 'Malaysian Communications and Multimedia Commission (MCMC)',
				note: "Presented Malaysia's anti-spam activities at GSR 2004"
			}
		],
		nonStateParticipants: [],
		organizers: ['ITU Telecommunication Development Bureau (BDT)'],
		sources: [
			{
				title:
					'ITU GSR 2004 page (8-10 December 2004, Geneva) - via web proxy mirror of itu.int/ITU-D/treg/Events/Seminars/GSR/GSR04/index.html',
				url: 'http://1f8a81b9b0707b63-19211.webchannel-proxy.scarabresearch.com/ITU-D/treg/Events/Seminars/GSR/GSR04/index.html'
			},
			{
				title:
					'MCMC presentation: Anti-SPAM Activities in Malaysia - ITU Global Symposium for Regulators, 8-10 December 2004, Geneva',
				url: 'http://studylib.net/doc/13093224/'
			},
			{
				title:
					'ITU GSR 2005 page (6th GSR, 14-15 November 2005, Yasmine Hammamet) - shows GSR 2005 was NOT in January 2005',
				url: 'https://itu.int/ITU-D/treg/Events/Seminars/GSR/GSR05/index.html'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'medium',
		notes:
			"The ITU page does not say which GSR held the spam break-out. Assigning it to GSR 2004 (Geneva, 8-10 Dec 2004) is an inference: (1) MCMC gave an anti-spam presentation at GSR 2004; (2) the ITU page lists the GSR item between Council 2005 and WTSA-04; (3) Horton is styled 'Australian Communication Authority', which was merged into ACMA on 1 July 2005 (general knowledge, not checked against a source); (4) the Seoul-Melbourne multilateral MoU was being drafted in Nov-Dec 2004. The common assumption (Hammamet, January 2005) is wrong: GSR 2005 was held 14-15 Nov 2005 in Yasmine Hammamet, Tunisia, chaired by Ali Ghodbani (INT Tunisia). The exact day of the break-out within 8-10 Dec was not found. GSR 2004 had 350 participants from 106 countries.",
		inSeed: true,
		related: ['seoul-melbourne-multilateral-mou-2005'],
		keyDates: []
	},
	{
		id: 'cnsa-cross-border-spam-complaints-procedure-2005',
		title: 'CNSA cooperation procedure for cross-border spam complaints',
		shortTitle: 'CNSA complaints procedure',
		kind: 'multilateral-mou',
		category: 'agreement',
		date: '2005-01-27',
		place: { kind: 'unknown' },
		summary:
			"Spam enforcement authorities of 13 European countries agreed a voluntary procedure for passing on and following up each other's complaints about cross-border spam.",
		participants: [
			{
				country: 'AUT',
				role: 'signatory',
				agency: 'Federal Ministry for Transport, Innovation and Technology'
			},
			{
				country: 'BEL',
				role: 'signatory',
				agency: 'Privacy Commission; Federal Public Service Economy – DG Enforcement and Mediation'
			},
			{
				country: 'CYP',
				role: 'signatory',
				agency: 'Office of the Commissioner for Personal Data Protection'
			},
			{
				country: 'CZE',
				role: 'signatory',
				agency: 'Data Protection Authority (Office for Personal Data Protection)'
			},
			{ country: 'DNK', role: 'signatory', agency: 'Consumer Ombudsman' },
			{
				country: 'FRA',
				role: 'signatory',
				agency: "Commission nationale de l'informatique et des libertés (CNIL)"
			},
			{ country: 'GRC', role: 'signatory', agency: 'Hellenic Data Protection Authority' },
			{
				country: 'IRL',
				role: 'signatory',
				agency:
					'Department of Communications, Marine and Natural Resources; Office of the Data Protection Commissioner'
			},
			{ country: 'ITA', role: 'signatory', agency: 'Data Protection Authority (Garante)' },
			{ country: 'LTU', role: 'signatory', agency: 'State Data Protection Inspectorate' },
			{
				country: 'MLT',
				role: 'signatory',
				agency: 'Office of the Commissioner for Data Protection'
			},
			{
				country: 'NLD',
				role: 'signatory',
				agency: 'OPTA (electronic communications regulator); CBP (Data Protection Authority)'
			},
			{
				country: 'ESP',
				role: 'signatory',
				agency: 'Agencia Española de Protección de Datos (AEPD)'
			}
		],
		nonStateParticipants: ['European Commission (DG Information Society; convenor of the CNSA)'],
		organizers: [],
		sources: [
			{
				title:
					"European Commission press release IP/05/146 (Brussels, 7 Feb 2005): European countries launch joint drive to combat 'spam'",
				url: 'http://europa.eu/rapid/press-release_IP-05-146_en.htm?locale=en'
			},
			{
				title: 'The Register (7 Feb 2005): 13 EU countries link up to fight spam',
				url: 'http://www.theregister.co.uk/Alert/2005/02/07/ec_antispam_campaign/'
			},
			{
				title: 'Le Monde Informatique: 13 États européens coopèrent contre le spam',
				url: 'https://www.lemondeinformatique.fr/actualites/lire-13-etats-europeens-cooperent-contre-le-spam-8332.html'
			},
			{
				title: 'ACM (Netherlands): Cooperation procedure for complaint information about spam',
				url: 'https://www.acm.nl/en/publications/publication/8666/Cooperation-procedure-for-complaint-information-about-spam'
			},
			{
				title: 'IT Law Wiki: Contact Network of Spam Enforcement Authorities',
				url: 'https://itlaw.wikia.org/wiki/Contact_Network_of_Spam_Enforcement_Authorities'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'medium',
		notes:
			'The 13 countries and their agencies are confirmed by IP/05/146 and several press reports (high). The 27 Jan 2005 signature date comes only from the ITU page; the Commission release and press coverage are dated 7 Feb 2005 (a Monday), and no source seen states the signing day – treat the day as uncertain. The procedure implements Article 13 of Directive 2002/58/EC; Commissioner Reding urged all other Member States to join.',
		inSeed: true,
		related: ['eu-eprivacy-directive-2002-58-ec', 'ec-communication-spam-com-2004-28'],
		keyDates: [
			{
				date: '2005-01-27',
				label: 'Signature date given by the ITU page (not corroborated elsewhere)'
			},
			{ date: '2005-02-07', label: 'European Commission announcement IP/05/146 (Brussels)' }
		]
	},
	{
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
					'Federal Register 70 FR 6442 (7 Feb 2005): FTC delegation of authority to respond to requests from Profeco under an MoU (effective 6 Jan 2005)',
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
	},
	{
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
				title: 'APCAUCE presentation (history: meetings at KL, Kathmandu, Pusan, Kyoto, Perth...)',
				url: 'https://slideplayer.com./amp/10367970'
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
	},
	{
		id: 'asem-ecommerce-conference-london-2005',
		title: 'ASEM conference on eCommerce (London)',
		shortTitle: 'ASEM eCommerce conference',
		kind: 'conference',
		category: 'meeting',
		date: '2005-02-21',
		endDate: '2005-02-22',
		place: { kind: 'city', city: 'London', country: 'GBR' },
		summary:
			'Asia–Europe conference on e-commerce hosted by the UK, at which government participants agreed a joint statement on anti-spam cooperation.',
		participants: [
			{ country: 'GBR', role: 'host', agency: 'Department of Trade and Industry (DTI)' },
			{ membersOf: 'ASEM', role: 'member', except: ['GBR'] }
		],
		nonStateParticipants: [
			'European Commission',
			'Spamhaus (Richard Cox)',
			'industry representatives'
		],
		organizers: [
			'UK Department of Trade and Industry (DTI)',
			'ASEM',
			'European Commission (initiated the spam statement)'
		],
		sources: [
			{
				title: "Scoop (EC press release text): EU and Asia unite against 'spam'",
				url: 'http://www.scoop.co.nz/stories/WO0502/S00690.htm'
			},
			{
				title: 'ZDNet UK: China joins spam talks',
				url: 'https://www.zdnet.com/home-and-office/networking/china-joins-spam-talks/'
			},
			{
				title: 'CNET: China joins forum on curbing spam',
				url: 'https://www.cnet.com/tech/tech-industry/china-joins-forum-on-curbing-spam/'
			},
			{
				title: 'IT World Canada: 38 EU and Asian countries pledge to fight spam',
				url: 'https://itworldcanada.com/?p=11848'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			"Participants are listed as ASEM members (25 EU + 13 Asian) with role 'member': sources confirm membership and the joint statement, not who physically attended (China, Japan and Korea are named as attending). The joint statement itself is a separate event. The ITU page says the statement was 'signed on 24 February 2005', but sources say it was agreed at the conference (21-22 Feb); the EC announced it on Thursday 24 Feb 2005. One Indian press report wrongly calls it an EU-ASEAN accord.",
		inSeed: true,
		related: ['asem-joint-statement-anti-spam-2005'],
		keyDates: []
	},
	{
		id: 'asem-joint-statement-anti-spam-2005',
		title: 'ASEM Joint Statement on International Anti-Spam Cooperation',
		shortTitle: 'ASEM anti-spam joint statement',
		kind: 'joint-statement',
		category: 'agreement',
		date: '2005-02-21',
		endDate: '2005-02-22',
		place: { kind: 'city', city: 'London', country: 'GBR' },
		summary:
			'The 38 Asian and European ASEM countries agreed to pursue national anti-spam strategies and laws and to promote anti-spam work in international bodies and with industry.',
		participants: [
			{ country: 'AUT', role: 'party' },
			{ country: 'BEL', role: 'party' },
			{ country: 'DNK', role: 'party' },
			{ country: 'FIN', role: 'party' },
			{ country: 'FRA', role: 'party' },
			{ country: 'DEU', role: 'party' },
			{ country: 'GRC', role: 'party' },
			{ country: 'IRL', role: 'party' },
			{ country: 'ITA', role: 'party' },
			{ country: 'LUX', role: 'party' },
			{ country: 'NLD', role: 'party' },
			{ country: 'PRT', role: 'party' },
			{ country: 'ESP', role: 'party' },
			{ country: 'SWE', role: 'party' },
			{
				country: 'GBR',
				role: 'host',
				note: 'Hosted the ASEM eCommerce conference in London; also an ASEM member'
			},
			{ country: 'CYP', role: 'party' },
			{ country: 'CZE', role: 'party' },
			{ country: 'EST', role: 'party' },
			{ country: 'HUN', role: 'party' },
			{ country: 'LVA', role: 'party' },
			{ country: 'LTU', role: 'party' },
			{ country: 'MLT', role: 'party' },
			{ country: 'POL', role: 'party' },
			{ country: 'SVK', role: 'party' },
			{ country: 'SVN', role: 'party' },
			{ country: 'BRN', role: 'party' },
			{ country: 'KHM', role: 'party' },
			{ country: 'IDN', role: 'party' },
			{ country: 'LAO', role: 'party' },
			{ country: 'MYS', role: 'party' },
			{ country: 'MMR', role: 'party' },
			{ country: 'PHL', role: 'party' },
			{ country: 'SGP', role: 'party' },
			{ country: 'THA', role: 'party' },
			{ country: 'VNM', role: 'party' },
			{ country: 'CHN', role: 'party' },
			{ country: 'JPN', role: 'party' },
			{ country: 'KOR', role: 'party' }
		],
		nonStateParticipants: ['European Commission (ASEM member; initiated the statement)'],
		organizers: [],
		sources: [
			{
				title:
					"EU press release text via Scoop: EU and Asia unite against 'spam' (ASEM eCommerce conference, London, 21-22 Feb)",
				url: 'http://www.scoop.co.nz/stories/WO0502/S00690.htm'
			},
			{
				title:
					'IT World Canada: 38 EU and Asian countries pledge to fight spam (lists ASEAN-10 + China, Japan, South Korea)',
				url: 'https://itworldcanada.com/?p=11848'
			},
			{
				title: 'Financial Express (Brussels, Feb 25, 2005): EU, Asia to stamp out spam',
				url: 'https://www.financialexpress.com/archive/eu-asia-to-stamp-out-spam/128185/'
			},
			{
				title: 'Techworld: Europe and Asia join anti-spam battle',
				url: 'https://www.techworld.com/news/security/europe-and-asia-join-anti-spam-battle-3576842/'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			"38 countries: EU-25 (as of 1 May 2004) + ASEAN-10 + China, Japan, Republic of Korea (IT World Canada lists the ASEAN-10 by name). The statement was agreed at the 21–22 Feb conference; the Commission's announcement was on Thursday 24 Feb 2005, which is the date the ITU page gives for signing. SC Magazine's '15 Asian' countries is an error. Date range given because the exact day of agreement within the conference was not found.",
		inSeed: true,
		related: ['asem-ecommerce-conference-london-2005'],
		keyDates: [
			{
				date: '2005-02-21',
				label: 'ASEM conference on eCommerce opens in London (statement agreed during 21–22 Feb)'
			},
			{
				date: '2005-02-24',
				label:
					"European Commission announces the statement (the ITU page's 'signed on 24 February 2005')"
			}
		]
	},
	{
		id: 'ftc-aepd-commercial-email-mou-2005',
		title: 'FTC–AEPD MoU on commercial e-mail enforcement (United States–Spain)',
		shortTitle: 'FTC–AEPD MoU',
		kind: 'bilateral-mou',
		category: 'agreement',
		date: '2005-02-24',
		place: { kind: 'city', city: 'Washington, DC', country: 'USA' },
		summary:
			"The US Federal Trade Commission and Spain's data protection agency agreed to cooperate and share information in spam investigations.",
		participants: [
			{
				country: 'USA',
				role: 'signatory',
				agency: 'Federal Trade Commission (FTC) – signed by Chairman Deborah Platt Majoras'
			},
			{
				country: 'ESP',
				role: 'signatory',
				agency:
					'Agencia Española de Protección de Datos (AEPD) – signed by Director José Luis Piñar Mañas'
			}
		],
		nonStateParticipants: [],
		organizers: [],
		sources: [
			{
				title:
					'FTC press release (Feb 2005): FTC, Spanish Data Protection Agency working together to fight illegal spam',
				url: 'https://www.ftc.gov/news-events/news/press-releases/2005/02/ftc-spanish-data-protection-agency-working-together-fight-illegal-spam'
			},
			{
				title:
					'Blog post (17 Mar 2005): MoU between AEPD (Spain) and FTC (USA), with links to EN/ES texts',
				url: 'http://garea.blogspot.com/2005/03/memorandum-of-understanding-between.html'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			"FTC release (Feb 2005) says the MoU was signed 'today' at a ceremony in Washington, DC; the exact day 24 Feb 2005 comes from the ITU page and is consistent with the FTC release's month. The ITU page misspells the agency as 'AEDP'. FTC vote 5-0. The release also reports the LAP then had 26 agencies from 19 countries.",
		inSeed: true,
		related: ['london-action-plan-2004'],
		keyDates: []
	},
	{
		id: 'itu-t-cybersecurity-symposium-ii-moscow-2005',
		title: 'ITU-T Cybersecurity Symposium II (Moscow)',
		shortTitle: 'ITU-T Cybersecurity Symposium II',
		kind: 'symposium',
		category: 'meeting',
		date: '2005-03-29',
		place: { kind: 'city', city: 'Moscow', country: 'RUS' },
		summary:
			'One-day ITU-T symposium on cybersecurity standards, law and policy, hosted by the Russian Association for Networks and Services.',
		participants: [
			{
				country: 'RUS',
				role: 'host',
				agency: 'Russian Association for Networks and Services (RANS)'
			},
			{ country: 'USA', role: 'participant', note: 'Represented by governmental organizations' },
			{ country: 'GBR', role: 'participant', note: 'Represented by governmental organizations' },
			{ country: 'CAN', role: 'participant', note: 'Represented by governmental organizations' },
			{ country: 'CHN', role: 'participant', note: 'Represented by governmental organizations' }
		],
		nonStateParticipants: [],
		organizers: ['ITU-T', 'Russian Association for Networks and Services (RANS) (host)'],
		sources: [
			{
				title:
					'ITU-T Final Report: Cybersecurity Symposium II (Moscow, Russian Federation, 29 March 2005)',
				url: 'https://studylib.net/doc/12957284/itu-t-final-report-cybersecurity-symposium-ii'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			'About 200 participants. Cybersecurity Symposium I was held in Florianópolis alongside WTSA-04 (not on the ITU page).',
		inSeed: true,
		related: [],
		keyDates: []
	},
	{
		id: 'captef-anti-spam-declaration-2005',
		title: 'CAPTEF declaration on the fight against spam',
		shortTitle: 'CAPTEF anti-spam declaration',
		kind: 'declaration',
		category: 'agreement',
		date: '2005-03-30',
		place: { kind: 'unknown' },
		summary:
			'Members of CAPTEF, the conference of French-speaking postal and telecommunications administrations, adopted a declaration on fighting spam and on sharing national anti-spam contacts.',
		participants: [],
		nonStateParticipants: [
			"CAPTEF – Conférence des administrations des postes et des télécommunications d'expression française"
		],
		organizers: [],
		unnamedParticipants: '19 French-speaking African countries (not named in the sources)',
		sources: [
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'low',
		notes:
			'Only the ITU page was found as a source (searches in English and French found nothing). Date 30 March 2005 is from the ITU page. Place of adoption, the text of the declaration, and the names of the 19 countries were NOT found. No country is mapped: the 19 countries are not named in any source found.',
		inSeed: true,
		related: [],
		keyDates: []
	},
	{
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
					'Text: Seoul-Melbourne Multilateral MoU on Cooperation in Countering Spam (docplayer copy, 2009 version)',
				url: 'https://docplayer.net/amp/16535239-Seoul-melbourne-multilateral-memorandum-of-understanding-cooperation-in-countering-spam.html'
			},
			{
				title:
					'KISA presentation (19 Nov 2004): Seoul-Melbourne Multilateral MOU on Cooperation in Countering Spam',
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
			"Builds on the Oct 2003 KISA–ACA–NOIE bilateral MoU. Signatory count: KISA's own release (27 Apr 2005) says 12 organisations including KISA (KISA plus 11 agencies from 8 other countries, i.e. 9 countries counting Hong Kong under China); Hong Kong's release says CITB joined 11 other agencies; IT Law Wiki says 12 organisations from 10 economies. The ITU page's 'twelve agencies joined ACA and KISA' (i.e. 14) and ZDNet's '12 joined the ACA' are not supported – the 12 named organisations listed here are the full founding set. One more organisation joined in Sept 2007 (outside scope). Place of signature not established (possibly signed separately by each party).",
		inSeed: true,
		related: [
			'au-kr-spam-mou-2003',
			'itu-virtual-conference-antispam-regulation-2004-11',
			'gsr-2004-spam-breakout'
		],
		keyDates: []
	},
	{
		id: 'itu-eu-enisa-regional-seminar-cyber-security-cee-cis-baltic-2005',
		title: 'ITU/EU (ENISA) regional seminar on cyber security for CEE, CIS and Baltic States',
		shortTitle: 'ITU/EU (ENISA) regional seminar',
		kind: 'workshop',
		category: 'meeting',
		date: '2005-05',
		place: { kind: 'unknown' },
		summary:
			'Regional seminar on cyber security, listed by the ITU among spam-related events of May 2005.',
		participants: [],
		nonStateParticipants: [],
		organizers: ['ITU', 'European Union / ENISA (per the ITU page)'],
		sources: [
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'low',
		notes:
			'NOT VERIFIED: no source found gives the city or exact dates (several targeted searches). The place is unknown (which does not make the event virtual). ENISA had only just started operating (Executive Director from Oct 2004; moved to Crete in Aug 2005).',
		inSeed: true,
		related: [],
		keyDates: []
	},
	{
		id: 'asean-antispam-workshop-mcmc-2005',
		title: 'ASEAN Anti-Spam Workshop (Cyberjaya)',
		shortTitle: 'ASEAN Anti-Spam Workshop',
		kind: 'workshop',
		category: 'meeting',
		date: '2005-05-03',
		endDate: '2005-05-05',
		place: { kind: 'city', city: 'Cyberjaya', country: 'MYS' },
		summary:
			"Workshop hosted by Malaysia's MCMC for ASEAN regulators on anti-spam strategies, following the ATRC decision of July 2004.",
		participants: [
			{
				country: 'MYS',
				role: 'host',
				agency: 'Malaysian Communications and Multimedia Commission (MCMC)'
			},
			{ membersOf: 'ASEAN', role: 'member', except: ['MYS'] }
		],
		nonStateParticipants: [],
		organizers: [
			'Malaysian Communications and Multimedia Commission (MCMC)',
			"ASEAN Telecommunications Regulators' Council (ATRC) anti-spam working group"
		],
		sources: [
			{
				title:
					"MCMC presentation: Malaysia's strategy to combat SPAM - Anti-SPAM Strategies: The Way Forward for the ATRC (Cyberjaya, 3-4 May 2005)",
				url: 'https://slideplayer.com./slide/7471305'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'medium',
		notes:
			"The place (Cyberjaya) comes from the title slide of MCMC's presentation, which says '3-4 May 2005'; the ITU page says 3-5 May. The ITU page range is kept and the difference noted. ASEAN members are listed as 'member'; attendance not verified.",
		inSeed: true,
		related: ['asean-atrc-anti-spam-working-group-2004'],
		keyDates: []
	},
	{
		id: 'operation-spam-zombies-2005',
		title: 'Operation Spam Zombies',
		shortTitle: 'Operation Spam Zombies',
		kind: 'enforcement-campaign',
		category: 'agreement',
		date: '2005-05-24',
		place: { kind: 'city', city: 'Washington, DC', country: 'USA' },
		summary:
			"The FTC and agencies from 25 other countries wrote to more than 3,000 Internet service providers, urging them to stop customers' computers being hijacked to send spam.",
		participants: [
			{
				country: 'USA',
				role: 'host',
				agency:
					'Federal Trade Commission (lead); Department of Commerce; Department of Homeland Security'
			},
			{ country: 'ALB', role: 'party' },
			{ country: 'ARG', role: 'party' },
			{ country: 'AUS', role: 'party' },
			{ country: 'BEL', role: 'party' },
			{ country: 'BGR', role: 'party' },
			{ country: 'CAN', role: 'party' },
			{ country: 'COL', role: 'party' },
			{ country: 'CYP', role: 'party' },
			{ country: 'DNK', role: 'party' },
			{ country: 'DEU', role: 'party' },
			{ country: 'GRC', role: 'party' },
			{ country: 'IRL', role: 'party' },
			{ country: 'JPN', role: 'party' },
			{ country: 'KOR', role: 'party' },
			{ country: 'LTU', role: 'party' },
			{ country: 'MYS', role: 'party' },
			{ country: 'NLD', role: 'party' },
			{ country: 'NOR', role: 'party' },
			{ country: 'PAN', role: 'party' },
			{ country: 'PER', role: 'party' },
			{ country: 'POL', role: 'party' },
			{ country: 'ESP', role: 'party' },
			{ country: 'CHE', role: 'party' },
			{ country: 'TWN', role: 'party' },
			{ country: 'GBR', role: 'party' }
		],
		nonStateParticipants: [],
		organizers: [],
		sources: [
			{
				title: "FTC press release (May 2005): FTC, partners launch campaign against spam 'zombies'",
				url: 'https://www.ftc.gov/news-events/news/press-releases/2005/05/ftc-partners-launch-campaign-against-spam-zombies'
			},
			{
				title:
					"BetaNews (25 May 2005): FTC Begins 'Operation Spam Zombies' (lists participating countries)",
				url: 'https://betanews.com/2005/05/25/ftc-begins-operation-spam-zombies/'
			},
			{
				title:
					"DM News: FTC Education Campaign Fights 'Zombie' Spammers (33 agencies from 25 foreign nations)",
				url: 'http://www.dmnews.com/marketing-strategy/ftc-education-campaign-fights-zombie-spammers/article/87680/'
			},
			{
				title: 'InternetNews (24 May 2005): FTC Targets Zombie Spammers',
				url: 'https://www.internetnews.com/security/ftc-targets-zombie-spammers'
			},
			{
				title:
					'OFT release via Information Security Bulletin (3 Nov 2005): OFT and EU host international spam summit (36 LAP members in Operation Spam Zombies; 460 ISPs in 64 countries)',
				url: 'https://chi-publishing.com/index.php?newsID=514'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			"Announcement date 24 May 2005 (InternetNews 'today', BetaNews 25 May). Country list from BetaNews (25 countries besides the US), consistent with DM News ('DoC, DHS and 33 agencies from 25 foreign nations'); individual agencies per country were not retrieved. Which 20 partners were LAP members and which 16 were not is not established. By Nov 2005 the OFT reported 36 LAP members took part and 460 ISPs in 64 countries had been identified as hosting zombies.",
		inSeed: true,
		related: ['london-action-plan-2004'],
		keyDates: []
	},
	{
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
			{
				country: 'DEU',
				role: 'chair',
				agency: 'Klaus-Peter Kossakowski, Chair of FIRST',
				note: 'Co-chair; listed under Germany by nationality, took part as chair of FIRST'
			},
			{ country: 'USA', role: 'participant', note: 'Non-ASEM participant' },
			{ country: 'AUS', role: 'participant', note: 'Non-ASEM participant' },
			{ country: 'BRA', role: 'participant', note: 'Non-ASEM participant' }
		],
		nonStateParticipants: ['FIRST (Forum of Incident Response and Security Teams)'],
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
	},
	{
		id: 'itu-wsis-thematic-meeting-cybersecurity-2005-spam-day',
		title: 'ITU WSIS Thematic Meeting on Cybersecurity (first day on spam)',
		shortTitle: 'WSIS meeting on cybersecurity',
		kind: 'conference',
		category: 'meeting',
		date: '2005-06-28',
		endDate: '2005-07-01',
		place: { kind: 'city', city: 'Geneva', country: 'CHE' },
		summary:
			'Four-day ITU meeting in Geneva whose first day reviewed progress on anti-spam measures and cooperation since the 2004 spam meeting.',
		participants: [],
		nonStateParticipants: [],
		organizers: ['ITU (at the invitation of Secretary-General Yoshio Utsumi)'],
		sources: [
			{
				title:
					"ITU WSIS Thematic Meeting on Cybersecurity, 28 June - 1 July 2005 - Chairman's Report",
				url: 'https://studylib.net/doc/13093269/'
			},
			{
				title:
					"WTSA Resolution 52 (Rev. Dubai 2012) citing 'the two ITU WSIS thematic meetings on countering and combating spam'",
				url: 'https://internetdistinction.com/wsisimpacts/wsis/wtsa/wtsa-2012/wtsa_52/'
			}
		],
		confidence: 'high',
		notes:
			"NOT on the ITU page; added because it was ITU's second spam meeting and sits in the 2003-2006 window.",
		inSeed: false,
		related: ['itu-wsis-thematic-meeting-countering-spam-2004'],
		keyDates: []
	},
	{
		id: 'itu-council-2005-sg-spam-report',
		title: "ITU Secretary-General's report on spam to ITU Council 2005",
		shortTitle: 'ITU Council 2005 spam report',
		kind: 'report',
		category: 'meeting',
		date: '2005-07-11',
		endDate: '2005-07-22',
		place: { kind: 'city', city: 'Geneva', country: 'CHE' },
		summary:
			'Report to the 2005 session of the ITU Council, requested by WTSA-04 Resolution 51, on anti-spam work by the ITU and others.',
		participants: [],
		nonStateParticipants: [],
		organizers: ['ITU Secretary-General', 'ITU Council'],
		sources: [
			{
				title: 'ANACOM: ITU Council 2005 Session - Geneva (met 11-22 July)',
				url: 'https://anacom.pt/render.jsp?contentId=287933'
			},
			{
				title: 'IT Law Wiki: WTSA 2004 - Resolution 51 instructs a report to the 2005 Council',
				url: 'http://itlaw.wikia.com/wiki/World_Telecommunication_Standardization_Assembly'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'medium',
		notes:
			"The dates are those of the Council 2005 session (11-22 July 2005, per the Portuguese regulator ANACOM). The report's document number and date, and the day it was discussed, were not found.",
		inSeed: true,
		related: ['itu-wtsa-04-resolutions-51-52-spam'],
		keyDates: []
	},
	{
		id: 'ceas-2005',
		title: 'Second Conference on Email and Anti-Spam (CEAS 2005)',
		shortTitle: 'CEAS 2005',
		kind: 'conference',
		category: 'meeting',
		date: '2005-07-21',
		endDate: '2005-07-22',
		place: { kind: 'city', city: 'Stanford University, Palo Alto, California', country: 'USA' },
		summary:
			'Peer-reviewed academic conference at Stanford University on spam, phishing and other abuse of e-mail and messaging.',
		participants: [{ country: 'USA', role: 'host', note: 'Host country' }],
		nonStateParticipants: [],
		organizers: [
			'CEAS (general chair Joshua Goodman, Microsoft Research)',
			'in cooperation with IACR and IEEE Technical Committee on Security and Privacy'
		],
		sources: [
			{
				title:
					'IEEE S&P Calendar: Call for Papers, The Second Conference on Email and Anti-Spam (CEAS), July 21-22, 2005, Stanford University, Palo Alto, CA',
				url: 'http://www.ieee-security.org/Calendar/cfps/cfp-CEAS.html'
			},
			{
				title:
					'AI Magazine 26(1): The First Conference on E-mail and Anti-Spam (2004; 2005 edition to be at Stanford 21-22 July)',
				url: 'https://studylib.net/doc/13823488/'
			},
			{
				title: 'Wikipedia: Conference on Email and Anti-Spam',
				url: 'https://en.wikipedia.org/wiki/Conference_on_Email_and_Anti-Spam'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			"Correction to the ITU page: CEAS 2005 was the SECOND CEAS, not the 'Third' (the first was 30-31 July 2004 in Mountain View).",
		inSeed: true,
		related: [],
		keyDates: []
	},
	{
		id: 'econfidence-spam-and-scams-2005',
		title: 'Conference on eConfidence: Spam and Scams',
		shortTitle: 'eConfidence: Spam and Scams',
		kind: 'conference',
		category: 'meeting',
		date: '2005-09',
		place: { kind: 'unknown' },
		summary:
			'Conference on online trust, spam and scams, listed by the ITU among events of September 2005.',
		participants: [],
		nonStateParticipants: [],
		organizers: [],
		sources: [
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'low',
		notes:
			'NOT VERIFIED: no organizer, place or day found (several searches). The place is unknown (which does not make the event virtual).',
		inSeed: true,
		related: [],
		keyDates: []
	},
	{
		id: 'rome-nis-political-technical-challenges-2005',
		title:
			'Conference on Network and Information Security: Political and Technical Challenges (Rome)',
		shortTitle: 'Network & Info Security, Rome',
		kind: 'conference',
		category: 'meeting',
		date: '2005-11',
		place: { kind: 'city', city: 'Rome', country: 'ITA' },
		summary:
			'Conference in Rome on the policy and technical challenges of network and information security, listed by the ITU among events of November 2005.',
		participants: [{ country: 'ITA', role: 'host', note: 'Host country' }],
		nonStateParticipants: [],
		organizers: [],
		sources: [
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'low',
		notes:
			'NOT VERIFIED beyond the ITU page: exact dates and organizer not found (English and Italian searches). City and month are from the ITU page only.',
		inSeed: true,
		related: [],
		keyDates: []
	},
	{
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
					'ANRT Morocco presentation: Le spam et les pays en voie de développement, Tunis, 18/11/2005 (Hicham Lahjomri)',
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
	},
	{
		id: 'coe-cybercrime-convention-global-treaty-wsis-tunis-2005',
		title: '“The Convention on Cybercrime: a Global Treaty?” (Council of Europe, Tunis)',
		shortTitle: 'CoE Cybercrime side event, Tunis',
		kind: 'workshop',
		category: 'meeting',
		date: '2005-11-15',
		place: { kind: 'city', city: 'Tunis', country: 'TUN' },
		summary:
			'Council of Europe side event at WSIS presenting the Budapest Convention on Cybercrime as a treaty open to all countries.',
		participants: [{ country: 'TUN', role: 'host', note: 'Host country of WSIS' }],
		nonStateParticipants: ['Council of Europe (organizer)'],
		organizers: ['Council of Europe'],
		sources: [
			{
				title:
					'Council of Europe: The Convention on Cybercrime - a global treaty? Programme (Tunis, 15 November 2005, 3-7 pm, Room El Jem, Kram exhibition park)',
				url: 'https://www.coe.int/t/dgap/goodgovernance/Activities/Public_participation_internet_governance/CybercrimeParaEeventWSIS05_Programme_en.asp'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			'Held 15 Nov 2005, 15:00-19:00, Room El Jem, Exhibitions Park and International Trade Centre (Le Kram, Tunis), during the resumed PrepCom-3 (13-15 Nov) and the day before the summit itself (16-18 Nov). The CoE page says the Convention then had 31 signatories and 11 ratifications and had been in force since July 2004.',
		inSeed: true,
		related: ['wsis-tunis-2005'],
		keyDates: []
	},
	{
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
		organizers: [
			'United Nations / ITU (WSIS Executive Secretariat)',
			'Government of Tunisia (host)'
		],
		sources: [
			{
				title:
					'WSIS-05/TUNIS/DOC/9(Rev.1): Report of the Tunis phase of WSIS, Kram Palexpo, 16-18 November 2005',
				url: 'https://docslib.org/doc/9960081/wsis-05-tunis-doc-9-rev-1-e-15-february-2006-original-english'
			},
			{
				title:
					'WSIS-II/PC-3/DOC/15: Report of the resumed PrepCom-3, Tunis, 13-15 November 2005 (Kram Palexpo)',
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
	},
	{
		id: 'mit-spam-conference-2006',
		title: 'MIT Spam Conference 2006',
		shortTitle: 'MIT Spam Conference 2006',
		kind: 'conference',
		category: 'meeting',
		date: '2006-03',
		place: { kind: 'city', city: 'Cambridge, Massachusetts', country: 'USA' },
		summary:
			'Annual research conference on spam at MIT, with talks on filtering and other anti-spam techniques.',
		participants: [{ country: 'USA', role: 'host', note: 'Host country' }],
		nonStateParticipants: [],
		organizers: [
			'MIT Spam Conference (chaired from 2006 by William S. Yerazunis, Mitsubishi Electric Research Labs)'
		],
		sources: [
			{
				title: "cbcg.net blog (29 Mar 2006): MIT Spam Conference 2006 - 'Just got done'",
				url: 'http://cbcg.net/blog/2006/03/29/mit-spam-conference-2006/'
			},
			{
				title:
					'CircleID: MIT Spam Conference 2010 call for papers (history: Yerazunis took over in 2006)',
				url: 'http://www.circleid.com/posts/20100119_mit_spam_conference_2010_call_for_papers_participation/'
			},
			{
				title: 'MIT Spam Conference 2008 page (2008 announced as the first two-day edition)',
				url: 'http://projects.csail.mit.edu/spamconf/index-2008.html'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'medium',
		notes:
			"The ITU page only says 'March 2006: Spam Conference'; identifying it with the MIT Spam Conference is a strong inference (it was the March 2006 event called 'Spam Conference'). Exact day not confirmed: a blog post dated 29 March 2006 reports the conference had just ended, which fits the expected 27 March (or 28 March); only the month is given. The 2008 page implies earlier editions were single-day.",
		inSeed: true,
		related: [],
		keyDates: []
	},
	{
		id: 'oecd-recommendation-spam-enforcement-2006',
		title: 'OECD Council Recommendation on cross-border cooperation in enforcing laws against spam',
		shortTitle: 'OECD Council Recommendation',
		kind: 'declaration',
		category: 'agreement',
		date: '2006-04-13',
		place: { kind: 'city', city: 'Paris', country: 'FRA' },
		summary:
			'The OECD Council recommended that members give spam enforcement authorities adequate powers and let them cooperate with foreign counterparts and the private sector.',
		participants: [
			{ country: 'AUS', role: 'party' },
			{ country: 'AUT', role: 'party' },
			{ country: 'BEL', role: 'party' },
			{ country: 'CAN', role: 'party' },
			{ country: 'CZE', role: 'party' },
			{ country: 'DNK', role: 'party' },
			{ country: 'FIN', role: 'party' },
			{ country: 'FRA', role: 'party' },
			{ country: 'DEU', role: 'party' },
			{ country: 'GRC', role: 'party' },
			{ country: 'HUN', role: 'party' },
			{ country: 'ISL', role: 'party' },
			{ country: 'IRL', role: 'party' },
			{ country: 'ITA', role: 'party' },
			{ country: 'JPN', role: 'party' },
			{ country: 'KOR', role: 'party' },
			{ country: 'LUX', role: 'party' },
			{ country: 'MEX', role: 'party' },
			{ country: 'NLD', role: 'party' },
			{ country: 'NZL', role: 'party' },
			{ country: 'NOR', role: 'party' },
			{ country: 'POL', role: 'party' },
			{ country: 'PRT', role: 'party' },
			{ country: 'SVK', role: 'party' },
			{ country: 'ESP', role: 'party' },
			{ country: 'SWE', role: 'party' },
			{ country: 'CHE', role: 'party' },
			{ country: 'TUR', role: 'party' },
			{ country: 'GBR', role: 'party' },
			{ country: 'USA', role: 'party' }
		],
		nonStateParticipants: [],
		organizers: [],
		sources: [
			{
				title:
					'Digital Watch: OECD Council Recommendation on cross-border co-operation in the enforcement of laws against spam (adopted 13 April 2006)',
				url: 'https://dig.watch/resource/recommendation-council-cross-border-co-operation-enforcement-laws-against-spam'
			},
			{
				title: 'EDRi-gram (26 Apr 2006): OECD focuses on global cooperation in tackling spam',
				url: 'http://history.edri.org/edrigram/number4.8/oecd'
			},
			{
				title:
					'OECD Legal Instruments: Recommendation on cross-border co-operation in the enforcement of laws against spam (French text)',
				url: 'https://legalinstruments.oecd.org/public/doc/118/body-text.fr.html'
			}
		],
		confidence: 'high',
		notes:
			'Not named separately in the ITU page, but it is part of the OECD Anti-Spam Toolkit the ITU page describes (OECD/LEGAL/0344). Adopted by the OECD Council on 13 April 2006.',
		inSeed: false,
		related: [
			'oecd-task-force-on-spam-2004',
			'oecd-anti-spam-toolkit-launch-2004',
			'oecd-anti-spam-toolkit-2006'
		],
		keyDates: []
	},
	{
		id: 'oecd-anti-spam-toolkit-2006',
		title: 'OECD Anti-Spam Toolkit published',
		shortTitle: 'OECD Toolkit published',
		instrumentOf: 'oecd-anti-spam-toolkit-launch-2004',
		kind: 'initiative',
		category: 'agreement',
		date: '2006-04-19',
		place: { kind: 'city', city: 'Paris', country: 'FRA' },
		summary:
			'The OECD Task Force released its final toolkit of recommended anti-spam policies and measures, covering law, enforcement, industry action, technology, education and outreach.',
		participants: [{ membersOf: 'OECD', role: 'member' }],
		nonStateParticipants: [],
		organizers: [],
		sources: [
			{
				title:
					"OECD press release of 19/04/2006 'OECD urges governments and industry to do more to tackle spam' (quoted on privsec list, 20 Apr 2006)",
				url: 'https://mailman-new.greennet.org.uk/pipermail/privsec/2006-April/000456.html'
			},
			{
				title:
					'NACPEC: OECD Anti-Spam Toolkit of Recommended Policies and Measures (19 April 2006)',
				url: 'http://nacpec.org/en/links/spam/multi_lat.html?lang=es'
			},
			{
				title: 'MalwareHelp (24 Apr 2006): Anti-Spam Toolkit of Recommended Policies and Measures',
				url: 'http://www.malwarehelp.org/news/article-3419.html'
			},
			{
				title:
					'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
				url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
			}
		],
		confidence: 'high',
		notes:
			"OECD press release dated 19/04/2006 (quoted in a 20 Apr 2006 mailing-list post); NACPEC lists the toolkit as '19 April 2006'. Confirms the ITU page's 'April 2006'.",
		inSeed: true,
		related: [
			'oecd-task-force-on-spam-2004',
			'oecd-anti-spam-toolkit-launch-2004',
			'oecd-recommendation-spam-enforcement-2006'
		],
		keyDates: []
	}
];
