import json
L=[]
# 1. Jorge Rodríguez, 2025-04-21, radiomiraflores (SRC-01647), second point: SCOTUS ruling on deportations to other countries
L.append({"kind":"statement","actor_id":"jorge-rodriguez-ve","date":"2025-04-21","source":"SRC-01647","event_id":None,
 "statement_type":"direct_quote",
 "text":"con mayoría de magistrados afines a Trump decidieron con 7 votos a favor y 2 en contra que está prohibida la deportación a otros países",
 "language":"es",
 "text_en":"with a majority of justices close to Trump, they decided by 7 votes to 2 that deportation to other countries is prohibited",
 "channel":"press_conference",
 "evidence":[
  {"excerpt":"Caracas, 21 de abril de 2025. El vicepresidente de Comunicación y Asuntos Electorales del Partido Socialista Unido de Venezuela (PSUV), Jorge Rodríguez, declaró este lunes que Estados Unidos (EEUU) y El Salvador “no hallan cómo hacer para salirse del paquete en el que se metieron violando los derechos humanos, al secuestrar a los migrantes venezolanos”.","date_cue":"este lunes"},
  {"excerpt":"Durante la acostumbrada rueda de prensa de la tolda roja, aseveró que la Corte Suprema de EEUU “dictaminó que no se pueden seguir deportando a los venezolanos a los campos de concentración en El Salvador”.\nAsimismo, dijo que en esta Corte “con mayoría de magistrados afines a Trump decidieron con 7 votos a favor y 2 en contra que está prohibida la deportación a otros países”.","date_cue":None}],
 "stances":[{"target":"third_country_removals","stance":"against","confidence":"medium","rationale":"He presents the US Supreme Court decision as barring deportations to other countries, welcoming the block on removals of Venezuelans to El Salvador.","annotator_id":"ann-a"}]})
with open("chunk_01.jsonl","w") as f:
    for x in L: f.write(json.dumps(x,ensure_ascii=False)+"\n")
