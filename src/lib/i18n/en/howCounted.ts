import type { CountingScopeWords } from './vocab';

/** What the map counts, in full (English): loaded when a reader opens “How counted” or the table. */
const howCounted = {
	/** The counting rule in full, for the scope of the view's switches. */
	definition: ({ members, meetings }: CountingScopeWords) =>
		`Counted per country: instruments (agreements, MoUs, declarations, laws, campaigns, initiatives) it signed, is party to or joined${members ? ', or belongs to as a member state of the body that adopted them (attendance not verified)' : ''}${meetings ? '; and meetings it attended, hosted or chaired' : ''}. Hosting or chairing the meeting that adopted an instrument is not joining it; an instrument with several dated milestones counts once.`,
	period:
		'In a period, a country counts an instrument it joined within the period and was not already part of before it; hatched countries joined nothing new but were already part of at least one.',
	month:
		'A date known only to the month counts from the last day of that month. “No data”: areas without an ISO country code.'
};

export default howCounted;
