/**
 * The dataset's reader-facing text in French: every event's title, short title and summary
 * (and key-date labels, unnamed participants), and city names. Source titles, notes and quotes stay
 * in their original language.
 */
import type { DatasetText } from './types';

export const fr: DatasetText = {
	events: {
		'apcauce-antispam-conference-apricot-2005': {
			title: 'Conférence anti-spam de l’APCAUCE lors d’APRICOT 2005',
			shortTitle: 'L’APCAUCE à APRICOT 2005',
			summary:
				'Réunion régionale anti-spam de l’Asia Pacific Coalition Against Unsolicited Commercial Email, tenue pendant la conférence APRICOT 2005 à Kyoto.'
		},
		'asean-antispam-workshop-mcmc-2005': {
			title: 'Atelier anti-spam de l’ASEAN (Cyberjaya)',
			shortTitle: 'Atelier anti-spam de l’ASEAN',
			summary:
				'Atelier accueilli par la MCMC malaisienne à l’intention des régulateurs de l’ASEAN, consacré aux stratégies de lutte contre le spam, à la suite de la décision prise par l’ATRC en juillet 2004.'
		},
		'asean-atrc-anti-spam-working-group-2004': {
			title:
				'Les régulateurs de l’ASEAN conviennent de créer un groupe de travail anti-spam (ATRC, Vientiane)',
			shortTitle: 'Groupe anti-spam de l’ATRC',
			summary:
				'Lors de sa réunion de juillet 2004 à Vientiane, l’ASEAN Telecommunications Regulators’ Council est convenu de créer un groupe de travail sur les mesures anti-spam, dirigé par la MCMC malaisienne.'
		},
		'asem-cyber-security-workshop-seoul-2005': {
			title: 'Atelier de l’ASEM sur la cybersécurité (Séoul)',
			shortTitle: 'Atelier cybersécurité de l’ASEM',
			summary:
				'Premier atelier Asie–Europe sur la sécurité de l’information, consacré aux CERT nationaux, à la réponse transfrontière aux incidents et aux menaces émergentes.'
		},
		'asem-ecommerce-conference-london-2005': {
			title: 'Conférence de l’ASEM sur le commerce électronique (Londres)',
			shortTitle: 'Conférence e-commerce de l’ASEM',
			summary:
				'Conférence Asie–Europe sur le commerce électronique accueillie par le Royaume-Uni, au cours de laquelle les participants gouvernementaux se sont accordés sur une déclaration commune relative à la coopération contre le spam.'
		},
		'asem-joint-statement-anti-spam-2005': {
			title: 'Déclaration commune de l’ASEM sur la coopération internationale contre le spam',
			shortTitle: 'Déclaration anti-spam de l’ASEM',
			summary:
				'Les 38 pays asiatiques et européens de l’ASEM sont convenus de mener des stratégies et de se doter de lois nationales contre le spam, et de promouvoir la lutte contre le spam au sein des instances internationales et avec l’industrie.',
			keyDates: {
				'2005-02-21':
					'Ouverture à Londres de la conférence de l’ASEM sur le commerce électronique (déclaration convenue les 21 et 22 février)',
				'2005-02-24':
					'La Commission européenne annonce la déclaration (la page de l’UIT indique «\u00a0signed on 24 February 2005\u00a0»)'
			}
		},
		'au-kr-spam-mou-2003': {
			title:
				'Protocole d’accord Australie–Corée sur la coopération en matière de réglementation du spam',
			shortTitle: 'Protocole Australie–Corée',
			summary:
				'La KISA coréenne ainsi que l’ACA et le NOIE australiens sont convenus d’échanger des informations sur le spam et de coopérer à sa réglementation. Cet accord a ensuite servi de base au protocole d’accord multilatéral Séoul–Melbourne.'
		},
		'captef-anti-spam-declaration-2005': {
			title: 'Déclaration de la CAPTEF sur la lutte contre le spam',
			shortTitle: 'Déclaration de la CAPTEF',
			summary:
				'Les membres de la CAPTEF, la conférence des administrations francophones des postes et télécommunications, ont adopté une déclaration sur la lutte contre le spam et sur le partage des contacts nationaux en matière de spam.',
			unnamedParticipants: '19 pays africains francophones (non nommés dans les sources)'
		},
		'ceas-2005': {
			title: 'Deuxième conférence sur le courrier électronique et l’anti-spam (CEAS 2005)',
			shortTitle: 'CEAS 2005',
			summary:
				'Conférence universitaire avec évaluation par les pairs, tenue à l’université Stanford, sur le spam, l’hameçonnage et les autres abus du courrier électronique et de la messagerie.'
		},
		'cnsa-cross-border-spam-complaints-procedure-2005': {
			title: 'Procédure de coopération du CNSA pour les plaintes relatives au spam transfrontière',
			shortTitle: 'Procédure de plaintes du CNSA',
			summary:
				'Les autorités chargées de faire appliquer les règles contre le spam dans 13 pays européens sont convenues d’une procédure volontaire pour se transmettre mutuellement les plaintes relatives au spam transfrontière et en assurer le suivi.',
			keyDates: {
				'2005-01-27': 'Date de signature indiquée par la page de l’UIT (non confirmée ailleurs)',
				'2005-02-07': 'Annonce IP/05/146 de la Commission européenne (Bruxelles)'
			}
		},
		'coe-cybercrime-convention-global-treaty-wsis-tunis-2005': {
			title:
				'«\u00a0La Convention sur la cybercriminalité\u00a0: un traité mondial\u00a0?\u00a0» (Conseil de l’Europe, Tunis)',
			shortTitle: 'Cybercriminalité (CdE), Tunis',
			summary:
				'Manifestation parallèle du Conseil de l’Europe au SMSI, présentant la Convention de Budapest sur la cybercriminalité comme un traité ouvert à tous les pays.',
			titleSource: {
				title:
					'Conseil de l’Europe, Bureau des traités\u00a0: Convention sur la cybercriminalité (STE n°\u00a0185)',
				url: 'https://www.coe.int/fr/web/conventions/full-list?module=treaty-detail&treatynum=185'
			}
		},
		'ec-communication-spam-com-2004-28': {
			title:
				'Communication de la Commission sur les communications commerciales non sollicitées ou «\u00a0spam\u00a0», COM(2004) 28',
			shortTitle: 'Communication COM(2004) 28',
			summary:
				'La Commission a énuméré les mesures nécessaires pour rendre effective la règle de l’UE du consentement préalable (opt-in)\u00a0: application de la loi, coopération, action de l’industrie, solutions techniques et sensibilisation. Le réseau CNSA des autorités chargées de faire appliquer les règles a été créé à sa suite.',
			titleSource: {
				title:
					'EUR-Lex\u00a0: Communication de la Commission au Parlement européen, au Conseil, au Comité économique et social européen et au Comité des régions sur les communications commerciales non sollicitées ou «\u00a0spam\u00a0» (COM(2004) 28 final)',
				url: 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:52004DC0028'
			}
		},
		'ec-spam-public-consultation-2004': {
			title: 'Consultation publique de la Commission européenne sur le spam',
			shortTitle: 'Consultation publique de la CE',
			summary:
				'Questionnaire en ligne demandant aux parties prenantes jusqu’où avaient été mises en œuvre les mesures de la communication de la Commission sur le spam de janvier 2004.'
		},
		'econfidence-spam-and-scams-2005': {
			title: 'Conférence eConfidence\u00a0: spam et escroqueries',
			shortTitle: 'eConfidence\u00a0: spam et fraudes',
			summary:
				'Conférence sur la confiance en ligne, le spam et les escroqueries, citée par l’UIT parmi les manifestations de septembre 2005.'
		},
		'eu-eprivacy-directive-2002-58-ec': {
			title: 'Directive vie privée et communications électroniques (2002/58/CE)',
			shortTitle: 'Directive 2002/58/CE',
			summary:
				'Directive de l’UE qui impose le consentement préalable pour les courriels et SMS de prospection envoyés aux particuliers. Adoptée en juillet 2002, elle devait être appliquée par les États membres au plus tard le 31 octobre 2003, date retenue ici.',
			titleSource: {
				title:
					'EUR-Lex\u00a0: Directive 2002/58/CE du Parlement européen et du Conseil du 12 juillet 2002 concernant le traitement des données à caractère personnel et la protection de la vie privée dans le secteur des communications électroniques (directive vie privée et communications électroniques)',
				url: 'https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32002L0058'
			},
			keyDates: {
				'2002-07-12': 'Adoptée par le Parlement européen et le Conseil',
				'2002-07-31':
					'Publiée au JO L 201 (p.\u00a037)\u00a0; entrée en vigueur le jour de sa publication',
				'2003-10-31':
					'Date limite de transposition par les États membres (la page de l’UIT indique «\u00a0came into force in October 2003\u00a0»)',
				'2004-05-01':
					'Dix nouveaux États membres adhèrent à l’UE et deviennent liés par la directive'
			}
		},
		'ftc-aepd-commercial-email-mou-2005': {
			title:
				'Protocole d’accord FTC–AEPD sur l’application des règles relatives au courrier électronique commercial (États-Unis–Espagne)',
			shortTitle: 'Protocole FTC–AEPD',
			summary:
				'La Federal Trade Commission des États-Unis et l’agence espagnole de protection des données sont convenues de coopérer et d’échanger des informations dans les enquêtes sur le spam.'
		},
		'ftc-nist-email-authentication-summit-2004': {
			title: 'Sommet sur l’authentification du courrier électronique (FTC et NIST)',
			shortTitle: 'Sommet authentification courriel',
			summary:
				'Forum public de deux jours à Washington sur le développement et le déploiement de l’authentification du courrier électronique comme moyen de réduire le spam.'
		},
		'ftc-profeco-consumer-protection-mou-2005': {
			title:
				'Protocole d’accord FTC–Profeco sur la protection des consommateurs (États-Unis–Mexique)',
			shortTitle: 'Protocole FTC–Profeco',
			summary:
				'La Federal Trade Commission des États-Unis et l’agence fédérale mexicaine de protection des consommateurs sont convenues de coopérer et d’échanger des informations sur les fraudes transfrontières visant les consommateurs.',
			keyDates: {
				'2005-01-06':
					'Date d’effet de la délégation de pouvoir de la FTC pour répondre aux demandes de Profeco «\u00a0pursuant to a memorandum of understanding\u00a0» (70 FR 6442)',
				'2005-01-27': 'Signature à Washington (selon la page de l’UIT)',
				'2005-02-07': 'Publication de l’avis au Federal Register'
			}
		},
		'gsr-2003-geneva': {
			title: 'Colloque mondial des régulateurs 2003 de l’UIT (GSR 2003)',
			shortTitle: 'GSR 2003',
			summary:
				'Réunion annuelle des régulateurs des télécommunications. Elle a recommandé que l’UIT ouvre une discussion sur des cadres de coopération internationale contre le spam, ce qui a conduit à la conférence virtuelle G-REX de 2004.',
			titleSource: {
				title:
					'UIT\u00a0: «\u00a0Qu’est-ce que le Colloque mondial des régulateurs\u00a0?\u00a0» (entretien avec Brahima Sanou, GSR 2011)',
				url: 'http://www.itu.int/net/newsroom/GSR/2011/docs/qa-fr.aspx'
			}
		},
		'gsr-2004-spam-breakout': {
			title:
				'Colloque mondial des régulateurs 2004 de l’UIT\u00a0: séance en petits groupes sur le spam',
			shortTitle: 'GSR 2004\u00a0: séance sur le spam',
			summary:
				'Séance présidée par Bob Horton, de l’Australian Communications Authority, consacrée à la législation anti-spam, à la coopération entre les autorités et l’industrie et aux arrangements internationaux.',
			titleSource: {
				title:
					'UIT\u00a0: «\u00a0Qu’est-ce que le Colloque mondial des régulateurs\u00a0?\u00a0» (entretien avec Brahima Sanou, GSR 2011)',
				url: 'http://www.itu.int/net/newsroom/GSR/2011/docs/qa-fr.aspx'
			}
		},
		'irtf-anti-spam-research-group-2003': {
			title: 'Lancement de l’Anti-Spam Research Group (ASRG) de l’IRTF',
			shortTitle: 'Lancement de l’ASRG (IRTF)',
			summary:
				'L’Internet Research Task Force a créé un groupe de recherche sur les approches techniques et administratives du courrier électronique non sollicité. Sa charte date de février 2003 et il s’est réuni pour la première fois lors de l’IETF 56 à San Francisco en mars 2003.',
			keyDates: {
				'2003-02-03':
					'Dernière modification du texte de la charte (instantané des actes de l’IETF 56)',
				'2003-03':
					'Lancement public et première séance lors de l’IETF 56, San Francisco (16–21 mars 2003)'
			}
		},
		'isc-industry-anti-spam-mou-2004': {
			title:
				'Protocole d’accord de l’Internet Society of China avec eBay, Microsoft, AOL et Yahoo!',
			shortTitle: 'Protocole ISC (Chine)',
			summary:
				'L’association chinoise du secteur de l’Internet et quatre entreprises Internet américaines sont convenues d’étudier des actions communes contre le spam et la fraude en ligne, notamment des mesures techniques et l’éducation des utilisateurs.'
		},
		'itu-council-2005-sg-spam-report': {
			title: 'Rapport du Secrétaire général de l’UIT sur le spam au Conseil de l’UIT (2005)',
			shortTitle: 'Rapport spam, Conseil UIT 2005',
			summary:
				'Rapport à la session de 2005 du Conseil de l’UIT, demandé par la Résolution 51 de l’AMNT-04, sur les travaux menés contre le spam par l’UIT et d’autres acteurs.'
		},
		'itu-eu-enisa-regional-seminar-cyber-security-cee-cis-baltic-2005': {
			title:
				'Séminaire régional UIT/UE (ENISA) sur la cybersécurité pour les PECO, la CEI et les États baltes',
			shortTitle: 'Séminaire UIT/UE (ENISA)',
			summary:
				'Séminaire régional sur la cybersécurité, cité par l’UIT parmi les manifestations liées au spam de mai 2005.'
		},
		'itu-grex-virtual-conference-spam-2004': {
			title:
				'Conférence virtuelle G-REX de l’UIT sur la coopération réglementaire en matière de spam',
			shortTitle: 'Conférence virtuelle G-REX',
			summary:
				'Conférence en ligne de régulateurs, sur le Global Regulators’ Exchange de l’UIT, consacrée aux cadres de coopération internationale contre le spam.'
		},
		'itu-t-cybersecurity-symposium-ii-moscow-2005': {
			title: 'Deuxième colloque de l’UIT-T sur la cybersécurité (Moscou)',
			shortTitle: 'Colloque UIT-T cybersécurité II',
			summary:
				'Colloque d’une journée de l’UIT-T sur les normes, le droit et les politiques de cybersécurité, accueilli par la Russian Association for Networks and Services.'
		},
		'itu-virtual-conference-antispam-regulation-2004-11': {
			title: 'Conférence virtuelle de l’UIT sur les efforts réglementaires de lutte contre le spam',
			shortTitle: 'Conférence virtuelle, nov. 2004',
			summary:
				'Réunion en ligne au cours de laquelle des autorités de régulation du spam, surtout de la région Asie-Pacifique, ont rendu compte des lois nationales et de leur application\u00a0; la Corée a présenté le projet de protocole d’accord Séoul–Melbourne.'
		},
		'itu-wsis-thematic-meeting-countering-spam-2004': {
			title: 'Réunion thématique de l’UIT pour le SMSI sur la lutte contre le spam',
			shortTitle: 'Réunion SMSI sur le spam',
			summary:
				'Réunion de trois jours de l’UIT à Genève, où régulateurs, industrie et société civile ont débattu des mesures juridiques, techniques, éducatives et de coopération contre le spam.'
		},
		'itu-wsis-thematic-meeting-cybersecurity-2005-spam-day': {
			title:
				'Réunion thématique de l’UIT pour le SMSI sur la cybersécurité (première journée consacrée au spam)',
			shortTitle: 'Réunion SMSI cybersécurité',
			summary:
				'Réunion de quatre jours de l’UIT à Genève, dont la première journée a fait le point sur les progrès des mesures et de la coopération contre le spam depuis la réunion de 2004 sur le spam.'
		},
		'itu-wtsa-04-resolutions-51-52-spam': {
			title: 'Résolutions 51 et 52 de l’AMNT-04 de l’UIT sur le spam',
			shortTitle: 'AMNT-04, Rés. 51 et 52',
			summary:
				'L’assemblée de normalisation de l’UIT a adopté la Résolution 51 sur la lutte contre le spam et la Résolution 52 visant à contrer le spam par des moyens techniques.'
		},
		'london-action-plan-2004': {
			title:
				'Plan d’action de Londres sur la coopération internationale pour l’application des lois contre le spam',
			shortTitle: 'Plan d’action de Londres',
			summary:
				'Des organismes publics sont convenus d’un plan non contraignant de coopération pour la répression transfrontière du spam, reposant sur des points de contact, des conférences téléphoniques régulières et un travail avec le secteur privé. Le plan est resté ouvert à de nouveaux membres.'
		},
		'london-spam-enforcement-workshop-2004': {
			title: 'Atelier international de Londres sur la répression du spam',
			shortTitle: 'Atelier de Londres sur le spam',
			summary:
				'Réunion des organismes nationaux chargés de la répression du spam, accueillie par l’Office of Fair Trading britannique et la Federal Trade Commission des États-Unis, au cours de laquelle le Plan d’action de Londres a été adopté.'
		},
		'mit-spam-conference-2006': {
			title: 'Conférence du MIT sur le spam (2006)',
			shortTitle: 'Conférence spam du MIT 2006',
			summary:
				'Conférence scientifique annuelle sur le spam au MIT, avec des exposés sur le filtrage et d’autres techniques anti-spam.'
		},
		'oecd-anti-spam-toolkit-2006': {
			title: 'Publication de la boîte à outils anti-spam de l’OCDE',
			shortTitle: 'Boîte à outils OCDE\u00a0: parution',
			summary:
				'Le groupe de réflexion de l’OCDE a publié sa boîte à outils définitive de politiques et de mesures anti-spam recommandées, couvrant le droit, l’application des lois, l’action de l’industrie, la technologie, l’éducation et la sensibilisation.'
		},
		'oecd-anti-spam-toolkit-launch-2004': {
			title: 'Lancement de la boîte à outils anti-spam de l’OCDE',
			shortTitle: 'Boîte à outils OCDE\u00a0: lancement',
			summary:
				'L’OCDE a présenté les éléments de la boîte à outils anti-spam qu’elle prévoyait et a invité les gouvernements, l’industrie et la société civile, y compris de pays non membres, à y contribuer.',
			titleSource: {
				title: 'L’Observateur de l’OCDE\u00a0: «\u00a0Combattre le spam\u00a0»',
				url: 'http://m.observateurocde.org/news/archivestory.php/aid/1105/Combattre_le_spam.html'
			}
		},
		'oecd-recommendation-spam-enforcement-2006': {
			title:
				'Recommandation du Conseil de l’OCDE relative à la coopération transfrontière dans l’application des législations contre le spam',
			shortTitle: 'Recommandation du Conseil OCDE',
			summary:
				'Le Conseil de l’OCDE a recommandé que les membres dotent les autorités chargées de faire appliquer les lois contre le spam de pouvoirs suffisants et leur permettent de coopérer avec leurs homologues étrangers et avec le secteur privé.',
			titleSource: {
				title:
					'OCDE, Instruments juridiques\u00a0: Recommandation du Conseil relative à la coopération transfrontière dans l’application des législations contre le spam (OECD/LEGAL/0344)',
				url: 'https://legalinstruments.oecd.org/fr/instruments/OECD-LEGAL-0344'
			}
		},
		'oecd-spam-workshop-brussels-2004': {
			title: 'Premier atelier de l’OCDE sur le spam (Bruxelles)',
			shortTitle: 'Atelier OCDE, Bruxelles',
			summary:
				'Atelier de l’OCDE, accueilli par la Commission européenne, sur les sources du spam, les réponses nationales et la coopération transfrontière.',
			titleSource: {
				title: 'OCDE\u00a0: Note de synthèse pour l’atelier de l’OCDE sur le spam',
				url: 'https://www.oecd.org/fr/publications/note-de-synthese-pour-l-atelier-de-l-ocde-sur-le-spam_232766157021.html'
			}
		},
		'oecd-spam-workshop-busan-2004': {
			title: 'Deuxième atelier de l’OCDE sur le spam (Busan)',
			shortTitle: 'Atelier OCDE, Busan',
			summary:
				'Atelier de l’OCDE en Corée, au cours duquel le nouveau groupe de réflexion sur le spam a présenté les grandes lignes de la boîte à outils anti-spam qu’il prévoyait.'
		},
		'oecd-task-force-on-spam-2004': {
			title: 'Création du Groupe de réflexion de l’OCDE sur le spam',
			shortTitle: 'Groupe de réflexion de l’OCDE',
			summary:
				'Les membres de l’OCDE ont créé pour deux ans un groupe de réflexion chargé de coordonner la politique anti-spam, la coopération en matière d’application des lois et les mesures techniques et de l’industrie, avec pour principal produit une boîte à outils anti-spam.',
			titleSource: {
				title: 'L’Observateur de l’OCDE\u00a0: «\u00a0Combattre le spam\u00a0»',
				url: 'http://m.observateurocde.org/news/archivestory.php/aid/1105/Combattre_le_spam.html'
			},
			keyDates: {
				'2004-04':
					'Le Comité PIIC, avec le Comité de la politique à l’égard des consommateurs, approuve la proposition (IT Law Wiki)',
				'2004-07': 'Groupe de réflexion créé par les Membres de l’OCDE (page de l’UIT)',
				'2004-08-12': 'Communiqué de presse de l’OCDE annonçant le groupe de réflexion'
			}
		},
		'operation-spam-zombies-2005': {
			title: 'Opération Spam Zombies',
			shortTitle: 'Opération Spam Zombies',
			summary:
				'La FTC et des organismes de 25 autres pays ont écrit à plus de 3\u00a0000 fournisseurs d’accès à Internet pour les exhorter à empêcher que les ordinateurs de leurs clients soient détournés pour envoyer du spam.'
		},
		'rome-nis-political-technical-challenges-2005': {
			title:
				'Conférence sur la sécurité des réseaux et de l’information\u00a0: enjeux politiques et techniques (Rome)',
			shortTitle: 'Sécurité des réseaux, Rome',
			summary:
				'Conférence tenue à Rome sur les enjeux politiques et techniques de la sécurité des réseaux et de l’information, citée par l’UIT parmi les manifestations de novembre 2005.'
		},
		'seoul-melbourne-multilateral-mou-2005': {
			title:
				'Protocole d’accord multilatéral Séoul–Melbourne sur la coopération en matière de lutte contre le spam',
			shortTitle: 'Protocole Séoul–Melbourne',
			summary:
				'Douze organismes de la région Asie-Pacifique, issus de dix économies, sont convenus d’échanger des informations et des renseignements sur le spam et de coopérer sur les réponses techniques, éducatives et politiques.'
		},
		'us-uk-au-commercial-email-enforcement-mou-2004': {
			title:
				'Protocole d’accord États-Unis–Royaume-Uni–Australie sur l’entraide pour l’application des règles relatives au courrier électronique commercial',
			shortTitle: 'Protocole É.-U.–R.-U.–Australie',
			summary:
				'Six organismes des trois pays sont convenus, au mieux de leurs possibilités, d’échanger des informations et des éléments de preuve et de coordonner leur action contre le spam transfrontière.'
		},
		'wsis-tunis-2005': {
			title: 'Sommet mondial sur la société de l’information (SMSI), phase de Tunis',
			shortTitle: 'SMSI, phase de Tunis',
			summary:
				'Seconde phase du SMSI, qui a adopté l’Engagement de Tunis et l’Agenda de Tunis\u00a0; des manifestations parallèles sur le spam et la cybercriminalité se sont tenues en marge du Sommet.',
			titleSource: {
				title:
					'UIT, Sommet mondial sur la société de l’information\u00a0: Agenda de Tunis pour la société de l’information – Tunis 2005, D. Mise en œuvre et suivi',
				url: 'https://itu.int/net/wsis/outcome/booklet/tunis-agenda_D-fr.html'
			}
		},
		'wsis-tunis-la-lutte-contre-le-spam-2005': {
			title: 'Séance «\u00a0La Lutte contre le Spam\u00a0» au SMSI de Tunis',
			shortTitle: 'La Lutte contre le Spam, Tunis',
			summary:
				'Séance parallèle en français sur la lutte contre le spam lors de la phase de Tunis du SMSI, avec une attention particulière aux pays en développement.'
		},
		'wtsa-04-florianopolis': {
			title: 'Assemblée mondiale de normalisation des télécommunications de l’UIT (AMNT-04)',
			shortTitle: 'AMNT-04, Florianópolis',
			summary:
				'L’assemblée de normalisation de l’UIT, réunie à Florianópolis, qui a adopté deux résolutions sur le spam.'
		}
	},
	cities: {
		Seoul: 'Séoul',
		London: 'Londres',
		'Stanford University, Palo Alto, California': 'Université Stanford, Palo Alto (Californie)',
		Brussels: 'Bruxelles',
		'Washington, DC': 'Washington',
		'Washington, D.C.': 'Washington',
		Geneva: 'Genève',
		Beijing: 'Pékin',
		Moscow: 'Moscou',
		'Cambridge, Massachusetts': 'Cambridge (Massachusetts)'
	}
};
