import { describe, expect, it } from 'vitest';
import { eventById } from './dataset';
import { participationOn } from './participation';
import type { AtlasEvent } from './types';

const get = (id: string): AtlasEvent => {
	const event = eventById.get(id);
	if (!event) throw new Error(`no event ${id}`);
	return event;
};
const countries = (id: string) => get(id).participants.map((p) => p.country);

describe('specific facts', () => {
	it.each<[string, () => void]>([
		[
			'Seoul–Melbourne: 10 economies incl. Hong Kong and Taiwan; the notes keep the seed claim',
			() => {
				expect(countries('seoul-melbourne-multilateral-mou-2005')).toEqual(
					expect.arrayContaining([
						'AUS',
						'KOR',
						'CHN',
						'HKG',
						'TWN',
						'JPN',
						'NZL',
						'PHL',
						'MYS',
						'THA'
					])
				);
				expect(get('seoul-melbourne-multilateral-mou-2005').notes).toMatch(/12 organisations/);
			}
		],
		[
			'CNSA procedure: exactly the 13 named countries',
			() =>
				expect(countries('cnsa-cross-border-spam-complaints-procedure-2005').sort()).toEqual(
					[
						'AUT',
						'BEL',
						'CYP',
						'CZE',
						'DNK',
						'FRA',
						'GRC',
						'IRL',
						'ITA',
						'LTU',
						'MLT',
						'NLD',
						'ESP'
					].sort()
				)
		],
		[
			'CNSA: Commission announcement of 7 Feb 2005 kept as a key date',
			() =>
				expect(
					get('cnsa-cross-border-spam-complaints-procedure-2005').keyDates.map((k) => k.date)
				).toContain('2005-02-07')
		],
		[
			'CAPTEF: no mapped participants, 19 unnamed countries, notes say why',
			() => {
				const captef = get('captef-anti-spam-declaration-2005');
				expect(captef.participants).toEqual([]);
				expect(captef.unnamedParticipants).toBe(
					'19 French-speaking African countries (not named in the sources)'
				);
				expect(captef.notes).toMatch(/Only the ITU page/);
				expect(JSON.stringify(captef)).not.toMatch(/BEN|SEN|candidate/);
			}
		],
		[
			'London Action Plan: KOR, CAN, MEX, CHL, ESP since Feb 2005; the six confirmed signatories',
			() => {
				const lap = get('london-action-plan-2004').participants;
				const since = lap.filter((p) => p.since === '2005-02').map((p) => p.country);
				expect(since.sort()).toEqual(['CAN', 'CHL', 'ESP', 'KOR', 'MEX']);
				const founders = lap.filter((p) => !p.since).map((p) => p.country);
				expect(founders.sort()).toEqual(['AUS', 'DNK', 'GBR', 'IRL', 'JPN', 'USA']);
				// The Register, 4 Jul 2005, "China signs anti-spam pact"; Virus Bulletin, 5 Jul 2005.
				expect(lap.find((p) => p.country === 'CHN')).toMatchObject({
					role: 'joined',
					since: '2005-07',
					agency: 'Union Network Beijing'
				});
			}
		],
		[
			'People and companies are listed with their country, never mapped',
			() => {
				// ISC MoU text (ITU SPU): signed by the ISC and four companies; Wikipedia: the ISC is a
				// non-governmental organisation of the Chinese Internet industry.
				expect(get('isc-industry-anti-spam-mou-2004').participants).toEqual([]);
				// Korean press (hkbs.co.kr): co-chair K.-P. Kossakowski took part as chair of FIRST.
				const seoul = get('asem-cyber-security-workshop-seoul-2005');
				expect(seoul.participants.map((p) => p.country)).not.toContain('DEU');
				expect(seoul.nonStateParticipants).toContainEqual(
					expect.objectContaining({ kind: 'person', country: 'DEU' })
				);
			}
		],
		[
			'US–UK–Australia MoU: signed in Washington',
			() => {
				// ZDNet, "US, UK and Australia join hands against spam": "in Washington yesterday".
				expect(get('us-uk-au-commercial-email-enforcement-mou-2004').place).toEqual({
					kind: 'city',
					city: 'Washington',
					country: 'USA'
				});
			}
		],
		[
			'ePrivacy: the ten 2004 accession states since 2004-05-01, adoption in 2002 as a key date',
			() => {
				const directive = get('eu-eprivacy-directive-2002-58-ec');
				const joined = directive.participants.filter((p) => p.since === '2004-05-01');
				expect(joined.map((p) => p.country).sort()).toEqual(
					['CYP', 'CZE', 'EST', 'HUN', 'LTU', 'LVA', 'MLT', 'POL', 'SVK', 'SVN'].sort()
				);
				expect(directive.keyDates.map((k) => k.date)).toContain('2002-07-12');
			}
		],
		[
			'ASEM statement: announcement on 24 Feb kept as a key date, seed claim noted',
			() => {
				const asem = get('asem-joint-statement-anti-spam-2005');
				expect(asem.keyDates.map((k) => k.date)).toContain('2005-02-24');
				expect(asem.notes).toMatch(/24 Feb/);
			}
		],
		[
			'Operation Spam Zombies: the US hosts, 25 other countries including Taiwan',
			() => {
				const osz = get('operation-spam-zombies-2005').participants;
				expect(osz.find((p) => p.country === 'USA')?.role).toBe('host');
				expect(osz.map((p) => p.country)).toContain('TWN');
			}
		],
		[
			'GSR 2004 break-out: the notes say GSR 2005 was in November 2005',
			() => expect(get('gsr-2004-spam-breakout').notes).toMatch(/14-15 Nov 2005/)
		],
		[
			'CEAS 2005: the notes say it was the second CEAS',
			() => expect(get('ceas-2005').notes).toMatch(/SECOND CEAS/)
		],
		[
			'WTSA-04 meeting ↔ Resolutions, London workshop ↔ LAP, ASEM conference ↔ statement are linked',
			() => {
				expect(get('wtsa-04-florianopolis').related).toContain(
					'itu-wtsa-04-resolutions-51-52-spam'
				);
				expect(get('london-spam-enforcement-workshop-2004').related).toContain(
					'london-action-plan-2004'
				);
				expect(get('asem-ecommerce-conference-london-2005').related).toContain(
					'asem-joint-statement-anti-spam-2005'
				);
				expect(get('seoul-melbourne-multilateral-mou-2005').related).toContain(
					'au-kr-spam-mou-2003'
				);
			}
		],
		[
			'Merged events say so, and their other halves are gone',
			() => {
				expect(get('irtf-anti-spam-research-group-2003').notes).toMatch(/merges two records/);
				expect(get('asean-atrc-anti-spam-working-group-2004').notes).toMatch(/merges two records/);
				expect(eventById.has('irtf-asrg-launch-2003')).toBe(false);
				expect(eventById.has('atrc-meeting-vientiane-2004')).toBe(false);
			}
		],
		[
			'Unknown places stay unknown, virtual meetings stay virtual',
			() => {
				expect(get('econfidence-spam-and-scams-2005').place.kind).toBe('unknown');
				expect(get('itu-grex-virtual-conference-spam-2004').place.kind).toBe('virtual');
			}
		],
		[
			'OECD Anti-Spam Toolkit: the 2006 publication is the only later milestone, of the 2004 launch',
			() => {
				// OECD, "Anti-Spam Toolkit" (launch announced 21 Sep 2004, toolkit published 19 Apr 2006).
				expect(get('oecd-anti-spam-toolkit-2006').instrumentOf).toBe(
					'oecd-anti-spam-toolkit-launch-2004'
				);
				const milestones = [...eventById.values()].filter((e) => e.instrumentOf !== undefined);
				expect(milestones.map((e) => e.id)).toEqual(['oecd-anti-spam-toolkit-2006']);
			}
		],
		[
			'Short titles: the ones readers look for',
			() => {
				expect(get('london-action-plan-2004').shortTitle).toBe('London Action Plan');
				expect(get('seoul-melbourne-multilateral-mou-2005').shortTitle).toBe('Seoul–Melbourne MoU');
				expect(get('eu-eprivacy-directive-2002-58-ec').shortTitle).toBe('ePrivacy Directive');
				expect(get('au-kr-spam-mou-2003').shortTitle).toBe('Australia–Korea MoU');
				expect(get('oecd-anti-spam-toolkit-launch-2004').shortTitle).toBe('OECD Toolkit launched');
				expect(get('oecd-anti-spam-toolkit-2006').shortTitle).toBe('OECD Toolkit published');
				expect(get('itu-wtsa-04-resolutions-51-52-spam').shortTitle).toBe('WTSA-04 Res. 51 & 52');
				expect(get('ceas-2005').shortTitle).toBe('CEAS 2005');
				expect(get('mit-spam-conference-2006').shortTitle).toBe('MIT Spam Conference 2006');
			}
		],
		[
			'No source is a local path; the seed is cited by its ITU address',
			() => {
				const seedSource = get('mit-spam-conference-2006').sources.at(-1);
				expect(seedSource?.url).toBe('http://www.itu.int/osg/spu/spam/intcoop.html');
				expect(seedSource?.title).toMatch(/\(the ITU page\)$/);
			}
		]
	])('%s', (_, check) => check());
});

/**
 * Who is part of what on which day: [country, event, day, expected]. Membership counts here (Korea
 * is a `member` of the London Action Plan, France of the OECD Task Force): these rows check the day
 * each part takes effect; which roles the map counts by default is checked in participation.test.ts.
 */
const PARTICIPATION: [string, string, string, boolean][] = [
	['POL', 'eu-eprivacy-directive-2002-58-ec', '2004-05-01', true],
	['POL', 'eu-eprivacy-directive-2002-58-ec', '2004-04-30', false],
	['GBR', 'eu-eprivacy-directive-2002-58-ec', '2003-10-31', true],
	['GBR', 'eu-eprivacy-directive-2002-58-ec', '2003-10-30', false],
	['KOR', 'london-action-plan-2004', '2005-02-28', true],
	['KOR', 'london-action-plan-2004', '2005-02-27', false],
	// Known to the month (July 2005): counted from its last day.
	['CHN', 'london-action-plan-2004', '2005-07-31', true],
	['CHN', 'london-action-plan-2004', '2005-07-30', false],
	['AUS', 'london-action-plan-2004', '2004-10-11', true],
	['AUS', 'london-action-plan-2004', '2004-10-10', false],
	['AUS', 'au-kr-spam-mou-2003', '2003-10-20', true],
	['KOR', 'au-kr-spam-mou-2003', '2003-10-19', false],
	['USA', 'us-uk-au-commercial-email-enforcement-mou-2004', '2004-07-02', true],
	['ESP', 'ftc-aepd-commercial-email-mou-2005', '2005-02-24', true],
	['ESP', 'ftc-aepd-commercial-email-mou-2005', '2005-02-23', false],
	['HKG', 'seoul-melbourne-multilateral-mou-2005', '2005-04-27', true],
	['TWN', 'seoul-melbourne-multilateral-mou-2005', '2005-04-26', false],
	['CHN', 'asem-joint-statement-anti-spam-2005', '2005-02-21', true],
	['FRA', 'oecd-task-force-on-spam-2004', '2004-07-31', true],
	['FRA', 'oecd-task-force-on-spam-2004', '2004-07-30', false],
	['TWN', 'operation-spam-zombies-2005', '2005-05-24', true],
	['TWN', 'operation-spam-zombies-2005', '2005-05-23', false]
];

describe('participation facts', () => {
	it.each(PARTICIPATION)('%s in %s on %s: %s', (country, id, day, expected) => {
		const parts = participationOn(day, { includeMembers: true }).get(country) ?? [];
		const ids = parts.map((c) => c.event.id);
		expect(ids.includes(id)).toBe(expected);
	});
});
