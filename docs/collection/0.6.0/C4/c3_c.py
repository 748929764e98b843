from add import add
J="https://jornada.com.mx/notas/2023/01/06/mundo/mexico-apoya-programa-de-eu-para-la-region"
add("chunk_03.jsonl",[
{"kind":"source","url":J,"title":"[headline not shown in the stored copy]","publisher":"La Jornada","original_publisher":None,"author":None,"published_date":"2023-01-06","source_type":"news_article","language":"es","accessed_date":"2026-12-04"},
{"kind":"statement","actor_id":"mx-sre","date":"2023-01-05","source":J,"event_id":"EVT-00148","statement_type":"direct_quote",
 "text":"Estados Unidos ha respondido positivamente a las solicitudes de México de expandir los mecanismos de movilidad laboral y humanitaria",
 "language":"es","text_en":"The United States has responded positively to Mexico's requests to expand labour and humanitarian mobility mechanisms.",
 "channel":"press_release",
 "evidence":[
  {"excerpt":"El gobierno de México recibió ayer con agrado el anuncio de Estados Unidos de que incluirá a migrantes de Cuba, Haití y Nicaragua, al programa migratorio aplicado a venezolanos, por el que se abre la puerta a quienes cumplan una serie de estrictos requisitos, y se cierra a todos los que pretendan ingresar de manera irregular.","date_cue":"ayer"},
  {"excerpt":"El gobierno de México, por conducto de la SRE y SG, planteó que “Estados Unidos ha respondido positivamente a las solicitudes de México de expandir los mecanismos de movilidad laboral y humanitaria”.","date_cue":None}],
 "stances":[{"target":"us_mexico_cooperation","stance":"favor","confidence":"high","rationale":"The government presents the expanded US humanitarian-permit scheme as a positive US answer to Mexico's own requests.","annotator_id":"ann-a"}]},
])
