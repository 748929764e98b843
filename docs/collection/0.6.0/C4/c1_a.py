from add import add
U="https://www.jornada.com.mx/2023/05/18/politica/007n2pol?partner=rss"
add("chunk_01.jsonl",[
{"kind":"source","url":U,"title":"[headline not shown in the stored copy]","publisher":"La Jornada","original_publisher":None,"author":None,"published_date":"2023-05-18","source_type":"news_article","language":"es","accessed_date":"2026-12-04"},
{"kind":"statement","actor_id":"marcelo-ebrard","date":"2023-05-17","source":U,"event_id":None,"statement_type":"direct_quote",
 "text":"Hay 885 mil posibilidades, bueno, descontando 360 (mil) de mexicanos, que ya el gobierno de Estados Unidos estableció para que puedas hacerlo de una manera documentada y desde tu país con una aplicación que se llama CBP One",
 "language":"es","text_en":"There are 885,000 opportunities, well, minus 360 (thousand) for Mexicans, that the United States government has already set up so that you can do it in a documented way and from your own country with an application called CBP One.",
 "channel":"interview",
 "evidence":[
  {"excerpt":"Hay 885 mil posibilidades, bueno, descontando 360 (mil) de mexicanos, que ya el gobierno de Estados Unidos estableció para que puedas hacerlo de una manera documentada y desde tu país con una aplicación que se llama CBP One .","date_cue":None},
  {"excerpt":"Entrevistado tras encabezar ayer el acto en que la Secretaría de Relaciones Exteriores entregó el primer pasaporte a una persona con género no binario, Ebrard reiteró el llamado del gobierno de México para que los migrantes sigan las vías regulares establecidas por Washington para ingresar a su país.","date_cue":"ayer"}],
 "stances":[{"target":"cbp_one","stance":"favor","confidence":"high","rationale":"The foreign minister points migrants to the CBP One app as the documented route into the US.","annotator_id":"ann-a"}]},
])
