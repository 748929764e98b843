from lib import *
# SRC-01235 elhorizonte Sheinbaum 2025-09-08 (existing source)
st('claudia-sheinbaum','2025-09-08','SRC-01235',
 'No va a faltar recurso para los consulados. Si requieren más presupuesto, se envía más presupuesto. No va a faltar para apoyar a los hermanos migrantes',
 'The consulates will not lack resources. If they need more budget, more budget is sent. There will be no shortage of support for our migrant brothers and sisters',
 'press_conference',
 [('08\n-\nSeptiembre\n2025\nLa presidenta de México, Claudia Sheinbaum, aseveró que no faltarán recursos para los consulados de México en Estados Unidos ante las injustas redadas del Servicio de Inmigración y Control de Aduanas (ICE), que han afectado a migrantes mexicanos.','08\n-\nSeptiembre\n2025'),
  ('“No les va a faltar recurso, lo que se requiera, sale el presupuesto, y si se requiere más recurso para la contratación de abogados o agencias que apoyen a los connacionales, no van a faltar recursos”, afirmó durante su conferencia mañanera.',None),
  ('“No va a faltar recurso para los consulados. Si requieren más presupuesto, se envía más presupuesto. No va a faltar para apoyar a los hermanos migrantes”, enfatizó.',None)],
 [('humanitarian_assistance','favor','medium','She pledges funding for consular support to Mexicans affected by the US raids.')],sdr=True)
# SRC-01314 Xinhua Sheinbaum 2025-10-21 (existing source)
st('claudia-sheinbaum','2025-10-21','SRC-01314',
 'No estamos de acuerdo con la manera en que se trata nuestros hermanos allá',
 'We do not agree with the way our brothers and sisters are treated over there',
 'press_conference',
 [('MÉXICO, 21 oct (Xinhua) — La presidenta de México, Claudia Sheinbaum, informó hoy martes que 2.382 mexicanos han sido detenidos en Estados Unidos desde el inicio del actual gobierno encabezado por su homólogo Donald Trump.','hoy martes'),
  ('«No estamos de acuerdo con la manera en que se trata nuestros hermanos allá», señaló la mandataria sobre las redadas.',None)],
 [('mass_deportations','against','medium','Speaking of the US raids, she rejects the treatment of Mexicans detained in them.')])
# Proceso Sheinbaum 2025-10-21
u=source('https://www.proceso.com.mx/nacional/2025/10/21/van-mas-de-mil-mexicanos-detenidos-en-eu-desde-el-inicio-de-la-administracion-trump-sheinbaum-361224.html','Van más de mil mexicanos detenidos en EU desde el inicio de la administración Trump: Sheinbaum','Proceso','2025-10-21')
st('claudia-sheinbaum','2025-10-21',u,
 'Son mil 390 personas detenidas, del 6 de junio que iniciaron las redadas al 20 de octubre. En total, del 20 de enero al 20 de octubre, van 2 mil 382',
 'There are 1,390 people detained from 6 June, when the raids began, to 20 October. In total, from 20 January to 20 October, the count is 2,382',
 'press_conference',
 [('La presidenta Claudia Sheinbaum en la conferencia matutina de Palacio Nacional, el martes 21 de octubre de 2025. Foto: Miguel Dimayuga','el martes 21 de octubre de 2025'),
  ('“Son mil 390 personas detenidas, del 6 de junio que iniciaron las redadas al 20 de octubre. En total, del 20 de enero al 20 de octubre, van 2 mil 382” y aseguró que darán a conocer el número de mexicanos que han perdido la vida por estas detenciones.',None)],
 [('mass_deportations','neutral','high','She reports counts of Mexicans detained in the US raids without evaluative framing.')],sdr=True)
# expansion Velasco 2025-10-24
u=source('https://politica.expansion.mx/presidencia/2025/10/24/10-mexicanos-fallecen-en-custodia-del-ice-en-segundo-mandato-de-trump','10 mexicanos fallecen en custodia del ICE en segundo mandato de Trump','Expansión Política','2025-10-24')
d=('vie 24 octubre 2025 06:36 PM','vie 24 octubre 2025')
st('roberto-velasco','2025-10-24',u,
 'Del 20 de enero a la fecha, 10 personas mexicanas han perdido la vida bajo custodia de ICE o durante operativos migratorios',
 'From 20 January to date, 10 Mexican people have lost their lives in ICE custody or during immigration operations',
 'press_conference',
 [d,('"Del 20 de enero a la fecha, 10 personas mexicanas han perdido la vida bajo custodia de ICE o durante operativos migratorios", detalló.\n\nDurante una conferencia de prensa encabezada por el canciller Juan Ramón de la Fuente para abordar temas migratorios, Velasco dijo que el gobierno de México manifiesta su rechazo a las muertes de mexicanos, por lo que ya envió 13 notas diplomáticas.',None)],
 [('mass_deportations','against','medium','He reports a count of deaths of Mexicans in ICE custody or during immigration operations, a harm count.')],sdr=True,event='EVT-00422')
st('roberto-velasco','2025-10-24',u,
 'La instrucción que he recibido muy puntualmente del canciller y de la presidenta Sheinbaum pues es darle seguimiento a estos 10 casos y naturalmente que le hemos expresado una indignación y preocupación profunda a las autoridades del gobierno de Estados Unidos',
 'The instruction I have received very specifically from the foreign minister and from President Sheinbaum is to follow up on these 10 cases, and naturally we have expressed deep indignation and concern to the authorities of the United States government',
 'press_conference',
 [d,('“La instrucción que he recibido muy puntualmente del canciller y de la presidenta Sheinbaum pues es darle seguimiento a estos 10 casos y naturalmente que le hemos expresado una indignación y preocupación profunda a las autoridades del gobierno de Estados Unidos por el número de casos que estamos dando a conocer”, expresó el subsecretario.',None)],
 [('mass_deportations','against','medium','He conveys Mexico\'s indignation to the US over deaths of Mexicans in immigration custody.')],sdr=True,event='EVT-00422')
st('roberto-velasco','2025-10-24',u,
 'No necesariamente son todos atribuibles a una actuación de ICE, pero al ser personas que están bajo custodia de ICE naturalmente que hay una responsabilidad, o bien, al ser durante un proceso de detención, pues hay una potencial responsabilidad',
 'They are not necessarily all attributable to an action by ICE, but since these are people in ICE custody there is naturally a responsibility, or, since it happened during a detention process, there is a potential responsibility',
 'press_conference',
 [d,('"No necesariamente son todos atribuibles a una actuación de ICE, pero al ser personas que están bajo custodia de ICE naturalmente que hay una responsabilidad, o bien, al ser durante un proceso de detención, pues hay una potencial responsabilidad”, comentó.',None)],
 [('mass_deportations','against','low','He holds ICE potentially responsible for deaths of Mexicans in its custody.')],sdr=True,event='EVT-00422')
# SRC-01360 Comisión Permanente communiqué 2025-07-23
a=actor('mx-comision-permanente','Comisión Permanente del Congreso de la Unión (Mexico)','legislature','MEX',None,'Standing committee of the Mexican Congress sitting during recess')
st(a,'2025-07-23','SRC-01360',
 'La Comisión Permanente del Congreso de la Unión condenó enérgicamente la persecución violenta y arbitraria de personas migrantes en Estados Unidos de América, pues es violatoria de los más elementales derechos humanos',
 'The Standing Committee of the Congress of the Union strongly condemned the violent and arbitrary persecution of migrants in the United States of America, as it violates the most basic human rights',
 'press_release',
 [('Ciudad de México, 23 de julio (SinEmbargo).- El Congreso de la Unión condenó este miércoles la persecución "violenta y arbitraria" de personas migrantes en Estados Unidos y exigió al Gobierno encabezado por Donald Trump la liberación inmediata de los mexicanos recluidos en el centro de detención migratoria, conocido como "Alcatraz de los Caimanes", en Florida.','este miércoles'),
  ('"La Comisión Permanente del Congreso de la Unión condenó enérgicamente la persecución violenta y arbitraria de personas migrantes en Estados Unidos de América, pues es violatoria de los más elementales derechos humanos", explicó el Congreso en un comunicado.',None)],
 [('mass_deportations','against','high','The congressional body condemns the US campaign of arrests of migrants as violent and arbitrary.')],event='EVT-00443')
# SRC-01326 Sheinbaum 2025-08-12
st('claudia-sheinbaum','2025-08-12','SRC-01326',
 'A nivel diplomático estamos trabajando permanentemente para que permanezcan ahí el menor número de días y que, si ellos así lo deciden, porque hay personas que quieren hacer un juicio en los Estados Unidos, entonces no quieren la deportación inmediata',
 'At the diplomatic level we are working constantly so that they stay there as few days as possible and, if they so decide, because there are people who want to go to court in the United States, so they do not want immediate deportation',
 'press_conference',
 [('Hasta ayer 11 de agosto, había al menos 81 mexicanos recluidos en Alcatraz de los Caimanes (Alligator Alcatraz), centro de detención de migrantes en Florida, Estados Unidos, reconocido por sus violaciones a derechos humanos.\n\nEn su conferencia matutina habitual, la presidenta de la República, Claudia Sheinbaum informó que el Consulado Mexicano en EU ha mantenido contacto con los connacionales recluidos.','Hasta ayer 11 de agosto'),
  ('“A nivel diplomático estamos trabajando permanentemente para que permanezcan ahí el menor número de días y que, si ellos así lo deciden, porque hay personas que quieren hacer un juicio en los Estados Unidos, entonces no quieren la deportación inmediata; pero aquellos que lo quieran hacer de inmediato nosotros les damos todo el apoyo',None)],
 [('mass_deportations','neutral','medium','She describes diplomatic efforts to shorten the detention of Mexicans and to support those who choose quick deportation.')],sdr=True)
# sinembargo Sheinbaum 2025-07-11
u=source('https://www.sinembargo.mx/4675210/sheinbaum-protesta-por-redadas-injustas-en-california-calculan-100-detenidos-ayer/','Sheinbaum protesta por redadas injustas en California; calculan 100 detenidos ayer','SinEmbargo','2025-07-11')
st('claudia-sheinbaum','2025-07-11',u,
 'Estamos ampliando los recursos y el presupuesto de los consulados, sobre todo, para el apoyo jurídico y el apoyo legal que requieren los hermanos y hermanas allá. Los montos y todo los voy a platicar el lunes con Hacienda, ya se los vamos a informar, pero que no falte ningún recurso para apoyar a nuestros hermanos.',
 'We are expanding the consulates\' resources and budget, above all for the legal support our brothers and sisters over there need. I will discuss the amounts and everything with the Finance Ministry on Monday and we will inform you, but there must be no shortage of resources to support our brothers and sisters.',
 'press_conference',
 [('Ciudad de México, 11 de julio (SinEmbargo).- La Presidenta Claudia Sheinbaum Pardo expresó este viernes su rechazo a las redadas masivas realizadas ayer en California, las cuales provocaron enfrentamientos entre las autoridades y grupos defensores de derechos, y han dejado un saldo de al menos 100 migrantes detenidos, de acuerdo con medios locales.','este viernes'),
  ('"Estamos ampliando los recursos y el presupuesto de los consulados, sobre todo, para el apoyo jurídico y el apoyo legal que requieren los hermanos y hermanas allá. Los montos y todo los voy a platicar el lunes con Hacienda, ya se los vamos a informar, pero que no falte ningún recurso para apoyar a nuestros hermanos.',None)],
 [('humanitarian_assistance','favor','medium','She announces more consular funding for legal aid to Mexicans affected by the US raids.')])
write('chunk_03.jsonl')
