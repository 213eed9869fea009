/**
 * The dataset's reader-facing text in Spanish: every event's title, short title and summary
 * (and key-date labels, unnamed participants), and city names. Source titles, notes and quotes stay
 * in their original language.
 */
import type { DatasetText } from './types';

export const es: DatasetText = {
	events: {
		'apcauce-antispam-conference-apricot-2005': {
			title: 'Conferencia antispam de APCAUCE en APRICOT 2005',
			shortTitle: 'APCAUCE en APRICOT 2005',
			summary:
				'Reunión regional contra el spam de la Asia Pacific Coalition Against Unsolicited Commercial Email, celebrada durante la conferencia APRICOT 2005 en Kioto.'
		},
		'asean-antispam-workshop-mcmc-2005': {
			title: 'Taller Antispam de la ASEAN (Cyberjaya)',
			shortTitle: 'Taller Antispam de la ASEAN',
			summary:
				'Taller acogido por la MCMC de Malasia para los reguladores de la ASEAN sobre estrategias contra el spam, tras la decisión del ATRC de julio de 2004.'
		},
		'asean-atrc-anti-spam-working-group-2004': {
			title:
				'Los reguladores de la ASEAN acuerdan crear un grupo de trabajo antispam (ATRC, Vientián)',
			shortTitle: 'Grupo antispam del ATRC',
			summary:
				"En su reunión de julio de 2004 en Vientián, el ASEAN Telecommunications Regulators' Council acordó crear un grupo de trabajo sobre medidas contra el spam, dirigido por la MCMC de Malasia."
		},
		'asem-cyber-security-workshop-seoul-2005': {
			title: 'Taller de la ASEM sobre ciberseguridad (Seúl)',
			shortTitle: 'Taller ASEM de ciberseguridad',
			summary:
				'Primer taller entre Asia y Europa sobre seguridad de la información, dedicado a los CERT nacionales, la respuesta transfronteriza a incidentes y las amenazas emergentes.'
		},
		'asem-ecommerce-conference-london-2005': {
			title: 'Conferencia de la ASEM sobre comercio electrónico (Londres)',
			shortTitle: 'ASEM: comercio electrónico',
			summary:
				'Conferencia entre Asia y Europa sobre comercio electrónico, acogida por el Reino Unido, en la que los participantes gubernamentales acordaron una declaración conjunta sobre cooperación contra el spam.'
		},
		'asem-joint-statement-anti-spam-2005': {
			title: 'Declaración conjunta de la ASEM sobre cooperación internacional contra el spam',
			shortTitle: 'Declaración antispam de la ASEM',
			summary:
				'Los 38 países asiáticos y europeos de la ASEM acordaron impulsar estrategias y leyes nacionales contra el spam y promover la labor antispam en los organismos internacionales y con la industria.',
			keyDates: {
				'2005-02-21':
					'Se inaugura en Londres la conferencia de la ASEM sobre comercio electrónico (declaración acordada entre el 21 y el 22 de febrero)',
				'2005-02-24':
					'La Comisión Europea anuncia la declaración (el «firmada el 24 de febrero de 2005» de la página de la UIT)'
			}
		},
		'au-kr-spam-mou-2003': {
			title:
				'Memorando de entendimiento entre Australia y Corea sobre cooperación en la regulación del spam',
			shortTitle: 'MdE Australia–Corea',
			summary:
				'La KISA de Corea y la ACA y la NOIE de Australia acordaron intercambiar información sobre el spam y cooperar en su regulación. Más tarde, el acuerdo sirvió de base al memorando de entendimiento multilateral Seúl–Melbourne.'
		},
		'captef-anti-spam-declaration-2005': {
			title: 'Declaración de la CAPTEF sobre la lucha contra el spam',
			shortTitle: 'Declaración antispam CAPTEF',
			summary:
				'Los miembros de la CAPTEF, la conferencia de las administraciones de correos y telecomunicaciones de habla francesa, adoptaron una declaración sobre la lucha contra el spam y el intercambio de contactos nacionales antispam.',
			unnamedParticipants: '19 países africanos francófonos (no nombrados en las fuentes)'
		},
		'ceas-2005': {
			title: 'Segunda Conferencia sobre Correo Electrónico y Antispam (CEAS 2005)',
			shortTitle: 'CEAS 2005',
			summary:
				'Conferencia académica con revisión por pares, celebrada en la Universidad de Stanford, sobre el spam, el phishing y otros abusos del correo electrónico y la mensajería.'
		},
		'cnsa-cross-border-spam-complaints-procedure-2005': {
			title: 'Procedimiento de cooperación de la CNSA para las denuncias de spam transfronterizo',
			shortTitle: 'Procedimiento de denuncias CNSA',
			summary:
				'Las autoridades encargadas de hacer cumplir la normativa contra el spam de 13 países europeos acordaron un procedimiento voluntario para remitirse mutuamente las denuncias sobre spam transfronterizo y darles seguimiento.',
			keyDates: {
				'2005-01-27':
					'Fecha de firma indicada por la página de la UIT (no corroborada en otras fuentes)',
				'2005-02-07': 'Anuncio de la Comisión Europea IP/05/146 (Bruselas)'
			}
		},
		'coe-cybercrime-convention-global-treaty-wsis-tunis-2005': {
			title:
				'«El Convenio sobre la Ciberdelincuencia: ¿un tratado mundial?» (Consejo de Europa, Túnez)',
			shortTitle: 'Convenio de Budapest en Túnez',
			summary:
				'Actividad paralela del Consejo de Europa en la CMSI que presentó el Convenio de Budapest sobre la Ciberdelincuencia como un tratado abierto a todos los países.',
			titleSource: {
				title: 'Consejo de Europa – Convenio sobre la Ciberdelincuencia (STE n.º 185)',
				url: 'https://www.coe.int/es/web/conventions/full-list?module=treaty-detail&treatynum=185'
			}
		},
		'ec-communication-spam-com-2004-28': {
			title:
				'Comunicación de la Comisión sobre las comunicaciones comerciales no solicitadas o spam, COM(2004) 28',
			shortTitle: 'Comunicación COM(2004) 28',
			summary:
				'La Comisión enumeró las medidas de aplicación de la normativa, de cooperación, de la industria, técnicas y de sensibilización necesarias para que funcione la norma de consentimiento previo (opt-in) de la UE. Con posterioridad se creó la red CNSA de autoridades encargadas de hacer cumplir la normativa.',
			titleSource: {
				title:
					'EUR-Lex – COM(2004) 28 final: Comunicación de la Comisión al Parlamento Europeo, al Consejo, al Comité Económico y Social Europeo y al Comité de las Regiones sobre las comunicaciones comerciales no solicitadas o spam',
				url: 'https://eur-lex.europa.eu/legal-content/ES/TXT/?uri=CELEX:52004DC0028'
			}
		},
		'ec-spam-public-consultation-2004': {
			title: 'Consulta pública de la Comisión Europea sobre el spam',
			shortTitle: 'Consulta pública sobre el spam',
			summary:
				'Cuestionario en línea que preguntaba a las partes interesadas en qué medida se habían llevado a cabo las medidas de la Comunicación de la Comisión sobre el spam de enero de 2004.'
		},
		'econfidence-spam-and-scams-2005': {
			title: 'Conferencia sobre eConfidence: spam y estafas',
			shortTitle: 'eConfidence: spam y estafas',
			summary:
				'Conferencia sobre la confianza en línea, el spam y las estafas, incluida por la UIT entre los actos de septiembre de 2005.'
		},
		'eu-eprivacy-directive-2002-58-ec': {
			title: 'Directiva sobre la privacidad y las comunicaciones electrónicas (2002/58/CE)',
			shortTitle: 'Directiva 2002/58/CE',
			summary:
				'Norma de la UE que exige el consentimiento previo para el correo electrónico y los SMS comerciales dirigidos a particulares. Se adoptó en julio de 2002 y los Estados miembros debían aplicarla a más tardar el 31 de octubre de 2003, la fecha que se muestra aquí.',
			titleSource: {
				title:
					'EUR-Lex – Directiva 2002/58/CE del Parlamento Europeo y del Consejo, de 12 de julio de 2002 (Directiva sobre la privacidad y las comunicaciones electrónicas)',
				url: 'https://eur-lex.europa.eu/legal-content/ES/TXT/?uri=CELEX:32002L0058'
			},
			keyDates: {
				'2002-07-12': 'Adoptada por el Parlamento Europeo y el Consejo',
				'2002-07-31': 'Publicada en el DO L 201 (p. 37); entró en vigor el día de su publicación',
				'2003-10-31':
					'Plazo para que los Estados miembros la transpusieran (el «entró en vigor en octubre de 2003» de la página de la UIT)',
				'2004-05-01': 'Diez nuevos Estados miembros se adhieren a la UE y quedan obligados por ella'
			}
		},
		'ftc-aepd-commercial-email-mou-2005': {
			title:
				'Memorando de entendimiento FTC–AEPD sobre la aplicación de la normativa de correo electrónico comercial (Estados Unidos–España)',
			shortTitle: 'MdE FTC–AEPD',
			summary:
				'La Federal Trade Commission de Estados Unidos y la Agencia Española de Protección de Datos acordaron cooperar e intercambiar información en las investigaciones sobre spam.'
		},
		'ftc-nist-email-authentication-summit-2004': {
			title: 'Cumbre sobre Autenticación del Correo Electrónico (FTC y NIST)',
			shortTitle: 'Cumbre de autenticación FTC–NIST',
			summary:
				'Foro público de dos días en Washington sobre el desarrollo y la implantación de la autenticación del correo electrónico como medio para reducir el spam.'
		},
		'ftc-profeco-consumer-protection-mou-2005': {
			title:
				'Memorando de entendimiento FTC–Profeco sobre protección del consumidor (Estados Unidos–México)',
			shortTitle: 'MdE FTC–Profeco',
			summary:
				'La Federal Trade Commission de Estados Unidos y la Procuraduría Federal del Consumidor de México acordaron cooperar e intercambiar información sobre fraudes transfronterizos contra los consumidores.',
			keyDates: {
				'2005-01-06':
					'Fecha de efecto de la delegación de facultades de la FTC para responder a las solicitudes de Profeco «en virtud de un memorando de entendimiento» (70 FR 6442)',
				'2005-01-27': 'Firma en Washington D. C. (página de la UIT)',
				'2005-02-07': 'Publicación del aviso en el Federal Register'
			}
		},
		'gsr-2003-geneva': {
			title: 'Simposio Mundial para Organismos Reguladores 2003 de la UIT (GSR 2003)',
			shortTitle: 'GSR 2003',
			summary:
				'Reunión anual de los reguladores de telecomunicaciones. Recomendó que la UIT abriera un debate sobre marcos de cooperación internacional contra el spam, lo que dio lugar a la conferencia virtual G-REX de 2004.',
			titleSource: {
				title: 'UIT – Simposio Mundial para Organismos Reguladores (GSR), edición de 2005',
				url: 'https://www.itu.int/ITU-D/treg/Events/Seminars/GSR/GSR05/index-es.html'
			}
		},
		'gsr-2004-spam-breakout': {
			title:
				'Simposio Mundial para Organismos Reguladores 2004 de la UIT: sesión paralela sobre el spam',
			shortTitle: 'GSR 2004: sesión sobre spam',
			summary:
				'Sesión presidida por Bob Horton, de la Australian Communications Authority, sobre la legislación antispam, la cooperación entre las autoridades y la industria, y los acuerdos internacionales.',
			titleSource: {
				title: 'UIT – Simposio Mundial para Organismos Reguladores (GSR), edición de 2005',
				url: 'https://www.itu.int/ITU-D/treg/Events/Seminars/GSR/GSR05/index-es.html'
			}
		},
		'irtf-anti-spam-research-group-2003': {
			title: 'Puesta en marcha del Anti-Spam Research Group (ASRG) del IRTF',
			shortTitle: 'Creación del ASRG del IRTF',
			summary:
				'La Internet Research Task Force creó un grupo de investigación sobre enfoques técnicos y administrativos del correo electrónico no solicitado. Su carta constitutiva data de febrero de 2003 y el grupo se reunió por primera vez en la IETF 56, en San Francisco, en marzo de 2003.',
			keyDates: {
				'2003-02-03':
					'Última modificación del texto de la carta constitutiva (instantánea de las actas de la IETF 56)',
				'2003-03':
					'Presentación pública y primera sesión en la IETF 56, San Francisco (16–21 de marzo de 2003)'
			}
		},
		'isc-industry-anti-spam-mou-2004': {
			title:
				'Memorando de entendimiento de la Internet Society of China con eBay, Microsoft, AOL y Yahoo!',
			shortTitle: 'MdE Internet Society of China',
			summary:
				'La asociación del sector de Internet de China y cuatro empresas de Internet estadounidenses acordaron estudiar un trabajo conjunto contra el spam y el fraude en línea, que incluiría medidas técnicas y la educación de los usuarios.'
		},
		'itu-council-2005-sg-spam-report': {
			title: 'Informe del Secretario General de la UIT sobre el spam al Consejo de la UIT de 2005',
			shortTitle: 'Informe sobre spam, Consejo 2005',
			summary:
				'Informe a la reunión de 2005 del Consejo de la UIT, solicitado por la Resolución 51 de la AMNT-04, sobre la labor contra el spam de la UIT y de otras entidades.'
		},
		'itu-eu-enisa-regional-seminar-cyber-security-cee-cis-baltic-2005': {
			title:
				'Seminario regional UIT/UE (ENISA) sobre ciberseguridad para Europa Central y Oriental, la CEI y los Estados bálticos',
			shortTitle: 'Seminario UIT/UE (ENISA)',
			summary:
				'Seminario regional sobre ciberseguridad, incluido por la UIT entre los actos relacionados con el spam de mayo de 2005.'
		},
		'itu-grex-virtual-conference-spam-2004': {
			title:
				'Conferencia virtual G-REX de la UIT sobre cooperación reglamentaria en materia de spam',
			shortTitle: 'Conferencia virtual G-REX (UIT)',
			summary:
				"Conferencia en línea de reguladores, en el Global Regulators' Exchange de la UIT, sobre marcos de cooperación internacional contra el spam."
		},
		'itu-t-cybersecurity-symposium-ii-moscow-2005': {
			title: 'II Simposio sobre Ciberseguridad del UIT-T (Moscú)',
			shortTitle: 'II Simposio de ciberseguridad',
			summary:
				'Simposio de un día del UIT-T sobre normas, legislación y políticas de ciberseguridad, acogido por la Russian Association for Networks and Services.'
		},
		'itu-virtual-conference-antispam-regulation-2004-11': {
			title:
				'Conferencia virtual de la UIT sobre los esfuerzos reglamentarios para combatir el spam',
			shortTitle: 'Conferencia virtual, nov. 2004',
			summary:
				'Reunión en línea en la que reguladores del spam, en su mayoría de la región de Asia-Pacífico, informaron sobre las leyes nacionales y su aplicación; Corea presentó el proyecto de memorando de entendimiento Seúl–Melbourne.'
		},
		'itu-wsis-thematic-meeting-countering-spam-2004': {
			title: 'Reunión temática de la CMSI de la UIT sobre la lucha contra el spam',
			shortTitle: 'Reunión CMSI contra el spam',
			summary:
				'Reunión de tres días de la UIT en Ginebra en la que reguladores, industria y sociedad civil debatieron medidas jurídicas, técnicas, educativas y de cooperación contra el spam.'
		},
		'itu-wsis-thematic-meeting-cybersecurity-2005-spam-day': {
			title:
				'Reunión temática de la CMSI de la UIT sobre ciberseguridad (primer día dedicado al spam)',
			shortTitle: 'Reunión CMSI: ciberseguridad',
			summary:
				'Reunión de cuatro días de la UIT en Ginebra cuyo primer día examinó los avances en las medidas y la cooperación contra el spam desde la reunión sobre el spam de 2004.'
		},
		'itu-wtsa-04-resolutions-51-52-spam': {
			title: 'Resoluciones 51 y 52 de la AMNT-04 de la UIT sobre el spam',
			shortTitle: 'AMNT-04, Res. 51 y 52',
			summary:
				'La asamblea de normalización de la UIT adoptó la Resolución 51, sobre la lucha contra el spam, y la Resolución 52, sobre cómo contrarrestar el spam por medios técnicos.'
		},
		'london-action-plan-2004': {
			title:
				'Plan de Acción de Londres sobre cooperación internacional en la aplicación de la normativa contra el spam',
			shortTitle: 'Plan de Acción de Londres',
			summary:
				'Organismos gubernamentales acordaron un plan no vinculante para cooperar en la aplicación transfronteriza de la normativa contra el spam mediante puntos de contacto, llamadas periódicas y colaboración con el sector privado. El plan quedó abierto a nuevos miembros.'
		},
		'london-spam-enforcement-workshop-2004': {
			title: 'Taller internacional de Londres sobre la aplicación de la normativa contra el spam',
			shortTitle: 'Taller de Londres sobre el spam',
			summary:
				'Reunión de los organismos nacionales encargados de hacer cumplir la normativa contra el spam, acogida por la Office of Fair Trading del Reino Unido y la Federal Trade Commission de Estados Unidos, en la que se acordó el Plan de Acción de Londres.'
		},
		'mit-spam-conference-2006': {
			title: 'Conferencia sobre el Spam del MIT 2006',
			shortTitle: 'Conferencia del MIT sobre spam',
			summary:
				'Conferencia anual de investigación sobre el spam en el MIT, con ponencias sobre filtrado y otras técnicas antispam.'
		},
		'oecd-anti-spam-toolkit-2006': {
			title: 'Publicación de la caja de herramientas antispam de la OCDE',
			shortTitle: 'Caja de herramientas OCDE, 2006',
			summary:
				'El Grupo de Trabajo de la OCDE publicó su caja de herramientas definitiva de políticas y medidas antispam recomendadas, que abarca legislación, aplicación de la normativa, acción de la industria, tecnología, educación y divulgación.'
		},
		'oecd-anti-spam-toolkit-launch-2004': {
			title: 'Lanzamiento de la caja de herramientas antispam de la OCDE',
			shortTitle: 'Caja de herramientas OCDE, 2004',
			summary:
				'La OCDE anunció los componentes de la caja de herramientas antispam que preparaba e invitó a gobiernos, industria y sociedad civil, también de países no miembros, a hacer aportaciones.'
		},
		'oecd-recommendation-spam-enforcement-2006': {
			title:
				'Recomendación del Consejo de la OCDE sobre la cooperación transfronteriza en la aplicación de las leyes contra el spam',
			shortTitle: 'Recomendación del Consejo OCDE',
			summary:
				'El Consejo de la OCDE recomendó a los miembros dotar a las autoridades encargadas de hacer cumplir la normativa contra el spam de facultades adecuadas y permitirles cooperar con sus homólogas extranjeras y con el sector privado.'
		},
		'oecd-spam-workshop-brussels-2004': {
			title: 'Primer taller de la OCDE sobre el spam (Bruselas)',
			shortTitle: 'Taller OCDE sobre spam, Bruselas',
			summary:
				'Taller de la OCDE, acogido por la Comisión Europea, sobre las fuentes del spam, las respuestas nacionales y la cooperación transfronteriza.'
		},
		'oecd-spam-workshop-busan-2004': {
			title: 'Segundo taller de la OCDE sobre el spam (Busán)',
			shortTitle: 'Taller OCDE sobre spam, Busán',
			summary:
				'Taller de la OCDE en Corea en el que el nuevo Grupo de Trabajo sobre el spam presentó a grandes rasgos la caja de herramientas antispam que preparaba.'
		},
		'oecd-task-force-on-spam-2004': {
			title: 'Creación del Grupo de Trabajo de la OCDE sobre el spam',
			shortTitle: 'Grupo de Trabajo OCDE sobre spam',
			summary:
				'Los miembros de la OCDE crearon un grupo de trabajo de dos años para coordinar la política antispam, la cooperación en la aplicación de la normativa y las medidas técnicas y de la industria, con una caja de herramientas antispam como principal resultado.',
			keyDates: {
				'2004-04':
					'El Comité ICCP, junto con el Comité de Política del Consumidor, respaldó la propuesta (IT Law Wiki)',
				'2004-07': 'Los miembros de la OCDE crean el Grupo de Trabajo (página de la UIT)',
				'2004-08-12': 'Comunicado de prensa de la OCDE que anuncia el Grupo de Trabajo'
			}
		},
		'operation-spam-zombies-2005': {
			title: 'Operación Spam Zombies',
			shortTitle: 'Operación Spam Zombies',
			summary:
				'La FTC y organismos de otros 25 países escribieron a más de 3000 proveedores de servicios de Internet para instarlos a impedir que los equipos de sus clientes fueran secuestrados para enviar spam.'
		},
		'rome-nis-political-technical-challenges-2005': {
			title:
				'Conferencia sobre seguridad de las redes y de la información: retos políticos y técnicos (Roma)',
			shortTitle: 'Seguridad de redes, Roma',
			summary:
				'Conferencia celebrada en Roma sobre los retos políticos y técnicos de la seguridad de las redes y de la información, incluida por la UIT entre los actos de noviembre de 2005.'
		},
		'seoul-melbourne-multilateral-mou-2005': {
			title:
				'Memorando de entendimiento multilateral Seúl–Melbourne sobre cooperación en la lucha contra el spam',
			shortTitle: 'MdE Seúl–Melbourne',
			summary:
				'Doce organizaciones de Asia-Pacífico de diez economías acordaron compartir información e inteligencia sobre el spam y cooperar en respuestas técnicas, educativas y de políticas.'
		},
		'us-uk-au-commercial-email-enforcement-mou-2004': {
			title:
				'Memorando de entendimiento entre Estados Unidos, el Reino Unido y Australia sobre asistencia en la aplicación de la normativa sobre correo electrónico comercial',
			shortTitle: 'MdE EE. UU.–R. U.–Australia',
			summary:
				'Seis organismos de los tres países acordaron, en la medida de sus posibilidades, compartir información y pruebas y coordinar sus acciones contra el spam transfronterizo.'
		},
		'wsis-tunis-2005': {
			title: 'Cumbre Mundial sobre la Sociedad de la Información (CMSI), fase de Túnez',
			shortTitle: 'CMSI, fase de Túnez',
			summary:
				'Segunda fase de la CMSI, que adoptó el Compromiso de Túnez y la Agenda de Túnez; en torno a ella se celebraron actos paralelos sobre el spam y la ciberdelincuencia.',
			titleSource: {
				title: 'UIT – CMSI: Compromiso de Túnez (documento WSIS-05/TUNIS/DOC/7)',
				url: 'http://www.itu.int/net/wsis/docs2/tunis/off/7-es.html'
			}
		},
		'wsis-tunis-la-lutte-contre-le-spam-2005': {
			title: 'Sesión «La Lutte contre le Spam» en la CMSI de Túnez',
			shortTitle: 'La Lutte contre le Spam, Túnez',
			summary:
				'Sesión paralela en francés sobre la lucha contra el spam en la fase de Túnez de la CMSI, con atención a los países en desarrollo.'
		},
		'wtsa-04-florianopolis': {
			title: 'Asamblea Mundial de Normalización de las Telecomunicaciones (AMNT-04) de la UIT',
			shortTitle: 'AMNT-04, Florianópolis',
			summary:
				'La asamblea de normalización de la UIT en Florianópolis, que adoptó dos resoluciones sobre el spam.',
			titleSource: {
				title:
					'UIT – Visión general de la AMNT-12 (Asamblea Mundial de Normalización de las Telecomunicaciones)',
				url: 'https://www.itu.int/es/ITU-T/wtsa12/Pages/overview.aspx'
			}
		}
	},
	cities: {
		Kyoto: 'Kioto',
		Vientiane: 'Vientián',
		Seoul: 'Seúl',
		London: 'Londres',
		'Stanford University, Palo Alto, California': 'Universidad de Stanford, Palo Alto, California',
		Tunis: 'Túnez',
		Brussels: 'Bruselas',
		'Washington, DC': 'Washington D. C.',
		'Washington, D.C.': 'Washington D. C.',
		Geneva: 'Ginebra',
		Beijing: 'Pekín',
		Moscow: 'Moscú',
		Paris: 'París',
		Busan: 'Busán',
		Rome: 'Roma'
	}
};
