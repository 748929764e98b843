from add import add
P="https://progresohispanonews.com/migracion/estados-unidos-evalua-reinicio-de-la-politica-quedate-en-mexico/"
add("chunk_01.jsonl",[
{"kind":"source","url":P,"title":"[headline not shown in the stored copy]","publisher":"Progreso Hispano News","original_publisher":None,"author":None,"published_date":None,"source_type":"news_article","language":"es","accessed_date":"2026-12-04"},
{"kind":"statement","actor_id":"mx-sre","date":"2023-02-07","source":P,"event_id":"EVT-00135","statement_type":"direct_quote",
 "text":"@SRE_mx rechaza reimplementación de estancias migratorias en México bajo la sección 235(b)(2)(C) de la Ley de EE.UU.",
 "language":"es","text_en":"@SRE_mx rejects the reimplementation of migrant stays in Mexico under section 235(b)(2)(C) of US law.",
 "channel":"social_media",
 "evidence":[
  {"excerpt":"📄 @SRE_mx rechaza reimplementación de estancias migratorias en México bajo la sección 235(b)(2)(C) de la Ley de EE.UU.https://t.co/KcfzFy66y0 pic.twitter.com/GTwXySckS7 — Relaciones Exteriores (@SRE_mx) February 7, 2023","date_cue":"February 7, 2023"}],
 "stances":[
  {"target":"mpp","stance":"against","confidence":"high","rationale":"The foreign ministry states that it rejects any renewed use of INA section 235(b)(2)(C) returns to Mexico.","annotator_id":"ann-a"},
  {"target":"mexico_accepts_returnees","stance":"against","confidence":"medium","rationale":"Rejecting renewed stays in Mexico under the provision amounts to refusing to host returned asylum seekers again.","annotator_id":"ann-a"}]},
])
