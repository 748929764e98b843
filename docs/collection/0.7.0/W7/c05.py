from lib import *
R=[]
U="https://www.ntn24.com/noticias-actualidad/llego-a-colombia-un-vuelo-con-101-ciudadanos-deportados-desde-estados-unidos-604871"
R.append(src(U,"[headline not shown in the stored copy]","NTN24",published_date="2026-02-06"))
E1=("En la noche del 5 de febrero, el Gobierno de Colombia anunció la llegada de un nuevo vuelo con más de un centenar ciudadanos deportados desde Estados Unidos.\n\n\"El Gobierno del Cambio del Presidente Gustavo Petro Urrego acompañó, este 5 de febrero, el retorno digno de 101 connacionales desde Estados Unidos, entre ellos 28 mujeres, 72 hombres y un menor de edad, quienes arribaron al país en un vuelo humanitario operado por la Fuerza Aeroespacial Colombiana\", informó la Cancillería en sus redes sociales.","En la noche del 5 de febrero")
R.append(st("co-cancilleria","2026-02-05",U,
 "El Gobierno del Cambio del Presidente Gustavo Petro Urrego acompañó, este 5 de febrero, el retorno digno de 101 connacionales desde Estados Unidos, entre ellos 28 mujeres, 72 hombres y un menor de edad, quienes arribaron al país en un vuelo humanitario operado por la Fuerza Aeroespacial Colombiana",
 "President Gustavo Petro Urrego's Government of Change accompanied, this 5 February, the dignified return of 101 nationals from the United States, among them 28 women, 72 men and one minor, who arrived in the country on a humanitarian flight operated by the Colombian Aerospace Force",
 "social_media",[E1],
 [("mass_deportations","neutral","medium","The ministry reports a deportation flight of nationals it operated, with figures and no judgement of the removals."),
  ("humanitarian_assistance","favor","medium","It presents its own accompaniment of the returnees as a dignified return.")]))
E2=("llega después de que el 29 de enero, el Gobierno anunciara la reanudación de vuelos de repatriación para colombianos deportados desde la unión americana.\n\n\"El Ministerio de Relaciones Exteriores tiene el gusto de informar que a partir de hoy, siguiendo nuestro compromiso con el trato digno a nuestros connacionales, bajo el liderazgo del presidente Gustavo Petro, y en cooperación con la Fuerza Aérea, reanudamos los vuelos de repatriación de connacionales deportados desde Estados Unidos\", señaló el organismo gubernamental en ese entonces.","el 29 de enero, el Gobierno anunciara")
R.append(st("co-cancilleria","2026-01-29",U,
 "El Ministerio de Relaciones Exteriores tiene el gusto de informar que a partir de hoy, siguiendo nuestro compromiso con el trato digno a nuestros connacionales, bajo el liderazgo del presidente Gustavo Petro, y en cooperación con la Fuerza Aérea, reanudamos los vuelos de repatriación de connacionales deportados desde Estados Unidos",
 "The Ministry of Foreign Affairs is pleased to report that as of today, in keeping with our commitment to the dignified treatment of our nationals, under the leadership of President Gustavo Petro and in cooperation with the Air Force, we are resuming repatriation flights for nationals deported from the United States",
 "press_release",[E2],
 [("mass_deportations","neutral","medium","The ministry announces it is resuming its own repatriation flights for nationals deported from the US, without judging the removals.")]))
write("chunk_05.jsonl",R)
U2="https://www.infobae.com/venezuela/2025/03/22/el-regimen-de-nicolas-maduro-anuncio-que-reanudara-los-vuelos-de-repatriacion-de-migrantes-con-estados-unidos"
R.append(src(U2,"[headline not shown in the stored copy]","Infobae",published_date="2025-03-22"))
E1=("El régimen de Venezuela anunció este sábado que acordó con Estados Unidos reanudar los vuelos de repatriación de migrantes a partir de este domingo, luego de haber denunciado un bloqueo por parte del Departamento de Estado norteamericano de las operaciones de deportación.","anunció este sábado")
E2=("indicó el representante del chavismo en las negociaciones con Estados Unidos, Jorge Rodríguez, en un comunicado publicado en Instagram.\n“Migrar no es un delito, y no descansaremos hasta lograr el regreso de todos quienes lo requieran y hasta rescatar a nuestros hermanos secuestrados en El Salvador”, completó.",None)
R.append(st("jorge-rodriguez-ve","2025-03-22",U2,
 "Migrar no es un delito, y no descansaremos hasta lograr el regreso de todos quienes lo requieran y hasta rescatar a nuestros hermanos secuestrados en El Salvador",
 "Migrating is not a crime, and we will not rest until we achieve the return of all who need it and until we rescue our brothers kidnapped in El Salvador",
 "social_media",[E1,E2],
 [("third_country_removals","against","high","He calls the Venezuelans sent by the US to El Salvador kidnapped and vows to rescue them.")]))
write("chunk_05.jsonl",R)
