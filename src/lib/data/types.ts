/**
 * The vocabulary of the dataset: every event, participant and source in the atlas is one of these.
 * Facts live in `events/<id>.ts` and `memberships.ts`; this file only names their shapes.
 */
import type { ParticipantEntry } from './memberships';

/** A calendar day `YYYY-MM-DD` (a UTC calendar date, never a local time). */
export type IsoDay = string;

/** A known month `YYYY-MM`, used where the day is not known. */
export type IsoMonth = string;

/** How precisely an event's date is known. */
export type DatePrecision = 'day' | 'month';

/** ISO 3166-1 alpha-3 code of a country or territory, e.g. `KOR`, `HKG`. */
export type Iso3 = string;

/** The two families of events the timeline shows in separate lanes. */
export type Category = 'agreement' | 'meeting';

/** Kinds of instrument: things a country can be part of (they count on the map). */
export const AGREEMENT_KINDS = [
	'legislation',
	'initiative',
	'bilateral-mou',
	'multilateral-mou',
	'industry-mou',
	'declaration',
	'joint-statement',
	'enforcement-campaign'
] as const;

/** Kinds of meeting: things a country attends or hosts (they count only with the meetings switch). */
export const MEETING_KINDS = [
	'conference',
	'workshop',
	'symposium',
	'virtual-conference',
	'assembly',
	'summit',
	'consultation',
	'report'
] as const;

/** The kind of an event, more specific than its category. */
export type EventKind = (typeof AGREEMENT_KINDS)[number] | (typeof MEETING_KINDS)[number];

/** The levels of confidence, from least to most trusted (the order filters compare by). */
export const CONFIDENCE_LEVELS = ['low', 'medium', 'high'] as const;

/** How far the research trusts an event's facts. */
export type Confidence = (typeof CONFIDENCE_LEVELS)[number];

/** Every role, for checks at run time. */
export const ROLES = [
	'signatory',
	'party',
	'joined',
	'member',
	'host',
	'chair',
	'participant'
] as const;

/**
 * What a country's entry means.
 * - `signatory` / `party`: signed or is bound by the instrument;
 * - `joined`: became bound after the event (with a `since` date);
 * - `member`: a member state of the convening body (OECD, ASEM, ASEAN), attendance not verified;
 * - `host`, `chair`, `participant`: meeting roles; `host` also marks the country that hosted or led
 *   an instrument (the London Action Plan, Operation Spam Zombies).
 */
export type Role = (typeof ROLES)[number];

/** A country's part in an event. */
export interface Participant {
	/** ISO 3166-1 alpha-3 code. */
	country: Iso3;
	role: Role;
	/** Official name(s) of the agency or agencies that acted for the country, or a named person. */
	agency?: string;
	/** The day or month the country's participation took effect, when later than the event's date. */
	since?: IsoDay | IsoMonth;
	/** Anything a reader should know about this entry (for example, how it is attested). */
	note?: string;
}

/**
 * A participant that is not a state body: an organisation without a country (by name), or a company,
 * an association or a person based in a country, which is named with it but never mapped.
 */
export type NonStateParticipant =
	string | { name: string; kind: 'company' | 'association' | 'person'; country: Iso3 };

/** A document a fact comes from. */
export interface Source {
	title: string;
	url: string;
}

/** Where an event happened: a city in a country, online, or not known. */
export type Place =
	| { kind: 'city'; city: string; country: Iso3 }
	| { kind: 'country'; country: Iso3 }
	| { kind: 'virtual' }
	| { kind: 'unknown' };

/** A dated milestone inside an event (announcement, publication, entry into force…). */
export interface KeyDate {
	date: IsoDay | IsoMonth;
	label: string;
}

/** One happening on the 2003–2006 timeline: an instrument or a meeting. */
export interface AtlasEvent {
	/** Unique, URL-safe id (lowercase letters, digits and hyphens). */
	id: string;
	title: string;
	/** The title in at most 32 characters, for the timeline's labels, tooltips and compact lists. */
	shortTitle: string;
	/**
	 * For a later milestone of an instrument that has an event of its own (the OECD Anti-Spam
	 * Toolkit, launched 2004 and published 2006), the id of the instrument's first event: the map
	 * counts the instrument once, however many milestones it has.
	 */
	instrumentOf?: string;
	kind: EventKind;
	category: Category;
	/** `YYYY-MM-DD`, or `YYYY-MM` where only the month is known. */
	date: IsoDay | IsoMonth;
	/** Last day (or month) of a multi-day event. */
	endDate?: IsoDay | IsoMonth;
	place: Place;
	/** A short, neutral summary written for this project. */
	summary: string;
	participants: Participant[];
	/**
	 * Who took part without being a state body: organisations without a country (the European
	 * Commission, the OECD…), and companies, associations and people based in a country. Listed,
	 * never mapped: a country is mapped only when a state body of it took part (a row of
	 * `participants`).
	 */
	nonStateParticipants: NonStateParticipant[];
	/** Organisers of a meeting, as named by the sources. */
	organizers: string[];
	/** Participants described by the sources but not named, e.g. "19 French-speaking African countries". */
	unnamedParticipants?: string;
	sources: Source[];
	confidence: Confidence;
	/** What was verified, what differs from the ITU page, and why any doubt remains. */
	notes: string;
	/** Whether the ITU page names this event. */
	inSeed: boolean;
	/** Ids of events that belong together (a workshop and the plan it produced…). */
	related: string[];
	keyDates: KeyDate[];
}

/**
 * An event as written in the dataset's source: its participants may declare "the member states of
 * a convening body" (see `memberships.ts`), expanded into rows when the dataset loads.
 */
export type EventRecord = Omit<AtlasEvent, 'participants'> & {
	participants: ParticipantEntry[];
};

/** Fields only an event's detail view needs; the explorer loads them when a reader opens one. */
export const DETAIL_FIELDS = [
	'summary',
	'notes',
	'sources',
	'keyDates',
	'organizers',
	'nonStateParticipants',
	'unnamedParticipants',
	'related',
	'place'
] as const;

/** An event without its detail fields: what the explorer ships on first load. */
export type EventSummary = Omit<AtlasEvent, (typeof DETAIL_FIELDS)[number]>;
