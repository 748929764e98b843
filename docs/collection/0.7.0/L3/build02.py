import json
L=[]
U="https://www.telemundo.com/noticias/2019/06/12/estados-unidos-podria-enviar-mas-de-50000-solicitantes-de-asilo-mexico-en-los-tmna3273993"
L.append({"kind":"source","url":U,"title":"Estados Unidos podría enviar más de 50.000 solicitantes de asilo a México en los próximos meses","publisher":"Telemundo","original_publisher":"EFE","author":None,"published_date":"2019-06-12","source_type":"wire_report","language":"es","accessed_date":"2026-12-04"})
L.append({"kind":"statement","actor_id":"alejandro-encinas","date":"2019-06-12","source":U,"event_id":None,
 "statement_type":"direct_quote",
 "text":"No todos hacen solicitud de refugio, eso tendrá que valorarse, pero sí estimamos que va a ser muy grande el número de personas que regresará a asentarse en la frontera norte. Yo calculo que en los próximos meses rebasaremos más de 50.000 personas",
 "language":"es",
 "text_en":"Not all of them apply for refuge, that will have to be assessed, but we do estimate that the number of people who will come back to settle on the northern border will be very large. I reckon that in the coming months we will exceed 50,000 people.",
 "channel":"other",
 "evidence":[
  {"excerpt":"El Gobierno de México estimó este miércoles que, en los próximos meses, Estados Unidos podría enviar de vuelta a más de 50.000 solicitantes de asilo en virtud del acuerdo migratorio alcanzado este viernes.\n\nAlejandro Encinas, subsecretario de Derechos Humanos y Migración en México, aclaró que la cifra es una estimación.","date_cue":"este miércoles"},
  {"excerpt":"\"No todos hacen solicitud de refugio, eso tendrá que valorarse, pero sí estimamos que va a ser muy grande el número de personas que regresará a asentarse en la frontera norte. Yo calculo que en los próximos meses rebasaremos más de 50.000 personas\", dijo Encinas en referencia a las últimas cifras que reveló el vecino del norte.","date_cue":None}],
 "stances":[{"target":"mpp","stance":"neutral","confidence":"medium","rationale":"He gives an estimate of how many asylum seekers will be sent back to wait at Mexico's northern border, without evaluating the returns.","annotator_id":"ann-a"}]})

C="https://cejilmovilidadenmesoamerica.org/contexto-actualidad/costa-rica-nuevo-informe-expone-las-violaciones-de-derechos-humanos-contra-personas-migrantes-expulsadas-de-eeuu-y-advierte-esto-no-puede-volver-a-ocurrir"
L.append({"kind":"source","url":C,"title":"[headline not shown in the stored copy]","publisher":"CEJIL (Movilidad en Mesoamérica)","original_publisher":None,"author":None,"published_date":"2025-05-08","source_type":"press_release","language":"es","accessed_date":"2026-12-04"})
EV_BUL={"excerpt":"- En nuevo informe, CEJIL, AFSC y el SJM-CR denuncian que el acuerdo de Costa Rica con EEUU expuso a personas migrantes a un continuo de violaciones de derechos humanos que jamás debió ocurrir.\n- Demandan que el Estado se abstenga de firmar acuerdos de esta naturaleza y garantice el acceso de estas personas a protección internacional, así como a atención humanitaria, permisos de trabajo y otras medidas para su integración en el país.","date_cue":None}
EV_DATE={"excerpt":"San José, 8 de mayo de 2025.- Organizaciones de derechos humanos denuncian que el gobierno de Costa Rica participó en una serie de violaciones de derechos humanos contra personas migrantes expulsadas por el gobierno estadounidense.","date_cue":"San José, 8 de mayo de 2025.-"}
L.append({"kind":"statement","actor_id":"cejil","date":"2025-05-08","source":C,"event_id":None,
 "statement_type":"document_excerpt",
 "text":"Demandan que el Estado se abstenga de firmar acuerdos de esta naturaleza y garantice el acceso de estas personas a protección internacional, así como a atención humanitaria, permisos de trabajo y otras medidas para su integración en el país.",
 "language":"es",
 "text_en":"They demand that the State refrain from signing agreements of this kind and guarantee these people access to international protection, as well as to humanitarian care, work permits and other measures for their integration into the country.",
 "channel":"press_release",
 "evidence":[EV_BUL,EV_DATE],
 "stances":[
  {"target":"third_country_removals","stance":"against","confidence":"high","rationale":"The organisations ask Costa Rica not to sign further agreements like the one under which it received third-country nationals expelled by the US.","annotator_id":"ann-a"},
  {"target":"humanitarian_assistance","stance":"favor","confidence":"high","rationale":"They ask for humanitarian care, work permits and integration measures for the expelled people.","annotator_id":"ann-a"}]})
L.append({"kind":"statement","actor_id":"cejil","date":"2025-05-08","source":C,"event_id":None,
 "statement_type":"document_excerpt",
 "text":"las medidas asumidas por el Estado costarricense para poner fin a la detención, en particular, el establecimiento de un procedimiento temporal para la regularización migratoria, son insuficientes para reparar el daño cometido contra las personas migrantes",
 "language":"es",
 "text_en":"the measures taken by the Costa Rican State to end the detention, in particular the creation of a temporary procedure for migratory regularisation, are insufficient to repair the harm done to the migrants",
 "channel":"press_release",
 "evidence":[
  {"excerpt":"Adicionalmente, las organizaciones sostienen que las medidas asumidas por el Estado costarricense para poner fin a la detención, en particular, el establecimiento de un procedimiento temporal para la regularización migratoria, son insuficientes para reparar el daño cometido contra las personas migrantes y para garantizar su acceso a derechos y a una integración digna y segura en el país.","date_cue":None},
  {"excerpt":"Esto se registra en un informe publicado el día de hoy por el Centro por la Justicia y el Derecho Internacional (CEJIL), el Servicio Jesuita para Migrantes Costa Rica (SJM-CR) y American Friends Service Committee (AFSC)","date_cue":None},
  EV_DATE],
 "stances":[{"target":"humanitarian_assistance","stance":"favor","confidence":"medium","rationale":"The organisations judge Costa Rica's regularisation measures for the expelled migrants too little, which under rule 16 is a call for more assistance.","annotator_id":"ann-a"}]})

with open("chunk_02.jsonl","w") as f:
    for x in L: f.write(json.dumps(x,ensure_ascii=False)+"\n")
