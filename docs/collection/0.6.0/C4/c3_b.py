from add import add
add("chunk_03.jsonl",[
{"kind":"actor","actor_id":"mx-csos-title42-flights-2021-09","name":"Asylum Access México, FJEDD, Sin Fronteras, IMUMI and partner organisations (September 2021 communiqué on US expulsion flights)","actor_type":"ngo","country":"MEX","affiliation_id":None,"role":"Coalition that filed a CNDH complaint and an amparo over Title 42 expulsion flights to southern Mexico"},
{"kind":"statement","actor_id":"mx-csos-title42-flights-2021-09","date":"2021-09-08","source":"SRC-00782","event_id":"EVT-00316","statement_type":"direct_quote",
 "text":"Estas acciones violan el derecho al debido proceso y al asilo, establecido en la legislación nacional e internacional.",
 "language":"es","text_en":"These actions violate the right to due process and to asylum, established in national and international law.",
 "channel":"press_release",
 "evidence":[
  {"excerpt":"CIUDAD DE MÉXICO, septiembre 8 (EL UNIVERSAL).- Los pasados 25 de agosto y 3 de septiembre, cinco organizaciones civiles presentaron una queja y un amparo ante la Comisión Nacional de Derechos Humanos y el Juzgado de Distrito en Materia Administrativa de la Ciudad de México, respectivamente, luego de que comenzaron a arribar al país vuelos provenientes de Estados Unidos con migrantes y personas con necesidades de protección.","date_cue":"septiembre 8"},
  {"excerpt":"En ambos recursos, las organizaciones señalaron cómo el gobierno de México realiza deportaciones ilegales de madrugada y por puntos no establecidos, así como devoluciones en cadena, en las que las personas son expulsadas desde Estados Unidos a aeropuertos de Chiapas y Tabasco, para después ser trasladadas vía terrestre a la frontera con Guatemala por agentes del Instituto Nacional de Migración (INM) y la Guardia Nacional; todo esto sin que las personas reciban información sobre la posibilidad de solicitar protección en México.","date_cue":None},
  {"excerpt":"En un comunicado, las organizaciones condenaron que entre el 5 y 31 de agosto se registraron 34 vuelos provenientes de Estados Unidos.\n\n\"Estas acciones violan el derecho al debido proceso y al asilo, establecido en la legislación nacional e internacional. Además, no toma en cuenta el interés superior de la niñez ni la perspectiva de género, y transgrede el principio internacional de no devolución","date_cue":None}],
 "stances":[
  {"target":"asylum_restrictions","stance":"against","confidence":"medium","rationale":"The organisations condemn the chain of Title 42 expulsion flights and onward removals as a breach of the right to asylum.","annotator_id":"ann-a"},
  {"target":"mexico_accepts_returnees","stance":"against","confidence":"low","rationale":"The actions condemned include Mexico taking in people expelled from the US and moving them on to Guatemala.","annotator_id":"ann-a"}]},
])
