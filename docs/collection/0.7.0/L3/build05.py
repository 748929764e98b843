import json
L=[]
O="https://laopinion.com/2019/07/16/gobierno-de-amlo-cuestiona-las-nuevas-reglas-de-asilo-politico-de-eeuu/"
L.append({"kind":"source","url":O,"title":"[headline not shown in the stored copy]","publisher":"La Opinión","original_publisher":None,"author":None,"published_date":"2019-07-16","source_type":"news_article","language":"es","accessed_date":"2026-12-04"})
L.append({"kind":"actor","actor_id":"alejandro-celorio","name":"Alejandro Celorio Alcántara","actor_type":"person","country":"MEX","affiliation_id":"mx-sre","role":"Legal adviser (consultor jurídico) of the Secretaría de Relaciones Exteriores (2019)"})
L.append({"kind":"statement","actor_id":"alejandro-celorio","date":"2019-07-15","source":O,"event_id":None,
 "statement_type":"direct_quote",
 "text":"Se establece claramente que (las medidas anunciadas) no forman parte de un acuerdo bilateral, regional o multilateral",
 "language":"es",
 "text_en":"It is clearly established that (the announced measures) are not part of a bilateral, regional or multilateral agreement",
 "channel":"press_conference",
 "evidence":[
  {"excerpt":"En rueda de prensa, el canciller Marcelo Ebrard acusó que las modificaciones anunciadas por la Administración de Donald Trump a los procedimientos y criterios de elegibilidad en materia de asilo no afectarán a los mexicanos.","date_cue":None},
  {"excerpt":"El consejero jurídico de la cancillería, Alejandro Celorio, negó que los nuevos procedimientos estadounidenses conviertan a México en un Tercer País Seguro.\n\n“Se establece claramente que (las medidas anunciadas) no forman parte de un acuerdo bilateral, regional o multilateral”, aclaró.","date_cue":None},
  {"excerpt":"Sobre las redadas contra inmigrantes iniciadas el domingo, Ebrard reportó que por segundo día no había afectaciones a mexicanos.\n\n“Del reporte que tengo del día de hoy (lunes), no tenemos un incremento del número de mexicanas o mexicanos detenidos en Estados Unidos, ni tampoco del número de deportados, eso no quiere decir que no pueda ocurrir en los próximos días”, detalló Ebrard.","date_cue":"del día de hoy (lunes)"}],
 "stances":[{"target":"safe_third_country","stance":"against","confidence":"medium","rationale":"The SRE's legal adviser denies that the new US asylum rule rests on any agreement, rejecting the idea that it makes Mexico a safe third country.","annotator_id":"ann-a"}]})
with open("chunk_05.jsonl","w") as f:
    for x in L: f.write(json.dumps(x,ensure_ascii=False)+"\n")
