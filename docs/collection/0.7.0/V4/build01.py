import json
recs=[]
U1="https://notatamaulipas.com/2020/04/20/daria-suprema-corte-razon-a-tamaulipas-en-tema-de-migrantes"
recs.append({"kind":"source","url":U1,"title":"[headline not shown in the stored copy]","publisher":"Nota Tamaulipas","original_publisher":None,"author":"Enrique Jonguitud","published_date":"2020-04-20","source_type":"news_article","language":"es","accessed_date":"2026-12-04"})
recs.append({"kind":"actor","actor_id":"cesar-verastegui-ostos","name":"César Augusto Verástegui Ostos","actor_type":"person","country":"MEX","affiliation_id":"tamaulipas-state-government","role":"Secretary General of Government of Tamaulipas (2020)"})
recs.append({"kind":"statement","actor_id":"cesar-verastegui-ostos","date":"2020-04-20","source":U1,"event_id":None,"statement_type":"direct_quote",
 "text":"se le exige a la federación que cumpla con su parte (…) los migrantes están abandonados y no deja de ser un grave problema sobre todo en este tiempo que estamos travesando la pandemia",
 "language":"es","text_en":"The federal government is required to fulfil its part (…) the migrants are abandoned, and it remains a serious problem, above all in this time we are going through with the pandemic.",
 "channel":"interview",
 "evidence":[{"excerpt":"Ciudad Victoria, 20 de abril.- El gobierno de Tamaulipas espera que la Suprema Corte de Justicia de la Nación dicte varias medidas cautelares para obligar a la federación a atender a miles de migrantes varados en Tamaulipas, informó hoy César Verástegui Ostos, Secretario General del Gobierno.","date_cue":"informó hoy"},
             {"excerpt":"El Secretario General del Gobierno señaló “se le exige a la federación que cumpla con su parte (…) los migrantes están abandonados y no deja de ser un grave problema sobre todo en este tiempo que estamos travesando la pandemia”.","date_cue":None}],
 "stances":[{"target":"humanitarian_assistance","stance":"favor","confidence":"medium","rationale":"He faults the federal government for leaving stranded migrants in Tamaulipas unattended and demands it do its share of their care.","annotator_id":"ann-a"}]})

U2="https://enfoquedelnoreste.com/fortalecen-estrategia-para-la-atencion-a-migrantes-deportados"
recs.append({"kind":"source","url":U2,"title":"[headline not shown in the stored copy]","publisher":"Enfoque del Noreste","original_publisher":None,"author":None,"published_date":"2025-01-22","source_type":"news_article","language":"es","accessed_date":"2026-12-04"})
recs.append({"kind":"actor","actor_id":"coahuila-state-government","name":"Gobierno del Estado de Coahuila","actor_type":"government_body","country":"MEX","affiliation_id":None,"role":None})
recs.append({"kind":"actor","actor_id":"oscar-pimentel-gonzalez","name":"Óscar Pimentel González","actor_type":"person","country":"MEX","affiliation_id":"coahuila-state-government","role":"Secretary of Government (secretario de Gobierno) of Coahuila (2024-2025)"})
recs.append({"kind":"statement","actor_id":"oscar-pimentel-gonzalez","date":"2025-01-22","source":U2,"event_id":None,"statement_type":"direct_quote",
 "text":"Estuvimos en Monclova revisando algunas naves industriales, y también visitamos San Juan de Sabinas, donde operará de manera inmediata un albergue que formará parte de una red en el norte del país para atender a connacionales deportados",
 "language":"es","text_en":"We were in Monclova looking at some industrial buildings, and we also visited San Juan de Sabinas, where a shelter will operate immediately as part of a network in the north of the country to care for deported fellow nationals.",
 "channel":"other",
 "evidence":[{"excerpt":"Piedras Negras, Coahuila a 22 de enero de 2025..- Este miércoles se llevó a cabo una reunión en las oficinas del Instituto Nacional de Migración (INM), ubicadas en el Puente Internacional II de Piedras Negras con el objetivo de coordinar esfuerzos entre los tres órdenes de gobierno para la atención integral de migrantes deportados.","date_cue":"Este miércoles"},
             {"excerpt":"“Estuvimos en Monclova revisando algunas naves industriales, y también visitamos San Juan de Sabinas, donde operará de manera inmediata un albergue que formará parte de una red en el norte del país para atender a connacionales deportados. Además, en Allende se instalará otro albergue con los mismos objetivos”, informó.","date_cue":None}],
 "stances":[{"target":"humanitarian_assistance","stance":"favor","confidence":"high","rationale":"He announces state shelters being readied to receive Mexicans deported from the US.","annotator_id":"ann-a"}]})

with open("chunk_01.jsonl","w") as f:
    for r in recs: f.write(json.dumps(r,ensure_ascii=False)+"\n")
