from lib import *
u=source('https://diariotijuana.com/atiende-municipio-de-tijuana-a-personas-en-contexto-de-movilidad','[headline not shown in the stored copy]','Diario Tijuana','2021-02-19',stype='press_release',orig='Ayuntamiento de Tijuana')
dl='TIJUANA, FEBRERO 19, 2021.- En relación a la aglomeración de migrantes en la garita internacional El Chaparral que guardan la esperanza de ser admitidos en el programa de asilo en Estados Unidos, se informa que: la Unidad Municipal de Atención Ciudadana, se acercó al lugar a las 6:00 de la mañana para levantar un primer censo, determinando que había alrededor de 200 adultos y 89 infantes.'
t1='Con un equipo conformado por: médicos, psicólogos y trabajadores sociales, los directores permanecieron en el lugar para brindar atención y apoyo a los migrantes que se encontraban en la zona'
st('tijuana-city-government','2021-02-19',u,'document_excerpt',t1,
 'With a team made up of doctors, psychologists and social workers, the directors stayed at the site to provide care and support to the migrants who were in the area.',
 'press_release',
 [(dl,'TIJUANA, FEBRERO 19, 2021.-'),
  ('Con un equipo conformado por: médicos, psicólogos y trabajadores sociales, los directores permanecieron en el lugar para brindar atención y apoyo a los migrantes que se encontraban en la zona, donde más tarde arribaron ciudadanos centro americanos y haitianos, alcanzando una cifra aproximada de 500 personas.',None)],
 [('humanitarian_assistance','favor','medium','The city government reports sending medical, psychological and social-work staff to assist the asylum seekers gathered at El Chaparral.')])
t2='Los titulares del SDIF y la Dirección Municipal de Atención al Migrante, sostuvieron una reunión con Manuel Marín, Delegado del Instituto Nacional de Migración, en la que se atestiguó el ingreso de 25 personas al territorio Estadounidense ya que eran los únicos que estaban citados para el día de hoy, bajo el programa MPP, para continuar con su trámite de asilo en el vecino país.'
st('tijuana-city-government','2021-02-19',u,'document_excerpt','se atestiguó el ingreso de 25 personas al territorio Estadounidense ya que eran los únicos que estaban citados para el día de hoy, bajo el programa MPP, para continuar con su trámite de asilo en el vecino país.',
 '25 people were seen entering US territory, as they were the only ones given an appointment for today under the MPP programme, to continue their asylum process in the neighbouring country.',
 'press_release',
 [(dl,'TIJUANA, FEBRERO 19, 2021.-'),
  (t2,None)],
 [('mpp','neutral','medium','The city bulletin describes the first 25 people enrolled in MPP being let into the US to continue their asylum cases, without evaluation.')])
write('chunk_04.jsonl')
# Tijuana city bulletin 8 Dec 2021 (El Chaparral diagnosis)
u=source('https://diariotijuana.info/2021/12/participan-funcionarios-del-ayuntamiento-en-foro-consultivo-para-la-atencion-a-la-poblacion-migrante','[headline not shown in the stored copy]','Diario Tijuana','2021-12-08',stype='press_release',orig='Ayuntamiento de Tijuana')
t='La DMAM realizó un diagnóstico del campamento El Chaparral donde 228 personas lo abandonaron de manera voluntaria y destacó la labor de convencimiento del personal para reubicarlos en espacios en donde cuenten con las condiciones adecuadas para su conveniencia, además del apoyo para el pago de los gastos del traslado de ciudadanos que decidieron regresar a su lugar de origen.'
st('tijuana-city-government','2021-12-08',u,'document_excerpt',t,
 'The Municipal Migrant Affairs Office carried out an assessment of the El Chaparral camp, where 228 people left voluntarily, and highlighted its staff\'s work persuading them to relocate to places with adequate conditions, as well as support paying the travel costs of those who decided to return to their places of origin.',
 'press_release',
 [('TIJUANA, DICIEMBRE 8, 2021.- Luego de priorizar el tema de la migración en la ciudad fronteriza, el Director Municipal de Atención al Migrante (DMAM), Enrique Lucero, destacó que más que un ordenamiento legal, es fundamental contar con un protocolo de atención para este sector de la población.','TIJUANA, DICIEMBRE 8, 2021.-'),
  (t,None)],
 [('humanitarian_assistance','favor','medium','The city bulletin presents relocation to adequate shelter and paid travel home for people leaving the El Chaparral camp as its own assistance.')])
write('chunk_04.jsonl')
