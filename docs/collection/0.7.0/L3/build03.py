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
with open("chunk_03.jsonl","w") as f:
    for x in L: f.write(json.dumps(x,ensure_ascii=False)+"\n")
