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
# BC state government bulletin 5 Jun 2023 (family migrant centre)
u=source('https://diariotijuana.info/?p=421383','[headline not shown in the stored copy]','Diario Tijuana','2023-06-05',stype='press_release',orig='Gobierno del Estado de Baja California')
full='TIJUANA, JUNIO 5, 2023.-La gobernadora Marina del Pilar anunció el inicio de operación del Centro de Atención Integral para Familias migrantes, el cual contó con un recurso superior a los 24 mdp por parte de DIF nacional, a través del cual se fortalece en el Estado el trabajo interinstitucional para garantizar los derechos y la seguridad de las familias en situación de movilidad nacionales o extranjeras que diariamente llegan a esta frontera.'
t='se fortalece en el Estado el trabajo interinstitucional para garantizar los derechos y la seguridad de las familias en situación de movilidad nacionales o extranjeras que diariamente llegan a esta frontera.'
st('bc-state-government','2023-06-05',u,'document_excerpt','La gobernadora Marina del Pilar anunció el inicio de operación del Centro de Atención Integral para Familias migrantes, el cual contó con un recurso superior a los 24 mdp por parte de DIF nacional',
 'Governor Marina del Pilar announced the start of operations of the Comprehensive Care Centre for migrant families, funded with more than 24 million pesos from the national DIF.',
 'press_release',
 [(full,'TIJUANA, JUNIO 5, 2023.-'),
  ('El espacio, ubicado en la col. Mariano Matamoros de la ciudad de Tijuana, podrá recibir hasta 300 personas integradas en núcleos familiares que tengan al menos un miembro menor de 18 años.',None)],
 [('humanitarian_assistance','favor','medium','The state government announces a new shelter and care centre for migrant families arriving at the Tijuana border as its own measure.')])
write('chunk_05.jsonl')
