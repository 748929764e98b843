import json
L=[]
A="2026-12-04"
u1="https://afntijuana.info/informacion_general/122987_campamento_el_chaparral_es_responsabilidad_del_estado_y_municipio_inm"
L.append({"kind":"source","url":u1,"title":"[headline not shown in the stored copy]","publisher":"Agencia Fronteriza de Noticias (AFN Tijuana)","original_publisher":None,"author":None,"published_date":"2021-11-08","source_type":"news_article","language":"es","accessed_date":A})
L.append({"kind":"statement","actor_id":"francisco-garduno","date":"2021-11-08","source":u1,"event_id":None,"statement_type":"direct_quote",
 "text":"Les hemos ofrecido esto -el albergue Carmen Serdán-, sin embargo, la señora gobernadora y la presidente de Tijuana, han estado atendiendo al Chaparral, esperemos que próximamente se encuentre alguna solución, y nosotros estamos dispuestos a seguir colaborando y coordinándonos para atender a esta manifestación pública",
 "language":"es",
 "text_en":"We have offered them this (the Carmen Serdán shelter); however, the governor and the mayor of Tijuana have been looking after El Chaparral. Let us hope a solution is found soon, and we are willing to keep collaborating and coordinating to attend to this public demonstration.",
 "channel":"interview",
 "evidence":[
  {"excerpt":"TIJUANA BC 8 DE NOVIEMBRE DE 2021 (AFN).- El campamento migrante del Chaparral continuará en manos del Gobierno del Estado de Baja California y el ayuntamiento de Tijuana, confirmó el comisionado del Instituto Nacional de Migración (INM), Francisco Garduño Yáñez, quién explicó que ellos continuarán colaborando en las acciones que se decidan.","date_cue":None},
  {"excerpt":"El comisionado estuvo de visita este lunes en Tijuana, con motivo del reinicio de viajes no esenciales hacia Estados Unidos, tras el levantamiento de la restricción por parte del gobierno del vecino país.","date_cue":"este lunes"},
  {"excerpt":"\"Les hemos ofrecido esto -el albergue Carmen Serdán-, sin embargo, la señora gobernadora y la presidente de Tijuana, han estado atendiendo al Chaparral, esperemos que próximamente se encuentre alguna solución, y nosotros estamos dispuestos a seguir colaborando y coordinándonos para atender a esta manifestación pública, que se niegan a desprenderse de este sitio porque creen que les van a dar el asilo\", indicó Garduño Yáñez.","date_cue":None}],
 "stances":[{"target":"humanitarian_assistance","stance":"favor","confidence":"medium","rationale":"The INM head says the federal shelter has been offered to the people camped at El Chaparral awaiting asylum and that INM will keep cooperating in their care.","annotator_id":"ann-a"}]})
u2="https://plural.mx/con-una-vision-humanista-se-inaugura-centro-integrador-para-el-migrante-alejandro-ruiz-uribe"
L.append({"kind":"source","url":u2,"title":"[headline not shown in the stored copy]","publisher":"Plural (plural.mx)","original_publisher":None,"author":None,"published_date":None,"source_type":"news_article","language":"es","accessed_date":A})
L.append({"kind":"actor","actor_id":"alejandro-ruiz-uribe","name":"Alejandro Ruiz Uribe","actor_type":"person","country":"MEX","affiliation_id":None,"role":"Federal delegate of development programmes (delegado de Programas para el Desarrollo) in Baja California (2018-2021)"})
L.append({"kind":"statement","actor_id":"alejandro-ruiz-uribe","date":"2019-12-12","source":u2,"event_id":None,"statement_type":"direct_quote",
 "text":"Que tengan un espacio digno y seguro para las personas retornadas en espera de solicitud de asilo a Estados Unidos, en los que en un 60% son niños y adolescentes menores de 15 años y mujeres",
 "language":"es",
 "text_en":"That the people returned while awaiting their asylum requests in the United States have a dignified and safe space; 60% of them are children and adolescents under 15, and women.",
 "channel":"speech",
 "evidence":[
  {"excerpt":"Tijuana BC 12 de diciembre de 2019.-En un hecho histórico en la atención al migrante con una visión humanista y de protección a  sus derechos  humanos, este día se inauguró el Centro Integrador para el Migrante “Carmen Serdán”, informó el Delegado  de  Programas Federales para el Desarrollo de Baja California, Alejandro Ruiz Uribe.","date_cue":"este día"},
  {"excerpt":"Alejandro Ruiz Uribe, dijo que estos centros son modelo de atención al migrante, pues mientras que en otros países se les da un trato inhumano, el presidente de México, ha instruido todo lo contrario:\n\n“Que tengan un espacio digno y seguro para las personas retornadas en espera de solicitud de asilo a Estados Unidos, en los que en un 60% son niños y adolescentes menores de 15 años y mujeres”, subrayó.","date_cue":None}],
 "stances":[{"target":"humanitarian_assistance","stance":"favor","confidence":"high","rationale":"At the opening of a federal shelter, the delegate presents safe and dignified lodging for returned asylum seekers as the government's own policy.","annotator_id":"ann-a"}]})
with open("chunk_01.jsonl","w") as f:
    for x in L: f.write(json.dumps(x,ensure_ascii=False)+"\n")
