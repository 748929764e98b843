import json
L=[]
L.append({"kind":"statement","actor_id":"mx-sre","date":"2021-02-12","source":"SRC-00874","event_id":None,"statement_type":"direct_quote",
 "text":"Como promotor de una migración segura, ordenada y regular, el Gobierno de México reitera al público que las medidas anunciadas por el Departamento de Seguridad Interna están dirigidas a un grupo específico de personas que forman parte de los MPP",
 "language":"es",
 "text_en":"As a promoter of safe, orderly and regular migration, the Government of Mexico reiterates to the public that the measures announced by the Department of Homeland Security are aimed at a specific group of people who are part of MPP.",
 "channel":"press_release",
 "evidence":[
  {"excerpt":"México, 12 febrero (EFE).- El Gobierno de México le pidió este viernes a los migrantes que no vayan a la frontera con Estados Unidos porque siguen “vigentes” las restricciones pese al anuncio del Presidente Joe Biden de reabrir los casos de solicitantes de asilo que están en territorio mexicano bajo un programa de su antecesor, Donald Trump.","date_cue":"este viernes"},
  {"excerpt":"“Como promotor de una migración segura, ordenada y regular, el Gobierno de México reitera al público que las medidas anunciadas por el Departamento de Seguridad Interna están dirigidas a un grupo específico de personas que forman parte de los MPP”, expresó.","date_cue":None}],
 "stances":[{"target":"mpp","stance":"neutral","confidence":"medium","rationale":"The foreign ministry describes who is covered by the US measures to process people enrolled in MPP, without evaluating the programme.","annotator_id":"ann-a"}]})
with open("chunk_02.jsonl","w") as f:
    for x in L: f.write(json.dumps(x,ensure_ascii=False)+"\n")
