from add import add
E="https://www.excelsior.com.mx/nacional/eliminacion-del-titulo-42-no-es-un-cambio-sustancial-de-la-politica-migratoria-de-eu-cndh"
add("chunk_01.jsonl",[
{"kind":"statement","actor_id":"mx-csos-communique-2022-10-17","date":"2022-10-17","source":"SRC-01300","event_id":None,"statement_type":"direct_quote",
 "text":"Ofrecer apoyo a 24.00 personas (originarias de Venezuela) cuando el mes pasado (septiembre) más de 25.000 personas venezolanas fueron aprehendidas por la patrulla fronteriza no se puede llamar una solución para garantizar la protección, ni una migración segura, ordenada y regular, mucho menos humanitaria",
 "language":"es","text_en":"Offering support to 24,000 people (from Venezuela) when last month (September) more than 25,000 Venezuelans were apprehended by the Border Patrol cannot be called a solution that guarantees protection, nor safe, orderly and regular migration, much less a humanitarian one.",
 "channel":"press_release",
 "evidence":[
  {"excerpt":"Ciudad de México, 18 oct (Sputnik).- Decenas de organizaciones de la sociedad civil defensoras de las personas migrantes, solicitantes de asilo y refugiadas expresaron el lunes su preocupación sobre el nuevo enfoque de política migratoria que expresan las recientes decisiones adoptadas por México y EEUU.","date_cue":"el lunes"},
  {"excerpt":"«Ofrecer apoyo a 24.00 personas (originarias de Venezuela) cuando el mes pasado (septiembre) más de 25.000 personas venezolanas fueron aprehendidas por la patrulla fronteriza no se puede llamar una solución para garantizar la protección, ni una migración segura, ordenada y regular, mucho menos humanitaria», plantea un comunicado conjunto de las organizaciones.","date_cue":None}],
 "stances":[{"target":"us_mexico_cooperation","stance":"against","confidence":"medium","rationale":"The organisations reject the 24,000-place Venezuelan scheme, part of the joint US-Mexico decisions, as no real solution.","annotator_id":"ann-a"}]},
{"kind":"statement","actor_id":"imumi","date":"2022-10-26","source":"SRC-01222","event_id":None,"statement_type":"document_excerpt",
 "text":"A su vez, el gobierno mexicano anunció que había acordado recibir a la población venezolana expulsada, hasta 1,000 personas por día.",
 "language":"es","text_en":"In turn, the Mexican government announced that it had agreed to receive the expelled Venezuelan population, up to 1,000 people per day.",
 "channel":"official_document",
 "evidence":[
  {"excerpt":"Recomendaciones al Estado mexicano para cumplir con sus obligaciones en materia de derechos humanos con relación a las personas venezolanas en México\n\nCiudad de México, 26 de octubre de 2022","date_cue":"26 de octubre de 2022"},
  {"excerpt":"El 12 de octubre el Departamento de Seguridad Nacional de Estados Unidos (EUA) anunció que iniciaría expulsiones de personas venezolanas a México bajo Título 42.  A su vez, el gobierno mexicano anunció que había acordado recibir a la población venezolana expulsada, hasta 1,000 personas por día.","date_cue":None}],
 "stances":[{"target":"mexico_accepts_returnees","stance":"neutral","confidence":"high","rationale":"The organisation reports Mexico's agreement to take up to 1,000 expelled Venezuelans a day without evaluating it in this sentence.","annotator_id":"ann-a"}]},
{"kind":"source","url":E,"title":"Eliminación del Título 42 no es un cambio sustancial de la política migratoria de EU: CNDH","publisher":"Excélsior","original_publisher":None,"author":"B. Rodríguez","published_date":"2023-05-10","source_type":"news_article","language":"es","accessed_date":"2026-12-04"},
{"kind":"statement","actor_id":"mx-cndh","date":"2023-05-10","source":E,"event_id":None,"statement_type":"direct_quote",
 "text":"La normativa que se aplicará a partir del 12 de mayo es el Título 8 que establece consecuencias graves por cruzar la frontera de aquel país de manera irregular.",
 "language":"es","text_en":"The rules that will apply from 12 May are Title 8, which sets out serious consequences for crossing that country's border irregularly.",
 "channel":"press_release",
 "evidence":[
  {"excerpt":"B. Rodríguez | 10-05-2023","date_cue":"10-05-2023"},
  {"excerpt":"En un comunicado, enfatizó que estarán vigentes otras medidas que criminalizan la migración irregular hacia aquel país.\n\n“La normativa que se aplicará a partir del 12 de mayo es el Título 8 que establece consecuencias graves por cruzar la frontera de aquel país de manera irregular.","date_cue":None}],
 "stances":[{"target":"asylum_restrictions","stance":"neutral","confidence":"medium","rationale":"The commission describes the Title 8 consequences that replace Title 42 without judging them in this sentence.","annotator_id":"ann-a"}]},
])
