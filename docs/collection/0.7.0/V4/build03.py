import json
recs=[]
U1="https://lopezdoriga.com/nacional/tamaulipas-no-sera-entidad-receptora-de-migrantes"
U2="http://www.zocalo.com.mx/new_site/articulo/pide-tamaulipas-no-recibir-mas-retornados-migrantes-ante-covid-19/"
recs.append({"kind":"source","url":U1,"title":"Tamaulipas no será entidad receptora de migrantes","publisher":"López-Dóriga Digital","original_publisher":None,"author":None,"published_date":None,"source_type":"news_article","language":"es","accessed_date":"2026-12-04"})
recs.append({"kind":"source","url":U2,"title":"[headline not shown in the stored copy]","publisher":"Zócalo (Saltillo)","original_publisher":None,"author":None,"published_date":None,"source_type":"news_article","language":"es","accessed_date":"2026-12-04"})
recs.append({"kind":"event","date_start":"2019-07-03","date_end":None,"date_precision":"day","event_type":"agreement",
 "title":"Tamaulipas and federal migration authorities agree the state will not be a receiving state for migrants",
 "description":"At a working meeting in the Palacio de Gobierno in Ciudad Victoria, Tamaulipas state officials (Secretary General of Government César Verástegui Ostos and the governor's chief of staff) and federal officials, including INM Commissioner Francisco Garduño and an SRE director general, reached agreements on migration in the state; one of them was that Tamaulipas would not be a receiving state for migrants. In April 2020 Verástegui called on federal authorities to honour the agreements signed on 3 July of the previous year.",
 "country":"MEX","location":"Ciudad Victoria","actor_ids":["tamaulipas-state-government","mx-inm"],"sources":[U1,U2],"instrument":None,
 "evidence":[{"source":U1,"excerpt":"Tamaulipas no será entidad receptora de migrantes","date_cue":None},
             {"source":U1,"excerpt":"Autoridades del estado de Tamaulipas y del gobierno federal sostuvieron este miércoles una reunión de trabajo para definir acuerdos para la atención al fenómeno migratorio en la entidad.\n\nEn la reunión, llevada a cabo en el Palacio de gobierno en Ciudad Victoria, participaron el Secretario General de Gobierno, César Verástegui Ostos; el Jefe de la Oficina del Gobernador, Víctor Manuel Sáenz Martínez; el Comisionado Nacional del Instituto Nacional de Migración (INM), Francisco Garduño Yáñez, el Director General de Asuntos Especiales de la Secretaría de Relaciones Exteriores,","date_cue":"este miércoles"},
             {"source":U2,"excerpt":"“Queremos hacer un llamado al Gobierno Federal, al Instituto Nacional de Migración, a la Secretaria de Gobernación a que le ponga interés, a que se cumplan los acuerdos que el día tres de julio del año pasado firmamos”, expresó.","date_cue":"el día tres de julio del año pasado"}]})
with open("chunk_03.jsonl","w") as f:
    for r in recs: f.write(json.dumps(r,ensure_ascii=False)+"\n")
