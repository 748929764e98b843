from add import add
add("chunk_03.jsonl",[
{"kind":"statement","actor_id":"andres-manuel-lopez-obrador","date":"2023-01-16","source":"SRC-01126","event_id":None,"statement_type":"direct_quote",
 "text":"Los otros presidentes hacían muros, los ampliaban, no es de esa manera como se resuelve el problema migratorio, el presidente Biden está entendiendo esto, está apoyando para que la gente se quede en sus lugares de origen, está apoyando con visas, fue muy bueno el encuentro con el presidente",
 "language":"es","text_en":"The other presidents built walls, they extended them; that is not the way the migration problem is solved. President Biden understands this, he is helping so that people stay in their places of origin, he is helping with visas; the meeting with the president was very good.",
 "channel":"press_conference",
 "evidence":[
  {"excerpt":"CIUDAD DE MÉXICO, enero 16 (EL UNIVERSAL).- El presidente Andrés Manuel López Obrador volvió a defender al presidente de Estados Unidos, Joe Biden, y a su política migratoria.\n\nEn conferencia de prensa sostuvo que su homólogo del país vecino del norte, no solo no ha ampliado el muro fronterizo, sino que además trabaja por el bien de los migrantes.","date_cue":"enero 16"},
  {"excerpt":"\"Los otros presidentes hacían muros, los ampliaban, no es de esa manera como se resuelve el problema migratorio, el presidente Biden está entendiendo esto, está apoyando para que la gente se quede en sus lugares de origen, está apoyando con visas, fue muy bueno el encuentro con el presidente, estamos pidiendo que se regule la situación de millones de migrantes mexicanos que viven y que trabajando honradamente en Estados Unidos, eso depende mucho del Congreso de Estados Unidos\", puntualizó.","date_cue":None}],
 "stances":[{"target":"us_mexico_cooperation","stance":"favor","confidence":"medium","rationale":"The president praises Biden's migration approach, including visas, and calls their recent meeting very good.","annotator_id":"ann-a"}]},
])
