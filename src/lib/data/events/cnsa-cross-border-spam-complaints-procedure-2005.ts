import type { EventRecord } from '../types';

export const event: EventRecord = {
	id: 'cnsa-cross-border-spam-complaints-procedure-2005',
	title: 'CNSA cooperation procedure for cross-border spam complaints',
	shortTitle: 'CNSA complaints procedure',
	kind: 'multilateral-mou',
	category: 'agreement',
	date: '2005-01-27',
	place: { kind: 'unknown' },
	summary:
		"Spam enforcement authorities of 13 European countries agreed a voluntary procedure for passing on and following up each other's complaints about cross-border spam.",
	participants: [
		{
			country: 'AUT',
			role: 'signatory',
			agency: 'Federal Ministry for Transport, Innovation and Technology'
		},
		{
			country: 'BEL',
			role: 'signatory',
			agency: 'Privacy Commission; Federal Public Service Economy – DG Enforcement and Mediation'
		},
		{
			country: 'CYP',
			role: 'signatory',
			agency: 'Office of the Commissioner for Personal Data Protection'
		},
		{
			country: 'CZE',
			role: 'signatory',
			agency: 'Data Protection Authority (Office for Personal Data Protection)'
		},
		{ country: 'DNK', role: 'signatory', agency: 'Consumer Ombudsman' },
		{
			country: 'FRA',
			role: 'signatory',
			agency: "Commission nationale de l'informatique et des libertés (CNIL)"
		},
		{ country: 'GRC', role: 'signatory', agency: 'Hellenic Data Protection Authority' },
		{
			country: 'IRL',
			role: 'signatory',
			agency:
				'Department of Communications, Marine and Natural Resources; Office of the Data Protection Commissioner'
		},
		{ country: 'ITA', role: 'signatory', agency: 'Data Protection Authority (Garante)' },
		{ country: 'LTU', role: 'signatory', agency: 'State Data Protection Inspectorate' },
		{
			country: 'MLT',
			role: 'signatory',
			agency: 'Office of the Commissioner for Data Protection'
		},
		{
			country: 'NLD',
			role: 'signatory',
			agency: 'OPTA (electronic communications regulator); CBP (Data Protection Authority)'
		},
		{
			country: 'ESP',
			role: 'signatory',
			agency: 'Agencia Española de Protección de Datos (AEPD)'
		}
	],
	nonStateParticipants: ['European Commission (DG Information Society; convenor of the CNSA)'],
	organizers: [],
	sources: [
		{
			title:
				"European Commission press release IP/05/146 (Brussels, 7 Feb 2005): European countries launch joint drive to combat 'spam'",
			url: 'http://europa.eu/rapid/press-release_IP-05-146_en.htm?locale=en'
		},
		{
			title: 'The Register (7 Feb 2005): 13 EU countries link up to fight spam',
			url: 'http://www.theregister.co.uk/Alert/2005/02/07/ec_antispam_campaign/'
		},
		{
			title: 'Le Monde Informatique: 13 États européens coopèrent contre le spam',
			url: 'https://www.lemondeinformatique.fr/actualites/lire-13-etats-europeens-cooperent-contre-le-spam-8332.html'
		},
		{
			title: 'ACM (Netherlands): Cooperation procedure for complaint information about spam',
			url: 'https://www.acm.nl/en/publications/publication/8666/Cooperation-procedure-for-complaint-information-about-spam'
		},
		{
			title: 'IT Law Wiki: Contact Network of Spam Enforcement Authorities',
			url: 'https://itlaw.wikia.org/wiki/Contact_Network_of_Spam_Enforcement_Authorities'
		},
		{
			title:
				'ITU Strategy and Policy Unit: International cooperation on countering spam (the ITU page)',
			url: 'http://www.itu.int/osg/spu/spam/intcoop.html'
		}
	],
	confidence: 'medium',
	notes:
		'The 13 countries and their agencies are confirmed by IP/05/146 and several press reports (high). The 27 Jan 2005 signature date comes only from the ITU page; the Commission release and press coverage are dated 7 Feb 2005 (a Monday), and no source seen states the signing day – treat the day as uncertain. The procedure implements Article 13 of Directive 2002/58/EC; Commissioner Reding urged all other Member States to join.',
	inSeed: true,
	related: ['eu-eprivacy-directive-2002-58-ec', 'ec-communication-spam-com-2004-28'],
	keyDates: [
		{
			date: '2005-01-27',
			label: 'Signature date given by the ITU page (not corroborated elsewhere)'
		},
		{ date: '2005-02-07', label: 'European Commission announcement IP/05/146 (Brussels)' }
	]
};
