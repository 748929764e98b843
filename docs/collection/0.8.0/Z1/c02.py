from lib import *
u=source('https://prd.senado.gob.mx/wp/version-de-la-conferencia-de-prensa-ofrecida-por-el-coordinador-del-grupo-parlamentario-del-prd-miguel-angel-mancera-espinosa/','Versión de la conferencia de prensa ofrecida por el coordinador del Grupo Parlamentario del PRD, Miguel Ángel Mancera Espinosa.','Grupo Parlamentario del PRD en el Senado','2019-06-13',stype='transcript')
act('miguel-angel-mancera','Miguel Ángel Mancera Espinosa','person','MEX','mx-senate','Senator (PRD) and coordinator of the PRD group in the Senate (2018-2024)')
st('miguel-angel-mancera','2019-06-13',u,'document_excerpt','lo que nosotros estamos advirtiendo es este lapso de los 45 días, que es más bien un periodo de prueba para ver cómo funciona la implementación de esto que fue lo que México propuso para evitar lo que se estaba pidiendo, que era realmente pasar a la calidad de tercer país en el tema de asilo',
 'What we are noting is this 45-day window, which is really a trial period to see how the implementation of what Mexico proposed works, in order to avoid what was being demanded, which was really to take on the status of a third country on asylum.',
 'press_conference',
 [('Versión de la conferencia de prensa ofrecida por el coordinador del Grupo Parlamentario del PRD, Miguel Ángel Mancera Espinosa.\n\n\nCiudad de México, 13 de junio de 2019','13 de junio de 2019'),
  ('Entonces con todo este marco, lo que nosotros estamos advirtiendo es este lapso de los 45 días, que es más bien un periodo de prueba para ver cómo funciona la implementación de esto que fue lo que México propuso para evitar lo que se estaba pidiendo, que era realmente pasar a la calidad de tercer país en el tema de asilo; entonces vamos a esperar, vamos a hacer las preguntas pertinentes a quienes van a venir para acá tanto del escenario económico, como de este doble escenario que es un poco de política exterior y de política interior.',None)],
 [('us_mexico_cooperation','neutral','medium','The PRD leader describes the June 2019 migration deal as a 45-day trial of what Mexico offered and says his group will question officials, without taking a side.'),
  ('safe_third_country','neutral','low','He notes the deal was Mexico\'s way to avoid the US demand that it become a third country for asylum, without stating his own position.')])
write('chunk_02.jsonl')
# Maria Antonieta Perez Reyes press release 21 Jan 2025 (SRC-01086)
st('maria-antonieta-perez-reyes','2025-01-21','SRC-01086','document_excerpt','hubo casos de personas que ya tenían agendada su cita con el CBP One y lograron pasar el día de ayer a las 6 de la mañana, fue un grupo de cien personas que ingresaron, pero fueron los últimos que de manera milagrosa pasaron',
 'There were cases of people who already had their CBP One appointment scheduled and managed to cross yesterday at 6 in the morning; it was a group of a hundred people who entered, but they were the last ones, who miraculously got through.',
 'press_release',
 [('Ciudad Juárez, Chih., a 21 de enero del 2025.- La diputada local por el Distrito X de Ciudad Juárez, María Antonieta Pérez Reyes enfatizó que,','a 21 de enero del 2025'),
  ('Pérez Reyes detalló que se “hubo casos de personas que ya tenían agendada su cita con el\nCBP One y lograron pasar el día de ayer a las 6 de la mañana, fue un grupo de cien personas que ingresaron, pero fueron los últimos que de manera milagrosa pasaron, porque tenían su cita ante de que tom',None)],
 [('cbp_one','neutral','medium','The deputy reports that about a hundred people with CBP One appointments were the last to cross before the app stopped being honoured, describing the cut-off without a stated position.')])
write('chunk_02.jsonl')
