import json
L=[]
U="https://laverdaddemonagas.com/2025/01/23/primeros-deportados-de-ee-uu-a-tijuana-son-de-las-redadas-de-biden/amp"
L.append({"kind":"source","url":U,"title":"Primeros deportados de EE.UU a Tijuana son de las redadas de Biden","publisher":"La Verdad de Monagas","original_publisher":None,"author":None,"published_date":"2025-01-23","source_type":"news_article","language":"es","accessed_date":"2026-12-04"})
L.append({"kind":"statement","actor_id":"alfredo-alvarez-cardenas","date":"2025-01-22","source":U,"event_id":None,
 "statement_type":"direct_quote",
 "text":"lo que se informó no es correcto, ya que las deportaciones no son consecuencia de los decretos de la nueva presidencia de Estados Unidos; se trató de una deportación regular",
 "language":"es",
 "text_en":"what was reported is not correct, since the deportations are not a consequence of the new US presidency's decrees; it was a regular deportation",
 "channel":"press_conference",
 "evidence":[
  {"excerpt":"Este miércoles, el secretario de gobierno de Baja California, Alfredo Álvarez,\n\nconfirmó la versión durante la conferencia de prensa que ofrece la gobernadora Marina del Pilar Ávila.\n\nEn esta, aclaró que «lo que se informó no es correcto, ya que las deportaciones no son consecuencia de los decretos de la nueva presidencia de Estados Unidos; se trató de una deportación regular».","date_cue":"Este miércoles"}],
 "stances":[{"target":"mass_deportations","stance":"neutral","confidence":"medium","rationale":"He describes the first deportations after the change of US administration as routine removals not yet driven by Trump's decrees, without evaluating them.","annotator_id":"ann-a"}]})

R="https://rnv.gob.ve/prensa/?p=393572"
L.append({"kind":"source","url":R,"title":"Familiares de venezolanos secuestrados se reunieron con el presidente Maduro","publisher":"Radio Nacional de Venezuela (RNV)","original_publisher":None,"author":None,"published_date":None,"source_type":"news_article","language":"es","accessed_date":"2026-12-04"})
L.append({"kind":"statement","actor_id":"jorge-rodriguez-ve","date":"2025-03-20","source":R,"event_id":None,
 "statement_type":"direct_quote",
 "text":"hemos contratado a los mejores abogados en El Salvador y en Estados Unidos para que representen al Estado, y para que defiendan a nuestros migrantes, porque se está violando la Declaración Universal de los Derechos Humanos, la Carta de Naciones Unidas",
 "language":"es",
 "text_en":"we have hired the best lawyers in El Salvador and in the United States to represent the State and to defend our migrants, because the Universal Declaration of Human Rights and the Charter of the United Nations are being violated",
 "channel":"other",
 "evidence":[
  {"excerpt":"El Presidente de la República Bolivariana de Venezuela, Nicolás Maduro, sostuvo este jueves 20 de marzo de 2025, una reunión con los familiares de los venezolanos secuestrados en El Salvador.","date_cue":"este jueves 20 de marzo de 2025"},
  {"excerpt":"El Estado venezolano está haciendo todo lo que hay que hacer para rescatar a los jóvenes secuestrados, “hemos contratado a los mejores abogados en El Salvador y en Estados Unidos para que representen al Estado, y para que defiendan a nuestros migrantes, porque se está violando la Declaración Universal de los Derechos Humanos, la Carta de Naciones Unidas, la Declaración Universal de los Derechos del Niño, todos los convenios sobre migración”, dijo Rodríguez.","date_cue":None}],
 "stances":[{"target":"third_country_removals","stance":"against","confidence":"medium","rationale":"Speaking at the government's meeting with relatives of the Venezuelans sent by the US to El Salvador's prison, he says Venezuela has hired lawyers to defend them because their treatment breaches international law.","annotator_id":"ann-a"}]})

with open("chunk_03.jsonl","w") as f:
    for x in L: f.write(json.dumps(x,ensure_ascii=False)+"\n")
