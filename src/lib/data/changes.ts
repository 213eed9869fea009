/**
 * What changed in the dataset, newest first: each deliberate correction of a fact or a note, with
 * the day it was made, the event, what changed and the source that settled it. The About page
 * lists them, so a reader sees the dataset is maintained. Add an entry with every correction.
 */
import type { IsoDay, Source } from './types';

/** One correction of the dataset. */
export interface DatasetChange {
	date: IsoDay;
	/** The event corrected. */
	eventId: string;
	/** What changed, in a sentence a reader understands. */
	what: string;
	/** The source that settled it, if the change rests on one (not for a wording fix). */
	source?: Source;
}

export const DATASET_CHANGES: readonly DatasetChange[] = [
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
