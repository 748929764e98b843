import json
L=[]
def S(**k): k2={"kind":"source"}; k2.update(k); k2.setdefault("original_publisher",None); k2.setdefault("author",None); k2.setdefault("accessed_date","2026-12-04"); L.append(k2)
def A(**k): k2={"kind":"actor"}; k2.update(k); L.append(k2)
def T(**k): k2={"kind":"statement"}; k2.update(k); k2.setdefault("event_id",None); k2.setdefault("language","es"); L.append(k2)
def st(t,s,c,r): return {"target":t,"stance":s,"confidence":c,"rationale":r,"annotator_id":"ann-a"}
U6="https://oaxaca.quadratin.com.mx/contencion-de-flujos-migratorios-con-guardia-nacional-preocupa-a-cndh/"
S(url=U6,title="[headline not shown in the stored copy]",publisher="Quadratín Oaxaca",published_date="2019-06-13",source_type="news_article",language="es")
A(actor_id="cndh-consejo-consultivo",name="Consejo Consultivo de la Comisión Nacional de los Derechos Humanos",actor_type="government_body",country="MEX",affiliation_id="mx-cndh",role="Advisory council of Mexico's national human rights commission (CNDH)")
E6a="CIUDAD DE MÉXICO, 13 de junio de 2019.- Los acuerdos a los que ha llegado el Gobierno de México con el de los Estados Unidos para retener las caravanas de migrantes ilegales en la frontera sur, o en su tránsito por el país, tras la presión por imponer aranceles, preocupa al Consejo Consultivo de la Comisión Nacional de los Derechos Humanos (CNDH)."
E6c="Por medio de un pronunciamiento emitido este jueves, señalan que luego de la negociación para la no imposición de aranceles a los productos mexicanos que se exportan a ese país, se llegó a un Acuerdo con diversos contenidos, incidiendo en la política migratoria de México, por lo que señalan cinco puntos en un documento."
q10="Preocupa a este Consejo que el Gobierno mexicano haga patente la política migratoria de seguridad, al enviar a la frontera sur 6 000 elementos de la Guardia Nacional como contención a los flujos migratorios en colaboración con el Instituto Nacional de Migración"
E6b="“"+q10+", a partir del reforzamiento de los puntos de internamiento y controles de verificación migratoria en diversas localidades de los estados del sureste mexicano, sin que haya claridad en sus objetivos, límites a su intervención y protocolos de actuación”, indica el segundo punto."
T(actor_id="cndh-consejo-consultivo",date="2019-06-13",source=U6,statement_type="direct_quote",text=q10,
  text_en="This Council is concerned that the Mexican government is making a security-based migration policy evident by sending 6,000 National Guard members to the southern border to contain migration flows in collaboration with the National Migration Institute.",
  channel="press_release",evidence=[{"excerpt":E6c,"date_cue":"emitido este jueves"},{"excerpt":E6b,"date_cue":None},{"excerpt":E6a,"date_cue":None}],
  stances=[st("us_mexico_cooperation","against","medium","In a pronouncement on the accord with the US, the council objects to the 6,000-strong National Guard deployment agreed to contain migrants.")])
U7="https://es.theepochtimes.com/news/amlo-celebra-acuerdo-con-ee-uu-no-levanto-un-puno-cerrado-sino-una-mano-abierta-y-franca-483512.html"
S(url=U7,title="[headline not shown in the stored copy]",publisher="La Gran Época (The Epoch Times en español)",published_date=None,source_type="news_article",language="es")
E7a="El presidente de México, Andrés Manuel López Obrador (AMLO), organizó un evento el 8 de junio en la ciudad fronteriza de Tijuana, Baja California, donde celebró el acuerdo logrado con Estados Unidos, en el cual México se compromete a retener el flujo de inmigrantes cruzando la frontera de Estados Unidos."
q11="Los compromisos se cumplen: reforzar nuestras fronteras, aplicar la ley y respetar los derechos humanos"
E7b="En dicho evento, el líder socialista destacó la buena disposición del gobierno de Trump en tener un diálogo abierto para buscar una solución, y a su vez, reafirmó su posición frente a la crisis fronteriza:\n“"+q11+"”."
T(actor_id="andres-manuel-lopez-obrador",date="2019-06-08",source=U7,event_id="EVT-00099",statement_type="direct_quote",text=q11,
  text_en="Commitments are kept: strengthen our borders, enforce the law and respect human rights.",
  channel="speech",evidence=[{"excerpt":E7a,"date_cue":"el 8 de junio"},{"excerpt":E7b,"date_cue":None}],
  stances=[st("us_mexico_cooperation","favor","medium","At the rally marking the deal with the US he pledges to honour the commitments to reinforce the borders.")])
with open("chunk_03.jsonl","w") as f:
    for x in L: f.write(json.dumps(x,ensure_ascii=False)+"\n")
