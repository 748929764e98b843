from add import add
C="https://circuitofrontera.com/2022/10/28/no-abriran-mas-albergues-para-migrantes-en-la-ciudad/"
add("chunk_04.jsonl",[
{"kind":"source","url":C,"title":"[headline not shown in the stored copy]","publisher":"Circuito Frontera","original_publisher":None,"author":None,"published_date":"2022-10-28","source_type":"news_article","language":"es","accessed_date":"2026-12-04"},
{"kind":"statement","actor_id":"cruz-perez-cuellar","date":"2022-10-28","source":C,"event_id":None,"statement_type":"direct_quote",
 "text":"Ahí está el Onix, algunos no quieren ir allí, pero esa es decisión de ellos, queremos insistir en que no se queden a la intemperie, y que esto no les genera ningún beneficio, sino al contrario, les perjudica en si intención de cruzar hacia Estados Unidos",
 "language":"es","text_en":"The Onix [shelter] is there; some do not want to go there, but that is their decision. We want to insist that they not stay out in the open, and that this brings them no benefit; on the contrary, it harms their aim of crossing into the United States.",
 "channel":"press_conference",
 "evidence":[
  {"excerpt":"Autoridades municipales reportaron este viernes que la llegada de migrantes venezolanos a Ciudad Juárez disminuyó, por lo que no será necesario abrir más albergues.","date_cue":"este viernes"},
  {"excerpt":"Ante esta situación, el alcalde, Cruz Pérez Cuéllar, declaró que, incluso, el albergue de la “Casa Onix“, el cual fue abierto apenas hace unos días, continúa con carácter de provisional y seguramente cerrará dentro de unas semanas.\n“Ahí está el Onix, algunos no quieren ir allí, pero esa es decisión de ellos, queremos insistir en que no se queden a la intemperie, y que esto no les genera ningún beneficio, sino al contrario, les perjudica en si intención de cruzar hacia Estados Unidos”, señaló.","date_cue":None}],
 "stances":[{"target":"humanitarian_assistance","stance":"favor","confidence":"medium","rationale":"The mayor urges migrants to use the temporary city shelter instead of sleeping outdoors.","annotator_id":"ann-a"}]},
])
