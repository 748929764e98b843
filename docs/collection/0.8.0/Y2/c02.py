from lib import *
u=source('https://igm.gob.gt/31315-guatemaltecos-retornaron-bajo-el-titulo-42-durante-el-2022/','[headline not shown in the stored copy]','Instituto Guatemalteco de Migración','2022-11-18',stype='press_release')
p1='Guatemala, 18 de noviembre de 2022. El Instituto Guatemalteco de Migración, ha registrado el retorno de 31 mil 315 personas guatemaltecas bajo el Título 42 desde Estados Unidos a Guatemala durante el año 2022.'
st('gt-igm','2022-11-18',u,'document_excerpt','El Instituto Guatemalteco de Migración, ha registrado el retorno de 31 mil 315 personas guatemaltecas bajo el Título 42 desde Estados Unidos a Guatemala durante el año 2022.',
 'The Guatemalan Migration Institute has recorded the return of 31,315 Guatemalans under Title 42 from the United States to Guatemala during 2022.',
 'press_release',
 [(p1,'Guatemala, 18 de noviembre de 2022.')],
 [('asylum_restrictions','neutral','high','The institute reports a count of Guatemalans returned under Title 42 without evaluating the measure.')])
write('chunk_02.jsonl')
u=source('https://ntelemicro.com/guatemala-recibe-el-primer-grupo-de-migrantes-deportados-de-estados-unidos-bajo-el-titulo-8','Guatemala recibe el primer grupo de migrantes deportados de Estados Unidos bajo el Título 8','Telemicro','2023-05-17')
act('alejandra-mena','Alejandra Mena','person','GTM','gt-igm','Spokesperson of the Instituto Guatemalteco de Migración (IGM)')
st('alejandra-mena','2023-05-17',u,'direct_quote','Este sería el primer vuelo que arriba al país posterior a la finalización del Título 42. Los retornos bajo el Título 8 continuarán',
 'This would be the first flight to arrive in the country after the end of Title 42. Returns under Title 8 will continue.',
 'press_conference',
 [('Guatemala.- Un grupo de 115 guatemaltecos llegó este miércoles a Guatemala desde Estados Unidos en el primer vuelo de deportados bajo el Título 8, que sustituyó la semana pasada a una norma que permitía expulsar migrantes por medidas sanitarias, informó una funcionaria.','llegó este miércoles'),
  ('«Este día arribó al país un vuelo bajo la medida migratoria del Título 8 con 115 guatemaltecos (111 hombres y cuatro mujeres) retornados desde Alexandria, Luisiana», dijo a periodistas la vocera del Instituto Guatemalteco de Migración (IGM), Alejandra Mena.\n«Este sería el primer vuelo que arriba al país posterior a la finalización del Título 42. Los retornos bajo el Título 8 continuarán», afirmó.',None),
  ('Bajo esta modalidad, Estados Unidos deportó a 61.433 guatemaltecos entre el 2 de septiembre del 2021 y el 11 de mayo del 2023, según datos del IGM.',None)],
 [('asylum_restrictions','neutral','medium','The spokesperson describes the first return flight after Title 42 ended and says returns under Title 8 will go on, without judging either measure.')])
write('chunk_02.jsonl')
u=source('https://opinia.com.mx/2023/11/17/amlo-y-biden-mantuvieron-reunion-durante-el-foro-apec/','AMLO y Biden mantuvieron reunión durante el foro APEC','Opinia','2023-11-17')
st('andres-manuel-lopez-obrador','2023-11-17',u,'direct_quote','Llevamos a cabo una buena reunión bilateral con Estados Unidos, encabezada por el presidente Biden. Nuestra relación es excelente, de amistad, respeto y cooperación. Somos su principal socio comercial, avanzamos en resolver el tema migratorio',
 'We held a good bilateral meeting with the United States, led by President Biden. Our relationship is excellent, one of friendship, respect and cooperation. We are its main trading partner, we are making progress in resolving the migration issue.',
 'social_media',
 [('Llevamos a cabo una buena reunión bilateral con Estados Unidos, encabezada por el presidente Biden. Nuestra relación es excelente, de amistad, respeto y cooperación. Somos su principal socio comercial, avanzamos en resolver el tema migratorio y estamos dispuestos a colaborar en… pic.twitter.com/obGzfNWtoW\n— Andrés Manuel (@lopezobrador_) November 17, 2023','November 17, 2023'),
  ('En el ámbito migratorio, enfatizó la necesidad de fortalecer la atención a este fenómeno.',None)],
 [('us_mexico_cooperation','favor','medium','The president praises the bilateral meeting with Biden and says the two countries are making progress together on migration.')])
u=source('https://www.sinembargo.mx/17-11-2023/4434429','[headline not shown in the stored copy]','SinEmbargo','2023-11-17')
st('andres-manuel-lopez-obrador','2023-11-17',u,'direct_quote','[Joe Biden] es el primer Presidente en mucho tiempo que no construye muros, porque eso no es solución. Tenemos que ayudarnos mutuamente para que la migración sea opcional, no forzosa y que podamos ayudar a los que se ven obligados a emigrar',
 '[Joe Biden] is the first President in a long time who does not build walls, because that is not a solution. We have to help each other so that migration is optional, not forced, and so that we can help those who are forced to emigrate.',
 'speech',
 [('Ciudad de México, 17 de noviembre (SinEmbargo).– El Presidente Andrés Manuel López Obrador y su homólogo de Estados Unidos, Joe Biden, se reunieron este viernes en el marco de la conferencia anual de la Cooperación Económica Asia-Pacífico (APEC). El mandatario mexicano reconoció el trabajo de Estados Unidos en materia de migración porque, dijo, la gestión actual no se ha empeñado en construir muros.','se reunieron este viernes'),
  ('“[Joe Biden] es el primer Presidente en mucho tiempo que no construye muros, porque eso no es solución. Tenemos que ayudarnos mutuamente para que la migración sea opcional, no forzosa y que podamos ayudar a los que se ven obligados a emigrar”, expuso López Obrador desde San Francisco.',None)],
 [('us_mexico_cooperation','favor','medium','At his meeting with Biden the president calls for the two countries to help each other on migration and praises the US approach.')])
write('chunk_02.jsonl')
