/**
 * What changed in the dataset, newest first: each deliberate correction of a fact or a note, with
 * the day it was made, the event, what changed and the source that settled it. The About page
 * lists them, so a reader sees the dataset is maintained. Add an entry with every correction.
 */
import type { IsoDay, Source } from './types';

/** One correction of the dataset. */
export interface DatasetChange {
	date: IsoDay;
	/** The event corrected; absent for a change across the dataset. */
	eventId?: string;
	/** What changed, in a sentence a reader understands. */
	what: string;
	/** The source that settled it, if the change rests on one (not for a wording fix). */
	source?: Source;
}

export const DATASET_CHANGES: readonly DatasetChange[] = [
	{
		date: '2026-11-29',
		eventId: 'isc-industry-anti-spam-mou-2004',
		what: 'No country is mapped for this MoU any more: its signatories are the Internet Society of China, a non-governmental industry body, and four US companies, listed with their countries. The map counts a country only when a state body of it took part.',
		source: {
			title: 'Wikipedia: Internet Society of China',
			url: 'https://en.wikipedia.org/wiki/Internet_Society_of_China'
		}
	},
	{
		date: '2026-11-29',
		eventId: 'asem-cyber-security-workshop-seoul-2005',
		what: 'Germany is no longer mapped as a co-chair: Klaus-Peter Kossakowski took part as chair of FIRST, and is listed as a person with his country.'
	},
	{
		date: '2026-11-29',
		eventId: 'gsr-2004-spam-breakout',
		what: 'The Global Symposium for Regulators 2004 page is cited at ITU’s own address instead of through a web proxy.'
	},
	{
		date: '2026-11-29',
		what: 'Sources that are copies of another publisher’s document (document-sharing sites, reposts, blog copies) are labelled “(mirror)”; four addresses with a stray dot in the host name are corrected; a copy of a Wikipedia article is replaced by the article.'
	},
	{
		date: '2026-11-29',
		eventId: 'london-action-plan-2004',
		what: 'China joins the plan from July 2005, through Union Network Beijing: reports dated 4 and 5 July 2005 say it adopted the plan (the notes had an unverified lead of 2006).',
		source: {
			title: 'The Register (4 Jul 2005): China signs anti-spam pact',
			url: 'https://www.theregister.com/2005/07/04/china_spam/'
		}
	},
	{
		date: '2026-11-29',
		eventId: 'us-uk-au-commercial-email-enforcement-mou-2004',
		what: 'The place is now known: the memorandum was signed in Washington.',
		source: {
			title: 'ZDNet: US, UK and Australia join hands against spam',
			url: 'https://www.zdnet.com/article/us-uk-and-australia-join-hands-against-spam/'
		}
	},
	{
		date: '2026-11-29',
		eventId: 'oecd-anti-spam-toolkit-2006',
		what: 'The OECD’s release of 19 April 2006 is cited at the OECD’s own address instead of a mailing-list copy.',
		source: {
			title:
				"OECD press release of 19/04/2006: 'OECD urges governments and industry to do more to tackle spam'",
			url: 'https://www.oecd.org/general/oecdurgesgovernmentsandindustrytodomoretotacklespam.htm'
		}
	},
	{
		date: '2026-11-29',
		eventId: 'oecd-anti-spam-toolkit-2006',
		what: 'The notes no longer say the ITU page dates the toolkit’s publication to April 2006: the page gives no date. The date, 19 April 2006, rests on the OECD’s release as before.'
	},
	{
		date: '2026-11-29',
		eventId: 'eu-eprivacy-directive-2002-58-ec',
		what: 'The notes quote the ITU page’s own words (“came into force”, in October 2003) instead of a paraphrase in quotation marks.'
	},
	{
		date: '2026-11-29',
		eventId: 'seoul-melbourne-multilateral-mou-2005',
		what: 'The notes quote the ITU page’s own words (“twelve Asia-Pacific communications and Internet agencies have joined”) instead of a paraphrase in quotation marks.'
	}
];
