from lib import *
# informador Sheinbaum 2025-09-02
u=source('https://www.informador.mx/mexico/Sheinbaum-destaca-que-migracion-de-mexicanos-a-Estados-Unidos-ha-disminuido-20250902-0100.html','Sheinbaum destaca que migración de mexicanos a Estados Unidos ha disminuido','El Informador','2025-09-02')
st('claudia-sheinbaum','2025-09-02',u,
 'Es un momento distinto al que se vivió en la época del neoliberalismo donde en un año llegaron a regresar más de un millón de mexicanos y mexicanas deportados y no se les ofrecía nada',
 'This is a different moment from the one lived in the neoliberal era, when in one year more than a million Mexican men and women came back deported and nothing was offered to them',
 'press_conference',
 [('En su conferencia matutina de este martes, la Presidenta de México, Claudia Sheinbaum Pardo, indicó que la migración de mexicanos a Estados Unidos ha disminuido de una manera importante, además, también destacó los apoyos sociales que su gobierno brinda a los connacionales deportados.','En su conferencia matutina de este martes'),
  ('"Es un momento distinto al que se vivió en la época del neoliberalismo donde en un año llegaron a regresar más de un millón de mexicanos y mexicanas deportados y no se les ofrecía nada, y si se iban a Estados Unidos era justamente porque aquí no encontraba la manera de sostener a su familia',None)],
 [('humanitarian_assistance','favor','medium','She contrasts past neglect of deportees with the support her government now offers them.'),
  ('mass_deportations','neutral','low','She cites a past figure of over a million deportees a year without evaluating current removals.')])
# retodiario Armenta 2025-11-04
a=actor('alejandro-armenta','Alejandro Armenta Mier','person','MEX',None,'Governor of Puebla (2024-)')
u=source('https://retodiario.com/gobierno/2025/11/04/gobierno-de-puebla-abrira-comedores-y-albergues-para-migrantes-en-estados-unidos-ante-redadas','Gobierno de Puebla abrirá comedores y albergues para migrantes en Estados Unidos ante redadas','Reto Diario','2025-11-04')
st(a,'2025-11-04',u,
 'Vamos a enviar recursos para que allá compren alimentos no perecederos, colchonetas y cobijas, de modo que los migrantes que han perdido su empleo por las redadas cuenten con comida caliente y un refugio temporal',
 'We are going to send funds so that they can buy non-perishable food, mats and blankets there, so that migrants who have lost their jobs because of the raids have hot food and temporary shelter',
 'press_conference',
 [('Durante su conferencia de prensa de este martes, Armenta explicó que se enviarán recursos económicos directos a las sedes ubicadas en Nueva York, Passaic y Nueva Jersey, para garantizar la compra local de alimentos, enseres y artículos de primera necesidad, evitando así los altos costos logísticos del envío de productos desde México.','Durante su conferencia de prensa de este martes'),
  ('“Vamos a enviar recursos para que allá compren alimentos no perecederos, colchonetas y cobijas, de modo que los migrantes que han perdido su empleo por las redadas cuenten con comida caliente y un refugio temporal”, señaló el mandatario estatal.',None)],
 [('humanitarian_assistance','favor','high','The governor announces food and temporary shelter for migrants hit by the raids as his own programme.')])
# oaxacadiaadia Jara 2025-06-10
a=actor('salomon-jara','Salomón Jara Cruz','person','MEX',None,'Governor of Oaxaca (2022-)')
u=source('https://oaxacadiaadia.com/?p=213782','Oaxaca dará respaldo jurídico a migrantes','Oaxaca Día a Día','2025-06-10')
st(a,'2025-06-10',u,
 'No vamos a callar ante la detención de mexicanas y mexicanos; y exigimos que se respete en todo momento el debido proceso, la dignidad e integridad de las personas',
 'We will not stay silent about the detention of Mexican women and men; and we demand that due process and the dignity and integrity of people be respected at all times',
 'press_conference',
 [('Oaxaca, Oaxaca, Martes 10 de Junio, 2025 (Fuente: Comunicado, Reuters, El Financiero y BBC News Mundo).- Luego de condenar las redadas abusivas y arbitrarias que violan los derechos humanos por parte de la Guardia Nacional de Estados Unidos en la detención de personas migrantes, el Gobernador Salomón Jara Cruz destacó que su gobierno brindará asesoría legal con brigadas jurídicas binacionales','Martes 10 de Junio, 2025'),
  ('“No vamos a callar ante la detención de mexicanas y mexicanos; y exigimos que se respete en todo momento el debido proceso, la dignidad e integridad de las personas”, externó el Mandatario estatal.',None)],
 [('mass_deportations','against','medium','The governor protests the detention of Mexicans in the US raid campaign and demands due process.')])
# elheraldo.hn Juan Flores 2026-01-13
o=actor('fundacion-15-de-septiembre','Fundación 15 de Septiembre','ngo','HND',None,'Honduran migrants\' rights organisation')
a=actor('juan-flores','Juan Flores','person','HND',o,'President of Fundación 15 de Septiembre')
u=source('https://www.elheraldo.hn/hondurenosenelmundo/denuncia-conadeh-abandono-consular-hondurenos-detenidos-estados-unidos-MC28916846','[headline not shown in the stored copy]','El Heraldo (Honduras)','2026-01-13')
st(a,'2026-01-13',u,
 'Hoy hemos interpuesto una denuncia por la grave situación que viven nuestros compatriotas detenidos en distintos centros migratorios de Estados Unidos.',
 'Today we have filed a complaint over the serious situation of our compatriots held in various immigration detention centres in the United States.',
 'other',
 [('"Hoy hemos interpuesto una denuncia por la grave situación que viven nuestros compatriotas detenidos en distintos centros migratorios de Estados Unidos. Es preocupante porque hay hondureños que ya llevan meses privados de libertad y están entrando en un nivel crítico de desesperación, más aún al conocer que hay compatriotas que han fallecido dentro de estos centros", expresó Juan Flores, presidente de la Fundación 15 de Septiembre.','Hoy')],
 [('mass_deportations','against','medium','He denounces the conditions of Hondurans held in US immigration detention ahead of removal.')])
st(a,'2026-01-13',u,
 'No es delito lo que han cometido, simplemente estaban en Estados Unidos sin estatus migratorio, y aun así los mantienen por meses en detención',
 'What they did is not a crime; they were simply in the United States without immigration status, and even so they are kept in detention for months',
 'other',
 [('"Hoy hemos interpuesto una denuncia por la grave situación que viven nuestros compatriotas detenidos en distintos centros migratorios de Estados Unidos.','Hoy'),
  ('Juan Flores enfatizó que la mayoría de los hondureños detenidos no enfrenta cargos criminales, sino únicamente faltas administrativas relacionadas con su estatus migratorio en Estados Unidos. "No es delito lo que han cometido, simplemente estaban en Estados Unidos sin estatus migratorio, y aun así los mantienen por meses en detención", denunció.',None)],
 [('mass_deportations','against','high','He criticises months-long detention of non-criminal Hondurans awaiting deportation.')])
# razon SRE 2026-03-02
u=source('https://www.razon.com.mx/mexico/2026/03/02/muere-mexicano-bajo-custodia-del-ice-en-california-se-exigira-investigacion-cancilleria/','[headline not shown in the stored copy]','La Razón de México','2026-03-02')
st('mx-sre','2026-03-02',u,
 'Se exigirá una investigación inmediata y exhaustiva sobre las condiciones que han derivado en el fallecimiento de connacionales bajo custodia de esta autoridad, a fin de determinar responsabilidades y garantizar que estos hechos no se repitan',
 'An immediate and exhaustive investigation will be demanded into the conditions that have led to the deaths of Mexican nationals in the custody of this authority, in order to establish responsibility and ensure that these events do not happen again',
 'press_release',
 [('Se exigirá una investigación inmediata y exhaustiva sobre las condiciones que han derivado en el fallecimiento de connacionales bajo custodia de esta autoridad, a fin de determinar responsabilidades y garantizar que estos hechos no se repitan Secretaría de Relaciones Exteriores (SRE)',None),
  ('COMUNICADO. "La Secretaría de Relaciones Exteriores activa protocolo de atención consular ante el fallecimiento de un connacional bajo custodia de ICE".https://t.co/MZSFT0eLxw pic.twitter.com/Q0f88qrWac — Relaciones Exteriores (@SRE_mx) March 2, 2026','March 2, 2026')],
 [('mass_deportations','against','medium','The ministry demands an investigation into deaths of Mexicans held in ICE immigration custody.')],event='EVT-00436')
# noticierog Sheinbaum 2025-04-29
u=source('https://www.noticierog.com/2025/04/mexico-ha-recibido-mas-de-38-mil.html','México ha recibido más de 38 mil deportados en cuatro meses del nuevo gobierno de Trump: Sheinbaum','Noticiero G','2025-04-29')
st('claudia-sheinbaum','2025-04-29',u,
 'Existe un término en derecho internacional que se llama Tercer País Seguro, pero eso requiere un acuerdo formal entre ambos gobiernos. Nosotros no hemos firmado ningún acuerdo, simplemente actuamos desde un enfoque humanitario',
 'There is a term in international law called Safe Third Country, but that requires a formal agreement between both governments. We have not signed any agreement; we are simply acting from a humanitarian approach',
 'press_conference',
 [('México,\na 29 de abril del 2025.- En los primeros cuatro meses de la nueva administración del expresidente estadounidense Donald Trump, Estados Unidos ha deportado a 38,757 personas, reveló este martes la presidenta de México, Claudia Sheinbaum, durante su conferencia matutina.','a 29 de abril del 2025'),
  ('“Existe un término en derecho internacional que se llama Tercer País Seguro, pero eso requiere un acuerdo formal entre ambos gobiernos. Nosotros no hemos firmado ningún acuerdo, simplemente actuamos desde un enfoque humanitario”, insistió.',None)],
 [('safe_third_country','against','high','She denies that Mexico has signed any safe-third-country agreement with the US.'),
  ('mexico_accepts_returnees','favor','medium','She frames Mexico\'s reception of deported foreigners as a humanitarian choice made without an agreement.')],event='EVT-00275')
# imagendeveracruz Medina Padilla 2025-06-16
u=source('https://imagendeveracruz.mx/amp/nacional/gobierno-ha-atendido-a-mas-de-56-mil-mexicanos-repatriados-de-estados-unidos/50692768','Gobierno ha atendido a más de 56 mil mexicanos repatriados de Estados Unidos','Imagen de Veracruz','2025-06-16')
st('felix-arturo-medina-padilla','2025-06-16',u,
 'Se articuló el trabajo interinstitucional de 34 dependencias del gobierno de México con los gobiernos estatales y diferentes instancias, al que se sumó el sector empresarial, con el objetivo de recibir y atender las necesidades de nuestros connacionales, pero también garantizar y respetar el ejercicio de sus derechos humanos',
 'The inter-institutional work of 34 Mexican government agencies was coordinated with the state governments and various bodies, joined by the business sector, with the aim of receiving our nationals and meeting their needs, but also of guaranteeing and respecting the exercise of their human rights',
 'press_conference',
 [('México | 2025-06-16\n\nDe enero a la fecha han sido repatriados a México 56 mil 298 connacionales desde los Estados Unidos, los cuales han sido recibidos a través de la Estrategia Nacional "México te abraza", informó el Subsecretario de Gobernación, Arturo Medina Padilla.','2025-06-16'),
  ('Durante su participación en la conferencia matutina, el funcionario destacó que, del total, 12 mil 183 han llegado por la vía área y han sido recibidos en el Aeropuerto Felipe Ángeles (AIFA), y en las terminales aéreas de Villahermosa, Tabasco y Tapachula, Chiapas.',None),
  ('"Se articuló el trabajo interinstitucional de 34 dependencias del gobierno de México con los gobiernos estatales y diferentes instancias, al que se sumó el sector empresarial, con el objetivo de recibir y atender las necesidades de nuestros connacionales, pero también garantizar y respetar el ejercicio de sus derechos humanos", enfatizó.',None)],
 [('humanitarian_assistance','favor','high','He presents the government\'s multi-agency reception of repatriated nationals as its own programme.')],sdr=True)
write('chunk_01.jsonl')
