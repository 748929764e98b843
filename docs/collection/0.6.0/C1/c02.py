import json
L=[]
def S(**k): k2={"kind":"source"}; k2.update(k); k2.setdefault("original_publisher",None); k2.setdefault("author",None); k2.setdefault("accessed_date","2026-12-04"); L.append(k2)
def A(**k): k2={"kind":"actor"}; k2.update(k); L.append(k2)
def T(**k): k2={"kind":"statement"}; k2.update(k); k2.setdefault("event_id",None); k2.setdefault("language","es"); L.append(k2)
def st(t,s,c,r): return {"target":t,"stance":s,"confidence":c,"rationale":r,"annotator_id":"ann-a"}
U5="https://mexico.quadratin.com.mx/?p=704973"
S(url=U5,title="[headline not shown in the stored copy]",publisher="Quadratín México",published_date="2019-01-25",source_type="news_article",language="es")
q9="El gobierno de México toma nota de que con esta acción el gobierno de Estados Unidos da inicio a la implementación de la sección 235B-12 de su Ley de inmigración y nacionalidad, México reitera que no acepta un acuerdo de tercer país seguro con el gobierno de Estados Unidos"
E5a="CIUDAD DE MÉXICO, 25 de enero de 2019.- México dejó en claro que no acepta el acuerdo de ser el tercer país seguro y rechazó la devolución de centroamericanos en la garita de San Isidro, en Tijuana.\nEn rueda de prensa la tarde de este viernes, el vocero de la Secretaría de Relaciones Exteriores (SRE), Roberto Velasco Álvarez, reiteró el posicionamiento respecto a las medidas tomadas por el gobierno de Estados Unidos, por lo que"
E5b="«"+q9+"», informó."
T(actor_id="roberto-velasco",date="2019-01-25",source=U5,event_id="EVT-00077",statement_type="direct_quote",text=q9,
  text_en="The government of Mexico takes note that with this action the US government begins implementing section 235(b)(2)(C) of its Immigration and Nationality Act; Mexico reiterates that it does not accept a safe third country agreement with the US government.",
  channel="press_conference",evidence=[{"excerpt":E5a,"date_cue":"la tarde de este viernes"},{"excerpt":E5b,"date_cue":None}],
  stances=[st("mpp","neutral","medium","He notes without evaluation that the US is starting to apply the provision behind the returns."),
           st("safe_third_country","against","high","He restates that Mexico does not accept a safe third country agreement.")])
with open("chunk_02.jsonl","w") as f:
    for x in L: f.write(json.dumps(x,ensure_ascii=False)+"\n")
