import { describe, expect, it } from 'vitest';
import { eventById } from './dataset';
import type { AtlasEvent, Confidence } from './types';

const get = (id: string): AtlasEvent => {
	const event = eventById.get(id);
	if (!event) throw new Error(`no event ${id}`);
	return event;
};
const placeOf = ({ place }: AtlasEvent) =>
	place.kind === 'city' ? `${place.city}/${place.country}` : place.kind;

/** Every event: id, date, endDate, place, number of participant countries, confidence. */
const EVENTS: [string, string, string | null, string, number, Confidence][] = [
	['irtf-anti-spam-research-group-2003', '2003-02', '2003-03', 'San Francisco/USA', 0, 'medium'],
	['au-kr-spam-mou-2003', '2003-10-20', null, 'Melbourne/AUS', 2, 'high'],
	['eu-eprivacy-directive-2002-58-ec', '2003-10-31', null, 'unknown', 25, 'high'],
	['gsr-2003-geneva', '2003-12-08', '2003-12-09', 'Geneva/CHE', 1, 'high'],
	['ec-communication-spam-com-2004-28', '2004-01-22', null, 'Brussels/BEL', 15, 'high'],
	['oecd-spam-workshop-brussels-2004', '2004-02-02', '2004-02-03', 'Brussels/BEL', 0, 'high'],
	['itu-grex-virtual-conference-spam-2004', '2004-03-30', null, 'virtual', 10, 'medium'],
	['oecd-task-force-on-spam-2004', '2004-07', null, 'Paris/FRA', 30, 'medium'],
	['asean-atrc-anti-spam-working-group-2004', '2004-07', null, 'Vientiane/LAO', 10, 'low'],
	[
		'itu-wsis-thematic-meeting-countering-spam-2004',
		'2004-07-07',
		'2004-07-09',
		'Geneva/CHE',
		2,
		'high'
	],
	[
		'us-uk-au-commercial-email-enforcement-mou-2004',
		'2004-07-02',
		null,
		'Washington/USA',
		3,
		'high'
	],
	['isc-industry-anti-spam-mou-2004', '2004-09-02', null, 'Beijing/CHN', 0, 'high'],
	['oecd-spam-workshop-busan-2004', '2004-09-08', '2004-09-09', 'Busan/KOR', 1, 'high'],
	['oecd-anti-spam-toolkit-launch-2004', '2004-09-21', null, 'Paris/FRA', 30, 'high'],
	['wtsa-04-florianopolis', '2004-10-05', '2004-10-14', 'Florianópolis/BRA', 1, 'high'],
	[
		'itu-wtsa-04-resolutions-51-52-spam',
		'2004-10-05',
		'2004-10-14',
		'Florianópolis/BRA',
		1,
		'high'
	],
	['london-action-plan-2004', '2004-10-11', null, 'London/GBR', 12, 'medium'],
	['london-spam-enforcement-workshop-2004', '2004-10-11', null, 'London/GBR', 2, 'high'],
	['ec-spam-public-consultation-2004', '2004-10-20', null, 'virtual', 0, 'medium'],
	[
		'ftc-nist-email-authentication-summit-2004',
		'2004-11-09',
		'2004-11-10',
		'Washington, D.C./USA',
		1,
		'high'
	],
	['itu-virtual-conference-antispam-regulation-2004-11', '2004-11-19', null, 'virtual', 8, 'high'],
	['gsr-2004-spam-breakout', '2004-12-08', '2004-12-10', 'Geneva/CHE', 3, 'medium'],
	['cnsa-cross-border-spam-complaints-procedure-2005', '2005-01-27', null, 'unknown', 13, 'medium'],
	[
		'ftc-profeco-consumer-protection-mou-2005',
		'2005-01-27',
		null,
		'Washington, DC/USA',
		2,
		'medium'
	],
	['apcauce-antispam-conference-apricot-2005', '2005-02', null, 'Kyoto/JPN', 1, 'medium'],
	['asem-joint-statement-anti-spam-2005', '2005-02-21', '2005-02-22', 'London/GBR', 38, 'high'],
	['asem-ecommerce-conference-london-2005', '2005-02-21', '2005-02-22', 'London/GBR', 38, 'high'],
	['ftc-aepd-commercial-email-mou-2005', '2005-02-24', null, 'Washington, DC/USA', 2, 'high'],
	['itu-t-cybersecurity-symposium-ii-moscow-2005', '2005-03-29', null, 'Moscow/RUS', 5, 'high'],
	['captef-anti-spam-declaration-2005', '2005-03-30', null, 'unknown', 0, 'low'],
	['seoul-melbourne-multilateral-mou-2005', '2005-04-27', null, 'unknown', 10, 'high'],
	[
		'itu-eu-enisa-regional-seminar-cyber-security-cee-cis-baltic-2005',
		'2005-05',
		null,
		'unknown',
		0,
		'low'
	],
	['asean-antispam-workshop-mcmc-2005', '2005-05-03', '2005-05-05', 'Cyberjaya/MYS', 10, 'medium'],
	['operation-spam-zombies-2005', '2005-05-24', null, 'Washington, DC/USA', 26, 'high'],
	['asem-cyber-security-workshop-seoul-2005', '2005-06-23', '2005-06-24', 'Seoul/KOR', 4, 'high'],
	[
		'itu-wsis-thematic-meeting-cybersecurity-2005-spam-day',
		'2005-06-28',
		'2005-07-01',
		'Geneva/CHE',
		0,
		'high'
	],
	['itu-council-2005-sg-spam-report', '2005-07-11', '2005-07-22', 'Geneva/CHE', 0, 'medium'],
	[
		'ceas-2005',
		'2005-07-21',
		'2005-07-22',
		'Stanford University, Palo Alto, California/USA',
		1,
		'high'
	],
	['econfidence-spam-and-scams-2005', '2005-09', null, 'unknown', 0, 'low'],
	['rome-nis-political-technical-challenges-2005', '2005-11', null, 'Rome/ITA', 1, 'low'],
	['wsis-tunis-la-lutte-contre-le-spam-2005', '2005-11', null, 'Tunis/TUN', 2, 'low'],
	[
		'coe-cybercrime-convention-global-treaty-wsis-tunis-2005',
		'2005-11-15',
		null,
		'Tunis/TUN',
		1,
		'high'
	],
	['wsis-tunis-2005', '2005-11-16', '2005-11-18', 'Tunis/TUN', 1, 'high'],
	['mit-spam-conference-2006', '2006-03', null, 'Cambridge, Massachusetts/USA', 1, 'medium'],
	['oecd-recommendation-spam-enforcement-2006', '2006-04-13', null, 'Paris/FRA', 30, 'high'],
	['oecd-anti-spam-toolkit-2006', '2006-04-19', null, 'Paris/FRA', 30, 'high']
];

describe('facts from the research, event by event', () => {
	it('covers every event', () => {
		expect(new Set(EVENTS.map(([id]) => id)).size).toBe(eventById.size);
	});

	it.each(EVENTS)('%s: %s–%s at %s, %i countries, %s', (id, date, end, place, n, confidence) => {
		const event = get(id);
		expect(event.date).toBe(date);
		expect(event.endDate ?? null).toBe(end);
		expect(placeOf(event)).toBe(place);
		expect(event.participants).toHaveLength(n);
		expect(event.confidence).toBe(confidence);
	});
});
