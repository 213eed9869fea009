import type { EventRecord } from '../types';

export const event: EventRecord = {
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
				'Wired article on ASRG inauguration, reposted to atlarge-discuss (March 2003 archive) (mirror)',
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
			title:
				'IETF-Announce: Draft agenda of the 56th IETF, San Francisco, 16-21 March 2003 (mirror)',
			url: 'http://mail.spinics.net/lists/ietf-ann/msg07786.html'
		},
		{
			title: 'IESG list: draft charter for Anti-Spam Research Group (Vern Paxson) (mirror)',
			url: 'https://psg.com/~randy/lists/iesg/2003/msg00999.html'
		},
		{
			title: 'Computerworld: IETF creates anti-spam research group',
			url: 'https://www.computerworld.com/article/2806145/ietf-creates-anti-spam-research-group.html'
		}
	],
	confidence: 'medium',
	notes:
		"This entry merges two records of the same happening: the group's charter and its launch meeting. The IETF 56 proceedings snapshot of the ASRG charter is marked 'Last Modified: 2003-02-03'; press coverage of the group's inauguration (Wired, reposted in the March 2003 archive of a mailing list) appeared in early March 2003, and the group first met at IETF 56 in San Francisco (16–21 March 2003). The exact chartering day and the day of the first session were not found, so the entry spans February to March 2003. The ITU page cites a summary of ASRG documents and work for March–May 2003. Rechartered around January 2004; concluded on 18 March 2013. Not a state agreement: no country takes part, so nothing is mapped. The launch record listed the first chair, Paul Judge (CipherTrust), under the United States by nationality; he is kept among the non-state participants instead.",
	inSeed: true,
	related: [],
	keyDates: [
		{ date: '2003-02-03', label: 'Charter text last modified (IETF 56 proceedings snapshot)' },
		{
			date: '2003-03',
			label: 'Public launch and first session at IETF 56, San Francisco (16–21 March 2003)'
		}
	]
};
