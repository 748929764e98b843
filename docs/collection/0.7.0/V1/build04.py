import json
L=[]
A="2026-12-04"
u="https://www.jornada.com.mx/2021/12/08/politica/010n1pol?partner=rss"
L.append({"kind":"source","url":u,"title":"[headline not shown in the stored copy]","publisher":"La Jornada","original_publisher":None,"author":None,"published_date":"2021-12-08","source_type":"news_article","language":"es","accessed_date":A})
L.append({"kind":"event","date_start":"2021-12-07","date_end":None,"date_precision":"day","event_type":"diplomatic_contact",
 "title":"INM head meets CBP's Troy Miller to coordinate the Quédate en México restart",
 "description":"Mexico's migration commissioner Francisco Garduño met Troy A. Miller, the official in charge of US Customs and Border Protection, to coordinate actions as Quédate en México was reactivated. The INM said it would not accept people considered vulnerable, people without a summons to a US immigration court hearing, or people whose refuge application had not been approved, and that it would require a document showing each person's health status and COVID-19 vaccination certificate.",
 "country":"MEX","location":None,"actor_ids":["francisco-garduno","mx-inm","troy-miller","us-cbp"],"sources":[u],"instrument":None,
 "evidence":[
  {"source":u,"excerpt":"Periódico La Jornada\n\nMiércoles 8 de diciembre de 2021, p. 10","date_cue":None},
  {"source":u,"excerpt":"Como parte de la reactivación del programa Quédate en México, que establece que quienes soliciten refugio en Estados Unidos permanecerán en territorio nacional hasta que concluya el trámite en el país vecino, el Instituto Nacional de Migración (INM) advirtió que no se aceptará a la población considerada vulnerable, que no tenga un citatorio para acudir a su audiencia en la corte migratoria, o bien cuya solicitud de refugio no haya sido aprobada .","date_cue":None},
  {"source":u,"excerpt":"A la vez, se requerirá documento que establezca el estado de salud de los peticionarios de refugio que permanecerán en el país, así como su certificado de vacunación contra el Covid-19.\n\nPara coordinar acciones en este contexto, el titular del INM, Francisco Garduño, sostuvo ayer una reunión con el Comisionado encargado de Aduanas y Protección Fronteriza (CBP, por sus siglas en inglés) de Estados Unidos, Troy A. Miller.","date_cue":"ayer"}]})
with open("chunk_04.jsonl","w") as f:
    for x in L: f.write(json.dumps(x,ensure_ascii=False)+"\n")
