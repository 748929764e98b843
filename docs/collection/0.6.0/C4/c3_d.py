from add import add
E="https://www.elpais.cr/2022/10/21/mexico-espera-que-eeuu-aumente-las-24-000-visas-para-migrantes-venezolanos/"
add("chunk_03.jsonl",[
{"kind":"source","url":E,"title":"[headline not shown in the stored copy]","publisher":"El País (Costa Rica)","original_publisher":"Sputnik","author":None,"published_date":"2022-10-21","source_type":"wire_report","language":"es","accessed_date":"2026-12-04"},
{"kind":"statement","actor_id":"andres-manuel-lopez-obrador","date":"2022-10-21","source":E,"event_id":None,"statement_type":"direct_quote",
 "text":"Son 24.000 (las visas), no son suficientes, pero hay que empezarlas a demandar, y en la medida que se vayan otorgando y no alcancen, estoy seguro que el Gobierno de EEUU las va a ampliar, y todos pediríamos eso",
 "language":"es","text_en":"There are 24,000 (visas); they are not enough, but people have to start applying for them, and as they are granted and run out, I am sure the US government will expand them, and we would all ask for that.",
 "channel":"press_conference",
 "evidence":[
  {"excerpt":"Ciudad de México, 21 oct (Sputnik).- El presidente mexicano, Andrés Manuel López Obrador, celebró las 24.000 visas humanitarias que EEUU destinará para migrantes venezolanos como un primer paso, y espera que aumenten ese número porque las considera insuficientes.","date_cue":"21 oct"},
  {"excerpt":"«Son 24.000 (las visas), no son suficientes, pero hay que empezarlas a demandar, y en la medida que se vayan otorgando y no alcancen, estoy seguro que el Gobierno de EEUU las va a ampliar, y todos pediríamos eso», dijo el gobernante a periodistas.","date_cue":None}],
 "stances":[{"target":"us_mexico_cooperation","stance":"favor","confidence":"medium","rationale":"The president backs the US humanitarian-visa scheme agreed alongside Mexico and asks that it be expanded.","annotator_id":"ann-a"}]},
])
