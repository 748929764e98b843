from lib import *
u=source('https://lavozdedurango.com.mx/2019/06/11/trump-muestra-acuerdo-no-revelado-con-mexico','[headline not shown in the stored copy]','La Voz de Durango','2019-06-11')
st('marcelo-ebrard','2019-06-11',u,'direct_quote','Cualquier cosa que se conversara, se negociara o se acordara sobre esas cosas, si es que no tenemos éxito -yo espero que sí tengamos-, tendríamos que presentarlo al Senado de la de la República. No son acuerdos que pueda tomar la Cancillería, a eso se refiere',
 'Anything that might be discussed, negotiated or agreed on those matters, if we are not successful (I hope we will be), we would have to present to the Senate of the Republic. These are not agreements the Foreign Ministry can make; that is what it refers to.',
 'press_conference',
 [('El canciller mexicano Marcelo Ebrard dijo hoy que se ha discutido con Estados Unidos las opciones de «país seguro» y «país de asilo», pero confió en que funcionen las medidas ya acordadas.','dijo hoy'),
  ('«Estados Unidos quiere proponer primer país seguro, hay otra discusión sobre primer país de asilo», afirmó Ebrard en el marco de la conferencia mañanera con el Presidente Andrés Manuel López Obrador.\n«Cualquier cosa que se conversara, se negociara o se acordara sobre esas cosas, si es que no tenemos éxito -yo espero que sí tengamos-, tendríamos que presentarlo al Senado de la de la República. No son acuerdos que pueda tomar la Cancillería, a eso se refiere», agregó.',None)],
 [('safe_third_country','neutral','medium','The foreign minister says any safe-third-country arrangement discussed with the US would need Senate approval, describing procedure while hoping it will not be needed.')])
write('chunk_03.jsonl')
# Tijuana city government bulletin, 15 Jun 2021
u=source('https://diariotijuana.com/establece-contacto-presidente-municipal-de-tijuana-con-secretaria-de-gobernacion/?amp=1','[headline not shown in the stored copy]','Diario Tijuana','2021-06-15',stype='press_release',orig='Ayuntamiento de Tijuana')
st('tijuana-city-government','2021-06-15',u,'document_excerpt','La presidenta municipal, Karla Patricia Ruiz Macfarland, estableció contacto con la Secretaria de Gobernación, Olga Sánchez Cordero; esto con la finalidad de encontrar soluciones que permitan resolver las condiciones en que se encuentran las personas en situación de movilidad, que se asentaron en la ciudad a la espera de recibir asilo político por parte del gobierno de Estados Unidos.',
 'The mayor, Karla Patricia Ruiz Macfarland, contacted the Secretary of the Interior, Olga Sánchez Cordero, in order to find solutions to the conditions of the people on the move who have settled in the city while waiting to receive political asylum from the United States government.',
 'press_release',
 [('TIJUANA, JUNIO 15,  2021.- La presidenta municipal, Karla Patricia Ruiz Macfarland, estableció contacto con la Secretaria de Gobernación, Olga Sánchez Cordero; esto con la finalidad de encontrar soluciones que permitan resolver las condiciones en que se encuentran las personas en situación de movilidad, que se asentaron en la ciudad a la espera de recibir asilo político por parte del gobierno de Estados Unidos.','TIJUANA, JUNIO 15,  2021.-')],
 [('humanitarian_assistance','favor','medium','The city government says the mayor sought federal help to resolve the conditions of asylum seekers waiting in Tijuana for US asylum.')])
write('chunk_03.jsonl')
# Tijuana city government bulletin, 9 Dec 2021 (El Chaparral camp)
u=source('https://tijuanaultimahora.com/amp/gobierno/09/12/2021/mas-familias-abandonan-el-chaparral/?bamp-skip-redirect=1','[headline not shown in the stored copy]','Tijuana Última Hora','2021-12-09',stype='press_release',orig='Ayuntamiento de Tijuana')
st('tijuana-city-government','2021-12-09',u,'document_excerpt','Tras reconocer que permanecer en Tijuana no es opción para conseguir el asilo político en los Estados Unidos, dos familias aceptaron el apoyo ofrecido por la Alcaldesa Montserrat Caballero Ramírez para regresar a sus lugares de origen o con familiares.',
 'After acknowledging that staying in Tijuana is not a way to obtain political asylum in the United States, two families accepted the support offered by Mayor Montserrat Caballero Ramírez to return to their places of origin or to relatives.',
 'press_release',
 [('Tijuana, 9 de diciembre de 2021.- Tras reconocer que permanecer en Tijuana no es opción para conseguir el asilo político en los Estados Unidos, dos familias aceptaron el apoyo ofrecido por la Alcaldesa Montserrat Caballero Ramírez para regresar a sus lugares de origen o con familiares.','Tijuana, 9 de diciembre de 2021.-')],
 [('humanitarian_assistance','favor','medium','The city government presents its offer of help to return home, taken up by families leaving the El Chaparral asylum-seekers camp, as its own measure.')])
write('chunk_03.jsonl')
