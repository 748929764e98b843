import json
L=[]
A="https://www.aporrea.org/actualidad/n402502.html"
L.append({"kind":"source","url":A,"title":"Marcha en defensa de los migrantes secuestrados","publisher":"Aporrea","original_publisher":None,"author":None,"published_date":"2025-03-18","source_type":"news_article","language":"es","accessed_date":"2026-12-04"})
L.append({"kind":"statement","actor_id":"nicolas-maduro","date":"2025-03-17","source":A,"event_id":None,
 "statement_type":"direct_quote",
 "text":"no puede ser que por su nacionalidad sea capturado, sin derecho a defensa, y sea enviado, sin el debido proceso, a otro país",
 "language":"es",
 "text_en":"it cannot be that because of his nationality someone is captured, without the right to a defence, and sent, without due process, to another country",
 "channel":"other",
 "evidence":[
  {"excerpt":"En este sentido, el presidente Maduro dijo este lunes que su Gobierno ha preparado documentos para que los mecanismos de DD. HH. se activen en la protección de los venezolanos y venezolanas; \"no puede ser que por su nacionalidad sea capturado, sin derecho a defensa, y sea enviado, sin el debido proceso, a otro país\".","date_cue":"este lunes"},
  {"excerpt":"18 de marzo de 2025.- Este martes 18 de marzo, el pueblo se moviliza en rechazo ante la cruel campaña de Estados Unidos que tiene como fin amedrentar, perseguir e intimidar a los venezolanos en el mundo.","date_cue":None}],
 "stances":[{"target":"third_country_removals","stance":"against","confidence":"high","rationale":"Maduro condemns the US sending Venezuelans to another country's prison without a defence or due process.","annotator_id":"ann-a"}]})

T="https://rtve.es/noticias/20250317/venezuela-ciudadanos-no-viajar-estados-unidos-no-considerarlo-seguro/16495269.shtml"
L.append({"kind":"source","url":T,"title":"Venezuela emite una \"alerta de viaje\" para nacionales que vayan o hagan tránsito en EE.UU.","publisher":"RTVE","original_publisher":None,"author":None,"published_date":"2025-03-17","source_type":"news_article","language":"es","accessed_date":"2026-12-04"})
L.append({"kind":"actor","actor_id":"ve-mppre","name":"Ministerio del Poder Popular para Relaciones Exteriores (Venezuela)","actor_type":"government_body","country":"VEN","affiliation_id":None,"role":"Venezuela's foreign ministry"})
L.append({"kind":"statement","actor_id":"ve-mppre","date":"2025-03-17","source":T,"event_id":None,
 "statement_type":"direct_quote",
 "text":"se han documentado casos de detenciones arbitrarias, deportaciones sin causa, confiscación de bienes y documentos, así como tratos discriminatorios y vejatorios por parte de las autoridades estadounidenses",
 "language":"es",
 "text_en":"cases of arbitrary detentions, deportations without cause, confiscation of property and documents, as well as discriminatory and humiliating treatment by the US authorities have been documented",
 "channel":"press_release",
 "evidence":[
  {"excerpt":"Venezuela ha emitido este lunes una \"alerta de viaje\" a sus ciudadanos que se desplacen o hagan tránsito por EE.UU. \"sobre los riegos y condiciones\" que, asegura, \"podrían enfrentar en ese país\". El aviso llega tras la reciente deportación de migrantes a El Salvador bajo la Ley de Enemigos Extranjeros invocada por el presidente estadounidense, Donald Trump.","date_cue":"este lunes"},
  {"excerpt":"\"En los últimos meses, se ha observado un aumento en las medidas arbitrarias de control migratorio y en las políticas de hostigamiento contra venezolanos y venezolanas\", ha señalado en un comunicado el Ministerio de Relaciones Exteriores.","date_cue":None},
  {"excerpt":"Según la comunicación, \"se han documentado casos de detenciones arbitrarias, deportaciones sin causa, confiscación de bienes y documentos, así como tratos discriminatorios y vejatorios por parte de las autoridades estadounidenses\", lo que incluye, agrega, \"encarcelamientos sin debido proceso y secuestro en cárceles de terceros países\".","date_cue":None}],
 "stances":[{"target":"mass_deportations","stance":"against","confidence":"medium","rationale":"The foreign ministry's travel alert denounces arbitrary detentions and deportations without cause of Venezuelans by US authorities.","annotator_id":"ann-a"}]})

with open("chunk_04.jsonl","w") as f:
    for x in L: f.write(json.dumps(x,ensure_ascii=False)+"\n")
