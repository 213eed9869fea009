/**
 * The member states of the convening bodies whose members the dataset lists (EU, OECD, ASEAN,
 * ASEM), each defined once with the day (or month) it joined and the sources that state it, and
 * the one place where an event's "members of the convening body" rows are derived from them.
 * The lists and their sources are gathered in `docs/membership-lists.md`.
 */
import { lastDayOf } from '$lib/time/day';
import type { Iso3, IsoDay, IsoMonth, Participant, Role, Source } from './types';

/** A convening body whose member states events list. */
export type ConveningBody = 'EU' | 'OECD' | 'ASEAN' | 'ASEM';

/** A member state and when it joined the body. */
export interface BodyMember {
	country: Iso3;
	/**
	 * The day (or month) it became a member; `null` where no source gives the date but the sources
	 * agree it was a member throughout 2003–2006 (the note says what is known).
	 */
	from: IsoDay | IsoMonth | null;
	note?: string;
}

/** A body's members (in the order the dataset lists them: by English name) and sources. */
export interface Membership {
	name: string;
	members: readonly BodyMember[];
	sources: readonly Source[];
}

const member = (country: Iso3, from: BodyMember['from'], note?: string): BodyMember =>
	note ? { country, from, note } : { country, from };

/** EU member states to 2007, by English name. */
const EU_MEMBERS: readonly BodyMember[] = [
	member('AUT', '1995-01-01'),
	member('BEL', '1958-01-01'),
	member('BGR', '2007-01-01'),
	member('CYP', '2004-05-01'),
	member('CZE', '2004-05-01'),
	member('DNK', '1973-01-01'),
	member('EST', '2004-05-01'),
	member('FIN', '1995-01-01'),
	member('FRA', '1958-01-01'),
	member('DEU', '1958-01-01'),
	member('GRC', '1981-01-01'),
	member('HUN', '2004-05-01'),
	member('IRL', '1973-01-01'),
	member('ITA', '1958-01-01'),
	member('LVA', '2004-05-01'),
	member('LTU', '2004-05-01'),
	member('LUX', '1958-01-01'),
	member('MLT', '2004-05-01'),
	member('NLD', '1958-01-01'),
	member('POL', '2004-05-01'),
	member('PRT', '1986-01-01'),
	member('ROU', '2007-01-01'),
	member('SVK', '2004-05-01'),
	member('SVN', '2004-05-01'),
	member('ESP', '1986-01-01'),
	member('SWE', '1995-01-01'),
	member('GBR', '1973-01-01')
];

/** ASEAN's ten members, by English name. */
const ASEAN_MEMBERS: readonly BodyMember[] = [
	member('BRN', '1984-01', 'sources differ on the day: 7 or 8 January 1984'),
	member('KHM', '1999-04-30'),
	member('IDN', '1967-08-08'),
	member('LAO', '1997-07-23'),
	member('MYS', '1967-08-08'),
	member('MMR', '1997-07-23'),
	member('PHL', '1967-08-08'),
	member('SGP', '1967-08-08'),
	member('THA', '1967-08-08'),
	member('VNM', '1995-07-28')
];

/** When each state became an ASEM partner: the 1996 founders, then the Hanoi enlargement. */
const ASEM_FOUNDED: IsoDay = '1996-03-01';
const ASEM_ENLARGED: IsoDay = '2004-10-07';
const ASEM_FOUNDERS = new Set(
	[
		'AUT',
		'BEL',
		'DNK',
		'FIN',
		'FRA',
		'DEU',
		'GRC',
		'IRL',
		'ITA',
		'LUX',
		'NLD',
		'PRT',
		'ESP'
	].concat(['SWE', 'GBR', 'CHN', 'JPN', 'KOR', 'BRN', 'IDN', 'MYS', 'PHL', 'SGP', 'THA', 'VNM'])
);
const asemPartner = (country: Iso3) =>
	member(country, ASEM_FOUNDERS.has(country) ? ASEM_FOUNDED : ASEM_ENLARGED);

/** Every body, its members and its sources. */
export const MEMBERSHIPS: Readonly<Record<ConveningBody, Membership>> = {
	EU: {
		name: 'European Union',
		members: EU_MEMBERS,
		sources: [
			{
				title: 'European Parliament: 40 years of EU enlargements',
				url: 'https://www.europarl.europa.eu/external/html/euenlargement/default_en.htm'
			},
			{
				title: 'European Commission: Together in the EU (enlargement anniversaries)',
				url: 'https://commission.europa.eu/topics/enlargement/together-eu_en'
			},
			{
				title: 'EUROPA: A Union of 27 members as Bulgaria and Romania finally join the EU',
				url: 'http://www.europa.eu/50/news/theme/070105_en.htm'
			}
		]
	},
	OECD: {
		name: 'OECD',
		members: [
			member('AUS', '1971-06-07'),
			member('AUT', '1961-09-30'),
			member('BEL', '1961-09-30'),
			member('CAN', '1961-09-30'),
			member('CZE', '1995-12-21'),
			member('DNK', '1961-09-30'),
			member('FIN', '1969-01-28'),
			member('FRA', '1961-09-30'),
			member('DEU', '1961-09-30'),
			member('GRC', '1961-09-30'),
			member('HUN', '1996-05-07'),
			member('ISL', '1961-09-30'),
			member('IRL', '1961-09-30'),
			member('ITA', '1962-03-29'),
			member('JPN', '1964-04-28'),
			member('KOR', '1996-12-12'),
			member(
				'LUX',
				null,
				'one of the 20 founders, a member from shortly after 30 September 1961 (the day is not known)'
			),
			member('MEX', '1994-05-18'),
			member(
				'NLD',
				null,
				'one of the 20 founders, a member from shortly after 30 September 1961 (the day is not known)'
			),
			member('NZL', '1973-05-29'),
			member('NOR', '1961-09-30'),
			member('POL', '1996-11-22'),
			member('PRT', '1961-09-30'),
			member('SVK', '2000-12-14'),
			member('ESP', '1961-09-30'),
			member('SWE', '1961-09-30'),
			member('CHE', '1961-09-30'),
			member('TUR', '1961-09-30'),
			member('GBR', '1961-09-30'),
			member('USA', '1961-09-30')
		],
		sources: [
			{
				title:
					'Swiss FDFA treaty database: Convention on the Organization for Economic Cooperation and Development (status list)',
				url: 'https://www.eda.admin.ch/eda/en/fdfa/foreign-policy/international-law/internationale-vertraege/datenbank-staatsvertraege/detailansicht-staatsvertrag.ggst0_97.contract19600216.html'
			},
			{
				title: 'OECD: Convention on the OECD',
				url: 'http://www.oecd.org/about/oecd-convention.htm'
			},
			{
				title: 'OECD Nuclear Energy Agency: 1996 press release on the Czech Republic and Hungary',
				url: 'http://www.oecd-nea.org/news/1996/1996-12.html'
			},
			{
				title: 'OECD Nuclear Energy Agency: 2002 press release on the Slovak Republic',
				url: 'http://www.oecd-nea.org/news/2002/2002-07.html'
			},
			{
				title: 'Korean Delegation to the OECD: History of Korea in the OECD',
				url: 'https://overseas.mofa.go.kr/oecd-en/wpge/m_21588/contents.do'
			}
		]
	},
	ASEAN: {
		name: 'ASEAN',
		members: ASEAN_MEMBERS,
		sources: [
			{
				title: 'ASEAN-Japan Centre: Outline of ASEAN',
				url: 'https://www.asean.or.jp/en/asean/base/outline/'
			},
			{
				title: 'Business in ASEAN: Introduction to ASEAN',
				url: 'http://www.businessinasean.com/en/about-asean/introduction-to-asean.html'
			}
		]
	},
	ASEM: {
		name: 'ASEM',
		// As the dataset lists ASEM's partners: the EU's members, then China, Japan and Korea, then
		// ASEAN's members. Bulgaria and Romania joined ASEM after 2006 (sources differ on when).
		members: [
			...EU_MEMBERS.map((m) => m.country).filter((c) => c !== 'BGR' && c !== 'ROU'),
			...['CHN', 'JPN', 'KOR'],
			...ASEAN_MEMBERS.map((m) => m.country)
		].map(asemPartner),
		sources: [
			{ title: 'ASEM InfoBoard: Overview', url: 'https://aseminfoboard.org/overview/' },
			{
				title: 'ASEM InfoBoard: 1st ASEM Summit (ASEM1)',
				url: 'https://aseminfoboard.org/asem_events/1st-asem-summit-asem1/'
			},
			{
				title: "Beijing Review: Élargissement de l'ASEM",
				url: 'http://french.beijingreview.com.cn/dialogue_asie_europe/txt/2008-10/22/content_158091.htm'
			},
			{
				title: 'MOFA Japan: ASEM 5 Overview',
				url: 'https://www.mofa.go.jp/policy/economy/asem/asem5/overview.html'
			}
		]
	}
};

/** Whether `entry` had joined its body by `day` (a `null` date: a member throughout 2003–2006). */
function memberBy(entry: BodyMember, day: IsoDay): boolean {
	return entry.from === null || lastDayOf(entry.from) <= day;
}

/** The members of `body` on `day`, in list order. */
export function membersOn(body: ConveningBody, day: IsoDay): Iso3[] {
	return MEMBERSHIPS[body].members.filter((m) => memberBy(m, day)).map((m) => m.country);
}

/**
 * An event's declaration that the member states of a convening body take part: their rows are
 * derived from the body's list for the event's date, in its place among the event's participants.
 */
export interface MembershipRows {
	membersOf: ConveningBody;
	/** The role of the derived rows: `member` (membership of the convening body) or, for an
	 * instrument that binds the body's members, `party`. */
	role: Extract<Role, 'member' | 'party'>;
	/** A note on every derived row. */
	note?: string;
	/** Members that get no derived row (a host listed on its own elsewhere). */
	except?: readonly Iso3[];
	/** Explicit rows that replace a member's derived row, in its place in the list. */
	override?: readonly Participant[];
	/**
	 * States that joined the body after the event's date, up to `until`: each gets a row from its
	 * accession (`since`), with this role and note (`{since}` in the note is the accession date).
	 */
	joiners?: { until: IsoDay; role: Role; note: string };
}

/** What an event's participants list holds as written: rows, and membership declarations. */
export type ParticipantEntry = Participant | MembershipRows;

/** Whether an entry declares a body's members rather than naming a participant. */
export function isMembershipRows(entry: ParticipantEntry): entry is MembershipRows {
	return 'membersOf' in entry;
}

/** The participant rows an entry stands for on an event of `date`. */
export function expandEntry(entry: ParticipantEntry, date: IsoDay | IsoMonth): Participant[] {
	if (!isMembershipRows(entry)) return [entry];
	const day = lastDayOf(date);
	const { members } = MEMBERSHIPS[entry.membersOf];
	const except = new Set(entry.except);
	const overrides = new Map(entry.override?.map((row) => [row.country, row]));
	const note = entry.note ? { note: entry.note } : {};
	const rows: Participant[] = members
		.filter((m) => memberBy(m, day) && !except.has(m.country))
		.map((m) => overrides.get(m.country) ?? { country: m.country, role: entry.role, ...note });
	const { joiners } = entry;
	if (joiners) {
		for (const m of members) {
			if (memberBy(m, day) || !m.from || m.from > joiners.until) continue;
			const since = m.from;
			rows.push({
				country: m.country,
				role: joiners.role,
				since,
				note: joiners.note.replace('{since}', since)
			});
		}
	}
	return rows;
}

/** An event's participants with every membership declaration expanded into rows. */
export function expandParticipants(
	entries: readonly ParticipantEntry[],
	date: IsoDay | IsoMonth
): Participant[] {
	return entries.flatMap((entry) => expandEntry(entry, date));
}
