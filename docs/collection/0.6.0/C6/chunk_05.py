from lib import *
dg=actor('cr-dgme','Dirección General de Migración y Extranjería (Costa Rica)','government_body','CRI',None,"Costa Rica's immigration directorate")
# nacion: resolution published 21 April 2025
u=source('https://assets.nacion.com/politica/costa-rica-fracasa-en-repatriacion-de-migrantes/7AKTRE74AZB7XCAAYU7BK667PQ/story','[headline not shown in the stored copy]','La Nación (Costa Rica)',None)
event('2025-04-21','humanitarian_response','Costa Rica sets special procedure to regularise US deportees still held at CATEM',
 'A resolution of Costa Rica’s immigration directorate, signed by its director Omer Badilla and published in the official gazette La Gaceta on 21 April, set a special procedure to normalise the migration status of the people deported by the United States who had not opted for assisted voluntary return or asked for refuge. The resolution referred to 94 people still at the CATEM; the directorate told La Nación that 85 remained (31 minors and 54 adults) of the 200 who had arrived.',
 'CRI','Paso Canoas',[dg,'omer-badilla'],[u],
 [(u,'La Dirección General de Migración y Extranjería (DGME) reconoció que una “importante cantidad” de estas personas no ha manifestado intención de acogerse al retorno voluntario asistido o ha solicitado la condición de refugio, por ello, la institución estableció un procedimiento especial para normalizar la situación migratoria de estos extranjeros.\\nAsí lo indica una resolución administrativa publicada el 21 de abril en el diario oficial La Gaceta, firmada por Omer Badilla Toledo, director de Migración y viceministro de Gobernación y Policía.','publicada el 21 de abril'),
  (u,'Si bien la resolución habla de 94 personas que todavía se mantienen en el Catem de Costa Rica, la DGME confirmó a La Nación que el número actual es de 85 migrantes deportados por Estados Unidos. De ellos, 31 son menores de edad y 54 son adultos.',None),
  (u,'De los 200 extranjeros que arribaron a Costa Rica provenientes de Estados Unidos, 85 permanecen detenidos en el Centro de Atención Temporal para Migrantes (Catem), ubicado en Paso Canoas, cerca de la frontera con Panamá.',None)])
# delfino: DGME announces 7 July 2025 humanitarian status for 25
u=source('https://delfino.cr/2025/07/costa-rica-normaliza-situacion-de-migrantes-deportados-desde-estados-unidos','[headline not shown in the stored copy]','Delfino.cr',None)
event('2025-07-07','humanitarian_response','Costa Rica grants temporary humanitarian status to the last 25 US deportees at CATEM',
 'Costa Rica’s immigration directorate announced on 7 July a special procedure giving temporary migration status on humanitarian grounds to 25 foreigners deported from the United States who were still lodged at the CATEM in Corredores. Under the resolution they may stay legally for an initial six months, renewable, move freely in the country and work. Most of the 200 deportees who arrived in February had left through IOM assisted voluntary return, obtained refugee status or left under a special arrangement.',
 'CRI','Corredores',[dg],[u],
 [(u,'La Dirección General de Migración y Extranjería (DGME) anunció este 7 de julio la aprobación de un procedimiento especial para la normalización migratoria temporal, por razones humanitarias, de 25 personas extranjeras deportadas desde Estados Unidos que permanecen actualmente alojadas en el Centro de Atención Temporal para Personas Migrantes (Catem), ubicado en el cantón de Corredores, en el sur del país.','este 7 de julio'),
  (u,'Según la resolución D.JUR-0222-07-2025-JM, la medida permitirá que estas personas permanezcan legalmente en Costa Rica por un período inicial de seis meses, prorrogable por periodos iguales si la autoridad migratoria así lo define.\\n\\nDurante este tiempo, podrán transitar libremente por el territorio nacional, trabajar por cuenta propia o en relación de dependencia',None),
  (u,'De ese grupo, la mayoría ya ha abandonado Costa Rica mediante el programa de Retorno Voluntario Asistido (RVA) de la Organización Internacional para las Migraciones (OIM), se acogió a la condición de refugio o salió del país bajo una modalidad especial previamente otorgada.',None)],
 instrument='Resolución D.JUR-0222-07-2025-JM')
# IOM Spanish press release 2025-05-09
u=source('https://pubt.io/view/694C4FAA6B72CC54FE6E6076661C522700441065','[headline not shown in the stored copy]','Public (press release distribution)','2025-05-09',stype='press_release',orig='International Organization for Migration')
d=('9 de mayo de 2025, Ginebra - Por décadas la Organización Internacional para las Migraciones (OIM) ha brindado su apoyo a los programas de Retorno Voluntario Asistido (RVA) en más de 100 países','9 de mayo de 2025')
st('iom','2025-05-09',u,
 'A solicitud del Gobierno de los Estados Unidos, la OIM está compartiendo el programa de RVA con las personas en ese país que se han registrado para retornar de manera voluntaria a sus países de origen.',
 'At the request of the United States Government, IOM is sharing the AVR programme with people in that country who have registered to return voluntarily to their countries of origin.',
 'press_release',
 [d,('A solicitud del Gobierno de los Estados Unidos, la OIM está compartiendo el programa de RVA con las personas en ese país que se han registrado para retornar de manera voluntaria a sus países de origen. Nuestro rol es garantizar que quienes no tienen los recursos como para retornar por sus propios medios puedan hacerlo de manera digna, segura e informada.',None)],
 [('humanitarian_assistance','favor','medium','IOM presents its assisted voluntary return support for migrants leaving the US as its own programme.')],stype='document_excerpt')
st('iom','2025-05-09',u,
 'Los Estados Unidos determinan su propia política migratoria. La OIM no facilita ni implementa deportaciones.',
 'The United States determines its own migration policy. IOM does not facilitate or carry out deportations.',
 'press_release',
 [d,('Los Estados Unidos determinan su propia política migratoria. La OIM no facilita ni implementa deportaciones. Nuestra participación empieza solamente después de que una persona brinda su consentimiento informado para acceder a asistencia.',None)],
 [('mass_deportations','neutral','medium','IOM distances itself from US deportations without evaluating them.')],stype='document_excerpt')
# emol Bukele 2025-04-20
u=source('https://emol.com/noticias/Internacional/2025/04/20/1164038/bukele-maduro-intercambio-prisioneros.html','[headline not shown in the stored copy]','Emol','2025-04-20')
e1=('El presidente de El Salvador, Nayib Bukele, propuso este domingo a su homólogo de Venezuela, Nicolás Maduro, intercambiar a 252 venezolanos deportados desde Estados Unidos y encarcelados en su país por la misma cantidad de "presos políticos" que mantiene el gobierno venezolano.','este domingo')
st('nayib-bukele','2025-04-20',u,
 'Quiero proponerle un acuerdo humanitario que contemple la repatriación del 100 % de los 252 venezolanos que fueron deportados, a cambio de la liberación y entrega de un número idéntico (252) de los miles de presos políticos que usted mantiene',
 'I want to propose to you a humanitarian agreement providing for the repatriation of 100% of the 252 Venezuelans who were deported, in exchange for the release and handover of an identical number (252) of the thousands of political prisoners you hold',
 'social_media',
 [e1,('"Quiero proponerle un acuerdo humanitario que contemple la repatriación del 100 % de los 252 venezolanos que fueron deportados, a cambio de la liberación y entrega de un número idéntico (252) de los miles de presos políticos que usted mantiene", dijo Bukele en un mensaje en la red social X dirigido a Maduro.',None)],
 [('third_country_removals','neutral','low','He offers to send home the Venezuelans the US removed to El Salvador, conditioned on a prisoner swap, without disowning their detention.')])
st('nayib-bukele','2025-04-20',u,
 'A diferencia de nuestros detenidos, muchos de los cuales han asesinado, otros han cometido violaciones, y algunos incluso habían sido arrestados en múltiples ocasiones antes de ser deportados, sus presos políticos no han cometido ningún delito',
 'Unlike our detainees, many of whom have murdered, others have committed rapes, and some had even been arrested multiple times before being deported, your political prisoners have committed no crime',
 'social_media',
 [e1,('"A diferencia de nuestros detenidos, muchos de los cuales han asesinado, otros han cometido violaciones, y algunos incluso habían sido arrestados en múltiples ocasiones antes de ser deportados, sus presos políticos no han cometido ningún delito", le dijo Bukele a Maduro.',None)],
 [('third_country_removals','favor','medium','He defends holding the Venezuelans deported from the US to El Salvador by describing them as serious criminals.')])
# (notigram 2025-05-22 Sheinbaum dropped: quote needs headline context)
# expansion Sheinbaum 2025-12-10
u=source('https://politica.expansion.mx/presidencia/2025/12/10/mas-de-200-000-mexicanos-son-deportados-de-eu-durante-el-gobierno-de-sheinbaum','Más de 200,000 mexicanos son deportados de EU durante el gobierno de Sheinbaum','Expansión Política','2025-12-10')
st('claudia-sheinbaum','2025-12-10',u,
 'Hemos mostrado nuestra desaprobación a esta forma de detención a los migrantes. Desde aquí, de México, siempre hemos defendido a los migrantes.',
 'We have shown our disapproval of this way of detaining migrants. From here, from Mexico, we have always defended migrants.',
 'press_conference',
 [('mié 10 diciembre 2025 10:09 AM',None),
  ('Desde octubre de 2024 y diciembre de 2025, el gobierno de Estados Unidos deportó a más de 200,000 mexicanos, informó este miércoles la presidenta Claudia Sheinbaum.','este miércoles'),
  ('En su conferencia matutina, la titular del Ejecutivo federal aseguró que su gobierno le manifestó a la administración de Trump su rechazo al maltrato a los migrantes mexicanos a través de varias notas diplomáticas, pero también de forma presencial en las reuniones que sostienen con funcionarios como el secretario de Estado, Marco Rubio.\n\n“Hemos mostrado nuestra desaprobación a esta forma de detención a los migrantes. Desde aquí, de México, siempre hemos defendido a los migrantes.',None)],
 [('mass_deportations','against','medium','She restates Mexico\u2019s disapproval of the way the US detains migrants in its removal campaign.')],sdr=True,event='EVT-00153')
write('chunk_05.jsonl')
