from lib import *
u=source('https://tijuananoticias.info/bc/?p=81655','[headline not shown in the stored copy]','Tijuana Noticias','2021-11-29',stype='press_release',orig='Ayuntamiento de Tijuana')
t='Enrique Lucero, titular de la Dirección de Atención al Migrante, dio a conocer que desde octubre pasado en que inició la actual administración municipal, son 35 los migrantes mexicanos que han sido subsidiados por el Ayuntamiento de Tijuana para retornar a sus lugares de origen, así como una familia de seis integrantes, procedente de Honduras, que estuvo durante cuatro meses en El Chaparral.'
st('tijuana-city-government','2021-11-29',u,'document_excerpt','desde octubre pasado en que inició la actual administración municipal, son 35 los migrantes mexicanos que han sido subsidiados por el Ayuntamiento de Tijuana para retornar a sus lugares de origen, así como una familia de seis integrantes, procedente de Honduras, que estuvo durante cuatro meses en El Chaparral.',
 'Since last October, when the current municipal administration began, 35 Mexican migrants have had their return to their places of origin paid for by the Tijuana city government, as well as a six-member family from Honduras that spent four months at El Chaparral.',
 'press_release',
 [('Tijuana, Baja California, a 29 de noviembre de 2021.- Este lunes una familia de tres integrantes conformada por la madre, y dos hijos de 12 y 9 años de edad, regresó a su lugar de origen luego de permanecer por siete meses en el campamento de El Chaparral.','a 29 de noviembre de 2021'),
  (t,None)],
 [('humanitarian_assistance','favor','medium','The city bulletin reports the municipality paying the journey home for people who had been waiting at the El Chaparral asylum camp, presenting it as its own programme.')])
write('chunk_05.jsonl')
