import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { eventById, events } from './dataset';

// A copy of the ITU seed page travels with the code, so the test runs on a clean clone.
const seed = readFileSync(new URL('./seed/itu-intcoop.txt', import.meta.url), 'utf8');
const squash = (text: string) => text.replace(/\s+/g, ' ');

/** Every item on the seed page: a short phrase of it → the events that cover it. */
const SEED_ITEMS: [phrase: string, ids: string[]][] = [
	[
		'has launched an Anti-Spam',
		['oecd-anti-spam-toolkit-launch-2004', 'oecd-anti-spam-toolkit-2006']
	],
	['US FTC: Operation Spam Zombies', ['operation-spam-zombies-2005']],
	['Seoul-Melbourne Anti-Spam Agreement Enlarged', ['seoul-melbourne-multilateral-mou-2005']],
	['a declaration was adopted by the CAPTEF', ['captef-anti-spam-declaration-2005']],
	['Agencia Espanola de Proteccion de Datos (AEDP)', ['ftc-aepd-commercial-email-mou-2005']],
	[
		'conference on eCommerce, held in London on 21-22 February 2005',
		['asem-ecommerce-conference-london-2005', 'asem-joint-statement-anti-spam-2005']
	],
	[
		'enforcement authorities in 13 European countries',
		['cnsa-cross-border-spam-complaints-procedure-2005']
	],
	['following its Communication of January 2004', ['ec-communication-spam-com-2004-28']],
	['Procuraduría Federal del Consumidor (Profeco)', ['ftc-profeco-consumer-protection-mou-2005']],
	[
		'builds on the pre-existing bilateral agreement between the two agencies, signed in 2003',
		['seoul-melbourne-multilateral-mou-2005', 'au-kr-spam-mou-2003']
	],
	['London Action Plan (LAP)', ['london-action-plan-2004']],
	[
		'has launched a public consultation, in the form of a questionnaire',
		['ec-spam-public-consultation-2004']
	],
	['(2002/58/EC) came into force', ['eu-eprivacy-directive-2002-58-ec']],
	[
		'mutual enforcement assistance in commercial e-mail matters was signed in July 2004',
		['us-uk-au-commercial-email-enforcement-mou-2004']
	],
	['Australia-Korea bilateral cooperation in the field of spam', ['au-kr-spam-mou-2003']],
	[
		'MoU between Internet Society of China, Yahoo, eBay, Microsoft and AOL',
		['isc-industry-anti-spam-mou-2004']
	],
	['established the Anti-Spam Research Group', ['irtf-anti-spam-research-group-2003']],
	['OECD Members set up a Task Force', ['oecd-task-force-on-spam-2004']],
	[
		'Report by the ITU Secretary General on Spam to ITU Council 2005',
		['itu-council-2005-sg-spam-report']
	],
	['Break-out session on Spam chaired by Dr R. Horton', ['gsr-2004-spam-breakout']],
	[
		'Resolution 51 on Combating Spam and Resolution 52',
		['wtsa-04-florianopolis', 'itu-wtsa-04-resolutions-51-52-spam']
	],
	[
		'The ITU virtual meeting took place on 19 November 2004',
		['itu-virtual-conference-antispam-regulation-2004-11']
	],
	[
		'ITU WSIS Thematic Meeting on Countering Spam - Geneva, 7-9 July 2004',
		['itu-wsis-thematic-meeting-countering-spam-2004']
	],
	[
		'ITU Global Regulators Exchange (G-REX) virtual conference',
		['itu-grex-virtual-conference-spam-2004']
	],
	['March 2006: Spam Conference', ['mit-spam-conference-2006']],
	[
		'The Convention on Cybercrime: a Global Treaty?',
		['coe-cybercrime-convention-global-treaty-wsis-tunis-2005']
	],
	['La Lutte contre le Spam - WSIS', ['wsis-tunis-la-lutte-contre-le-spam-2005']],
	[
		'Conference on Network and Information Security: Political and Technical Challenges, Rome',
		['rome-nis-political-technical-challenges-2005']
	],
	['Conference on eConfidence:Spam and Scams', ['econfidence-spam-and-scams-2005']],
	['Third Conference on Email and Anti-Spam, Ceas 2005', ['ceas-2005']],
	[
		'ASEM Cyber Security Workshop will be held in Korea',
		['asem-cyber-security-workshop-seoul-2005']
	],
	[
		'ITU/EU (ENISA) Regional Seminar on Cyber Security for CEE, CIS and Baltic States',
		['itu-eu-enisa-regional-seminar-cyber-security-cee-cis-baltic-2005']
	],
	['hosted a 3-day workshop on anti-Spam strategies', ['asean-antispam-workshop-mcmc-2005']],
	['Regulatory Council (ATRC) meeting in Vientiane', ['asean-atrc-anti-spam-working-group-2004']],
	[
		'ITU-T Cybersecurity II Symposium was hosted by RANS in Moscow',
		['itu-t-cybersecurity-symposium-ii-moscow-2005']
	],
	['APCAUCE antispam conference', ['apcauce-antispam-conference-apricot-2005']],
	[
		'co-hosted a two-day E-mail Authentication Summit',
		['ftc-nist-email-authentication-summit-2004']
	],
	[
		'London meeting on cross-border enforcement of anti-spam legislation',
		['london-spam-enforcement-workshop-2004']
	],
	[
		'OECD held two workshops on spam in 2004',
		['oecd-spam-workshop-brussels-2004', 'oecd-spam-workshop-busan-2004']
	]
];

describe('seed coverage', () => {
	it.each(SEED_ITEMS)('%j is on the seed page and covered by %j', (phrase, ids) => {
		expect(squash(seed)).toContain(squash(phrase));
		for (const id of ids) {
			expect(eventById.get(id), id).toBeDefined();
			expect(eventById.get(id)?.inSeed, id).toBe(true);
		}
	});

	it('maps every event flagged inSeed to some seed item, and only those', () => {
		const covered = new Set(SEED_ITEMS.flatMap(([, ids]) => ids));
		const inSeed = events.filter((e) => e.inSeed).map((e) => e.id);
		expect([...covered].sort()).toEqual(inSeed.sort());
	});

	it('flags exactly the four context items as not on the seed page', () => {
		expect(
			events
				.filter((e) => !e.inSeed)
				.map((e) => e.id)
				.sort()
		).toEqual([
			'gsr-2003-geneva',
			'itu-wsis-thematic-meeting-cybersecurity-2005-spam-day',
			'oecd-recommendation-spam-enforcement-2006',
			'wsis-tunis-2005'
		]);
	});
});

describe('quotations of the ITU page', () => {
	/** Quotation marks and spacing set aside: the words themselves must match. */
	const plain = (text: string) => squash(text.replace(/[‘’“”'"]/g, '')).trim();
	const page = plain(seed);
	/** Each phrase a note quotes as the ITU page's, in the sentence that names the page. */
	const quoted = events.flatMap((event) =>
		event.notes
			.split(/(?<=[.;])\s+/)
			.filter((sentence) => sentence.includes('ITU page'))
			.flatMap((sentence) => {
				const after = sentence.slice(sentence.indexOf('ITU page'));
				return [...after.matchAll(/(?:^|[\s(])['‘“"]([^'‘’“”"]{3,}?)['’”"](?=[\s),.;:]|$)/g)].map(
					([, phrase]) => [event.id, phrase] as const
				);
			})
	);

	it('finds the quotations to check', () => {
		expect(quoted.length).toBeGreaterThan(5);
	});

	it.each(quoted)('%s quotes the ITU page exactly: %s', (_, phrase) => {
		expect(page).toContain(plain(phrase));
	});
});
