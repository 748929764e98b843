from lib import *
# perfil Cabello 2025-04-10
u=source('https://www.perfil.com/noticias/internacional/aterrizaron-en-venezuela-178-deportados-desde-estados-unidos-uno-de-ellos-con-un-alerta-de-interpol.phtml','Aterrizaron en Venezuela 178 deportados desde Estados Unidos, uno de ellos con una alerta de Interpol','Perfil','2025-04-10')
ev0=('Fueron deportados 178 migrantes venezolanos de Estados Unidos (162 hombres y 16 mujeres), quienes regresaron este jueves 10 de abril a su país en un avión de la aerolínea estatal Conviasa y fueron recibidos en el Aeropuerto Internacional Simón Bolívar por Diosdado Cabello, ministro de Interior, Justicia y Paz.','este jueves 10 de abril')
st('diosdado-cabello','2025-04-10',u,
 'Mientras esos aviones estén volando, la prioridad será ir a buscar a los venezolanos, estén donde estén',
 'As long as those planes are flying, the priority will be to go and fetch Venezuelans, wherever they are',
 'press_conference',
 [ev0,('Consultado sobre si verán afectadas las operaciones de repatriación por la emergencia económica anunciada por el presidente Nicolás Maduro, el ministro fue sincero: “Mientras esos aviones estén volando, la prioridad será ir a buscar a los venezolanos, estén donde estén”',None)],
 [('mass_deportations','favor','medium','He commits Venezuela to keep flying its nationals home from the US removal flights despite economic strain.')])
st('diosdado-cabello','2025-04-10',u,
 'anuncian un día que será una cantidad de personas las que enviarán y cuando llega el avión recibimos otra. Como ven, dijeron 300 y llegaron 178, cuando ellos se organicen nosotros estaremos listos para buscar a nuestros compatriotas.',
 'one day they announce that they will send a certain number of people, and when the plane arrives we receive another. As you see, they said 300 and 178 arrived; when they get organised we will be ready to fetch our compatriots.',
 'press_conference',
 [ev0,('Cabello remarcó el trabajo del Gobierno bolivariano por mantener activo el plan “Vuelta a la Patria” y criticó a Estados Unidos porque “anuncian un día que será una cantidad de personas las que enviarán y cuando llega el avión recibimos otra. Como ven, dijeron 300 y llegaron 178, cuando ellos se organicen nosotros estaremos listos para buscar a nuestros compatriotas.',None)],
 [('mass_deportations','neutral','low','He criticises US disorder in the deportation flights while stating readiness to keep receiving returnees.')])
# aporrea n403369 Cabello 2025-04-10 (CECOT)
u=source('https://www.aporrea.org/ddhh/n403369.html','Arribó nuevo avión con migrantes venezolanos desde EEUU','Aporrea','2025-04-11')
st('diosdado-cabello','2025-04-10',u,
 'Ninguno de esos ha cometido delito en El Salvador ni uno solo. No tienen delito en El Salvador, jamás habían pisado El Salvador, pero los tiene secuestrado el fascista de Bukele.',
 'Not one of them has committed a crime in El Salvador, not a single one. They have no crime in El Salvador, they had never set foot in El Salvador, but the fascist Bukele is holding them kidnapped.',
 'press_conference',
 [('11-04-25.-Un avión con 178 migrantes venezolanos deportados desde Estados Unidos aterrizó la tarde de este jueves en el país, en el marco de Plan Vuelta a la Patria impulsado por el gobierno nacional.','este jueves'),
  ('Cabello insistió en que el Gobierno de El Salvador mantiene "secuestrado a un lote de venezolanos" en alusión a más de 200 nacionales deportados bajo la acusación de ser presuntamente integrantes de la banda Tren de Aragua.\n\n\n\nNinguno de esos ha cometido delito en El Salvador ni uno solo. No tienen delito en El Salvador, jamás habían pisado El Salvador, pero los tiene secuestrado el fascista de Bukele. Tienen a los venezolanos como un negocio como si se tratara de mercancía", indicó.',None)],
 [('third_country_removals','against','high','He condemns the detention in El Salvador of Venezuelans deported there by the US.')])
# eldebate Cabello 2025-06-16
u=source('https://www.eldebate.com/internacional/20250616/dictadura-maduro-anuncia-llegada-nuevo-vuelo-repatriados-desde-eeuu_307957.html','La dictadura de Maduro anuncia la llegada de un nuevo vuelo con repatriados de EE.UU.','El Debate','2025-06-16')
st('diosdado-cabello','2025-06-16',u,
 'Seguimos recibiendo venezolanos desde allá, desde los Estados Unidos, desde México. Mañana llega un vuelo desde Estados Unidos y esta semana esperamos traer un vuelo de México',
 'We keep receiving Venezuelans from over there, from the United States, from Mexico. Tomorrow a flight arrives from the United States and this week we hope to bring a flight from Mexico',
 'press_conference',
 [('«Seguimos recibiendo venezolanos desde allá, desde los Estados Unidos, desde México. Mañana llega un vuelo desde Estados Unidos y esta semana esperamos traer un vuelo de México», informó este lunes el ministro de Interior y Justicia y número dos de la dictadura chavista, Diosdado Cabello.','este lunes')],
 [('mass_deportations','neutral','medium','He reports the continuing schedule of deportation and return flights without evaluating them.')])
# sinembargo letter of 100+ organisations 2025-11-10
a=actor('migrant-orgs-letter-sheinbaum-2025-11','More than 100 migrant-led organisations in the US and Mexico (letter to President Sheinbaum, 10 November 2025)','ngo',None,None,'Signatories of a letter urging Mexico to strengthen consular protection of Mexicans in the US')
u=source('https://www.sinembargo.mx/4724805/organizaciones-de-migrantes-exigen-a-sheinbaum-reforzar-la-proteccion-consular-en-eu/','Organizaciones de migrantes exigen a Sheinbaum reforzar la protección consular en EU','SinEmbargo','2025-11-11')
e1='Ciudad de México, 11 de noviembre (SinEmbargo).- Más de 100 organizaciones de migrantes de Estados Unidos (EU) y México le hicieron un llamado urgente a la Presidenta Claudia Sheinbaum el lunes, por medio de una carta, para fortalecer la protección de dicha comunidad en el país que está bajo la administración del Presidente Donald Trump.'
e2='"Nos alarman los informes recientes que muestran un aumento dramático de redadas y detenciones de personas mexicanas, especialmente en ciudades como Los Ángeles y Chicago, donde las comunidades migrantes mexicanas son pilares de la fuerza laboral, la vida comunitaria y el tejido social", dice el comunicado en el que se expresó preocupación por aprehensiones ilegales, detenciones arbitrarias, deportaciones masivas y separación de familias.'
st(a,'2025-11-10',u,
 'Nos alarman los informes recientes que muestran un aumento dramático de redadas y detenciones de personas mexicanas, especialmente en ciudades como Los Ángeles y Chicago, donde las comunidades migrantes mexicanas son pilares de la fuerza laboral, la vida comunitaria y el tejido social',
 'We are alarmed by recent reports showing a dramatic increase in raids and detentions of Mexican people, especially in cities such as Los Angeles and Chicago, where Mexican migrant communities are pillars of the workforce, community life and the social fabric',
 'letter',
 [(e1,'el lunes'),(e2,None)],
 [('mass_deportations','against','high','The organisations voice alarm at the surge of raids and detentions of Mexicans in US cities.')])
event('2025-11-10','other','Over 100 migrant organisations ask Sheinbaum to strengthen consular protection in the US',
 'More than 100 migrant organisations from the United States and Mexico sent President Sheinbaum a letter asking her government to strengthen protection for Mexicans in the US. They voiced concern over illegal apprehensions, arbitrary detentions, mass deportations and family separations, and asked among other things for a stronger consular network and reinforcement of the external legal-advice programme (PALE).',
 'MEX',None,[a,'claudia-sheinbaum'],[u],
 [(u,e1,'el lunes'),(u,'Dado que cada vez más familias mexicanas viven con el temor constante de ser separadas, de perder su sustento o de ver truncado su proyecto de vida, el grupo de personas migrantes exigió "una respuesta decidida con recursos suficientes para responder a las necesidades crecientes de protección de las comunidades mexicanas", por lo que se solicitó el reforzamiento del Programa de Asistencia Jurídica a Personas Mexicanas a través del Programa de Asesorías Legales Externas (PALE).',None),
  (u,'En este sentido, entre los puntos que solicitó la comunidad migrante al Gobierno de Claudia Sheinbaum destacan el fortalecimiento de la red consular en Estados Unidos, pues se explicó que dichos espacios están rebasados y no cuentan con el personal ni los recursos suficientes',None),(u,e2,None)])
# elperiodico.hn Juan Flores 2026-01-29 (actors staged in chunk_01)
u=source('https://elperiodico.hn/2026/01/30/fundacion-15-de-septiembre-pide-acciones-inmediatas-para-asistir-a-migrantes-hondurenos-en-ee-uu/','Fundación 15 de Septiembre pide acciones inmediatas para asistir a migrantes hondureños en EE.UU.','El Periódico (Honduras)','2026-01-30')
st(actor('juan-flores','Juan Flores','person','HND',actor('fundacion-15-de-septiembre','Fundación 15 de Septiembre','ngo','HND',None,"Honduran migrants' rights organisation"),'President of Fundación 15 de Septiembre'),'2026-01-29',u,
 'Desde hace meses el gobierno anterior nos tuvo abandonados. Hay hondureños que llevan hasta seis meses retenidos; recientemente fallecieron dos en centros de detención y quién sabe cuántos más, y nadie dice nada. Es urgente verificar lo que ocurre en esos centros',
 'For months the previous government left us abandoned. There are Hondurans who have been held for up to six months; two recently died in detention centres and who knows how many more, and nobody says anything. It is urgent to verify what is happening in those centres',
 'interview',
 [('Tegucigalpa, Honduras | 30 de enero de 2026\n\nLa Fundación 15 de Septiembre urgió este jueves a la nueva administración del presidente Nasry Asfura a adoptar medidas inmediatas para atender la situación de los migrantes hondureños en Estados Unidos, tras lo que calificó como un prolongado abandono por parte del gobierno anterior de la exmandataria Xiomara C. de Zelaya.','este jueves'),
  ('“Desde hace meses el gobierno anterior nos tuvo abandonados. Hay hondureños que llevan hasta seis meses retenidos; recientemente fallecieron dos en centros de detención y quién sabe cuántos más, y nadie dice nada. Es urgente verificar lo que ocurre en esos centros”, expresó Flores.',None)],
 [('mass_deportations','against','medium','He denounces prolonged detention and deaths of Hondurans held in US immigration centres pending deportation.')])
# (Bedolla 2025-07-14 dropped: same-day not certain)
write('chunk_02.jsonl')
