import json
recs=[]
U1="https://www.elmanana.com/noticias/nacional/deportacion-de-migrantes-acciones-en-chihuahua/5936049"
recs.append({"kind":"source","url":U1,"title":"[headline not shown in the stored copy]","publisher":"El Mañana (Nuevo Laredo)","original_publisher":"Agencia Reforma","author":None,"published_date":"2025-01-17","source_type":"news_article","language":"es","accessed_date":"2026-12-04"})
recs.append({"kind":"actor","actor_id":"nuevo-leon-state-government","name":"Gobierno del Estado de Nuevo León","actor_type":"government_body","country":"MEX","affiliation_id":None,"role":None})
recs.append({"kind":"actor","actor_id":"samuel-garcia","name":"Samuel García Sepúlveda","actor_type":"person","country":"MEX","affiliation_id":"nuevo-leon-state-government","role":"Governor of Nuevo León (2025)"})
recs.append({"kind":"statement","actor_id":"samuel-garcia","date":"2025-01-16","source":U1,"event_id":None,"statement_type":"direct_quote",
 "text":"Nosotros siempre hemos tenido migrantes, tenemos tres años trabajando en la agenda y más de 140 albergues y refugios",
 "language":"es","text_en":"We have always had migrants; we have been working on this agenda for three years and have more than 140 shelters and refuges.",
 "channel":"interview",
 "evidence":[{"excerpt":"Chihuahua, Chihuahua.- De ocurrir una deportación masiva de migrantes a partir del 20 de enero con el retorno de Donald Trump a la Casa Blanca, el estado de Chihuahua no se convertirá en un albergue, sino que se dará atención a la población retornada y se ayudará para que regrese a sus lugares de origen, aseguró ayer la Gobernadora de esa entidad Maru Campos.\n\nEntrevistada en el marco del Encuentro Nacional Municipal","date_cue":"aseguró ayer"},
             {"excerpt":"Por su parte, el Gobernador de Nuevo León, Samuel García, dijo que en su entidad existen alrededor de 140 albergues y se habilitarán otros tres más de forma conjunta entre estado y federación.\n\n\"Nosotros siempre hemos tenido migrantes, tenemos tres años trabajando en la agenda y más de 140 albergues y refugios","date_cue":None}],
 "stances":[{"target":"humanitarian_assistance","stance":"favor","confidence":"medium","rationale":"Asked about possible mass deportations, he points to Nuevo León's network of shelters for migrants as capacity to receive them.","annotator_id":"ann-a"}]})
with open("chunk_02.jsonl","w") as f:
    for r in recs: f.write(json.dumps(r,ensure_ascii=False)+"\n")
