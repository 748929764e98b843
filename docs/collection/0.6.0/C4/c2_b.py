from add import add
T="https://www.diariodelsur.com.mx/local/llega-a-tapachula-vuelo-con-migrantes-expulsados-de-eua-7066250.html/amp"
A="https://amqueretaro.com/mexico/2021/08/20/guatemala-pide-a-mexico-y-eu-informacion-sobre-deportacion-de-migrantes/"
add("chunk_02.jsonl",[
{"kind":"source","url":T,"title":"Llega a Tapachula vuelo con migrantes expulsados de EUA","publisher":"Diario del Sur","original_publisher":None,"author":"Eduardo Torres","published_date":"2021-08-10","source_type":"news_article","language":"es","accessed_date":"2026-12-04"},
{"kind":"event","date_start":"2021-08-10","date_end":None,"date_precision":"day","event_type":"policy_implementation",
 "title":"First US expulsion flight lands in Tapachula; expellees bused to the Guatemalan border",
 "description":"A flight from McAllen, Texas, carrying Central Americans expelled from the United States landed at Tapachula airport; the paper called it the first such removal to Chiapas. Mexico's migration institute (INM) moved more than a hundred people by bus, under military escort, to the Talismán–El Carmen crossing, where they were handed over to Guatemalan authorities.",
 "country":"MEX","location":"Tapachula","actor_ids":["mx-inm"],"sources":[T],"instrument":None,
 "evidence":[
  {"source":T,"excerpt":"Eduardo Torres | Diario del Sur\n\n  · martes 10 de agosto de 2021","date_cue":"martes 10 de agosto de 2021"},
  {"source":T,"excerpt":"Cinco autobuses con guatemaltecos retornados desde Estados Unidos, arribaron esta noche al Aeropuerto Internacional de Tapachula (AIT), procedentes de MC Allen, Texas.\n\nSe trata de la primera deportación a suelo chiapaneco proveniente de la Unión Americana, con centroamericanos que han sido expulsados de aquel país y trasladados hasta la frontera sur mexicana.","date_cue":"esta noche"},
  {"source":T,"excerpt":"La aeronave fue recibida por elementos del Instituto Nacional de Migración (INM), que de inmediato movilizaron a más de un centenar de centroamericanos hacia el puerto fronterizo Talismán-El Carmen.","date_cue":None},
  {"source":T,"excerpt":"Los cinco autobuses fueron custodiados durante todo el trayecto de más de 25 kilómetros por militares y bajo una lluvia pertinaz llegaron a esta franja fronteriza.\n\nDe uno en uno, los autobuses fueron colocándose de frente al pasillo de la garita migratoria, para después comenzar a descender a los guatemaltecos que de manera rápida y enfilados comenzaron a ser entregados a las autoridades de su país de origen, ya dentro del departamento de San Marcos, Guatemala.","date_cue":None}]},
{"kind":"source","url":A,"title":"Guatemala pide a México y EU información sobre deportación de migrantes","publisher":"AM Querétaro","original_publisher":None,"author":None,"published_date":"2021-08-20","source_type":"news_article","language":"es","accessed_date":"2026-12-04"},
{"kind":"event","date_start":"2021-08-01","date_end":None,"date_precision":"month","event_type":"diplomatic_contact",
 "title":"Guatemala asks Mexico and the US for information on expulsions through El Ceibo",
 "description":"Guatemala's foreign ministry said in an official statement that it had asked Mexico and the United States for official information about the irregular movements of migrants, many of them flown from the US to Mexico, who were being bused to the remote El Ceibo crossing in Petén.",
 "country":"GTM","location":"El Ceibo","actor_ids":["gt-minex"],"sources":[A],"instrument":None,
 "evidence":[
  {"source":A,"excerpt":"La cancillería local de Guatemala pidió información a Estados Unidos y México por la deportación de migrantes centroamericanos por una frontera donde no hay controles migratorios ni de bioseguridad por la pandemia.\n\n“La Cancillería de Guatemala ha solicitado información oficial a México y a Estados Unidos sobre estos movimientos migratorios irregulares” que se están haciendo por el paso fronterizo El Ceibo, Pétén, unos 550 km al norte de Ciudad de Guatemala, indica un comunicado oficial.","date_cue":None},
  {"source":A,"excerpt":"Desde hace varios días, por este paso fronterizo con escasa presencia del Estado, han llegado decenas de autobuses con migrantes. Muchos de ellos fueron devueltos en aviones desde Estados Unidos a México, y luego enviados a Guatemala.","date_cue":None}]},
])
