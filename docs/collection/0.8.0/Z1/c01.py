from lib import *
# 1. Focil, PRD Senate group's own version of his speech (SRC-01132)
s='SRC-01132'
t='consideramos pertinente que el Senado de la República se pronuncié ante la reimplementación de este nuevo mecanismo denominado “Quédate en México”, con el cual nuestro país se compromete a que “por razones humanitarias y de manera temporal, no retornará a sus países de origen a ciertas personas que esperarán en México su proceso migratorio ante cortes estadounidenses”'
st('juan-manuel-focil','2021-12-09',s,'document_excerpt',t,
 'We consider it appropriate for the Senate of the Republic to take a position on the re-implementation of this new mechanism called "Remain in Mexico", under which our country commits that "for humanitarian reasons and temporarily, it will not return to their countries of origin certain people who will wait in Mexico for their immigration proceedings before US courts".',
 'speech',
 [('Versión de la intervención del senador del Grupo Parlamentario del PRD, Juan Manuel Fócil Pérez, para referirse al programa “Quédate en México”\n\n\nCiudad de México, 09 de diciembre de 2021.','09 de diciembre de 2021'),
  ('Por ello, ante este fenómeno que no es ajeno a la historia de nuestro país, consideramos pertinente que el Senado de la República se pronuncié ante la reimplementación de este nuevo mecanismo denominado “Quédate en México”, con el cual nuestro país se compromete a que “por razones humanitarias y de manera temporal, no retornará a sus países de origen a ciertas personas que esperarán en México su proceso migratorio ante cortes estadounidenses”.',None)],
 [('mpp','neutral','medium','The senator asks the Senate to take a position on the re-implementation of Remain in Mexico and describes it without endorsing it.'),
  ('mexico_accepts_returnees','neutral','medium','He describes Mexico\'s commitment to keep, rather than return, the people who will wait in Mexico for US court proceedings.')])
# 2. Rocio Nahle, Veracruz governor, 20 Jan 2025
u=source('https://www.elpinero.mx/gobernanza-y-unidad-frente-a-politicas-migratorias-rocio-nahle','Gobernanza y unidad frente a políticas migratorias: Rocío Nahle','El Piñero de la Cuenca','2025-01-20')
act('rocio-nahle','Rocío Nahle García','person','MEX',None,'Governor of Veracruz (2024- )')
st('rocio-nahle','2025-01-20',u,'direct_quote','Nuestros migrantes son hombres y mujeres trabajadores que han contribuido significativamente al desarrollo de Estados Unidos. Si tienen que regresar, aquí en Veracruz siempre tendrán su casa',
 'Our migrants are hard-working men and women who have contributed significantly to the development of the United States. If they have to come back, here in Veracruz they will always have a home.',
 'interview',
 [('Orizaba, Ver., lunes 20 de enero de 2025.- En México y Veracruz se ha diseñado una estrategia integral para garantizar el bienestar de los connacionales deportados, en caso de que se concrete la política migratoria anunciada por Donald Trump como presidente de Estados Unidos, informó la gobernadora Rocío Nahle García.','lunes 20 de enero de 2025'),
  ('“La fuerza de México radica en nuestra cultura y nuestras raíces. Nuestros migrantes son hombres y mujeres trabajadores que han contribuido significativamente al desarrollo de Estados Unidos. Si tienen que regresar, aquí en Veracruz siempre tendrán su casa”, afirmó en entrevista para Grupo Radiofónico Rogsa.',None)],
 [('humanitarian_assistance','favor','medium','The governor promises that Veracruz will receive and house its nationals if they are deported.')])
write('chunk_01.jsonl')
# 3. Sheinbaum 18 Mar 2025 Guantanamo note
u=source('https://grupotanmedios.com.mx/?p=185928','[headline not shown in the stored copy]','Grupo Tan Medios','2025-03-18')
st('claudia-sheinbaum','2025-03-18',u,'direct_quote','En cuanto el gobierno del presidente Trump informó que iba a llevar a personas que ellos, no solamente no tienen documentos, sino que consideraban que habían tenido algún delito, a Guantánamo, nosotros hicimos una nota diplomática el mismo día',
 'As soon as President Trump\'s government announced that it was going to take people who, in their view, not only lack documents but had committed some crime to Guantánamo, we sent a diplomatic note that same day.',
 'press_conference',
 [('Martes, 18 de marzo de 2025.',None),
  ('El gobierno de México envió una nota diplomática a Washington cuando Donald Trump anunció que iba a enviar a deportados a un recinto en la base naval estadounidense de Guantánamo, en Cuba, para evitar que la medida incluyera a ciudadanos mexicanos, dijo el martes la presidenta Claudia Sheinbaum.','dijo el martes'),
  ('«En cuanto el gobierno del presidente Trump informó que iba a llevar a personas que ellos, no solamente no tienen documentos, sino que consideraban que habían tenido algún delito, a Guantánamo, nosotros hicimos una nota diplomática el mismo día», afirmó la mandataria.',None)],
 [('third_country_removals','against','medium','The president says Mexico protested by diplomatic note as soon as the US announced sending deportees to Guantánamo.')])
write('chunk_01.jsonl')
