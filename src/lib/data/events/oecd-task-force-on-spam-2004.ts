import type { EventRecord } from '../types';

export const event: EventRecord = {
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
			title: 'IT Law Wiki: OECD Task Force on Spam (ICCP endorsement April 2004; Council approval)',
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
};
