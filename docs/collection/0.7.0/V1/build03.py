import json
L=[]
A="2026-12-04"
u="https://www.jornada.com.mx/2019/06/12/politica/003n1pol?partner=rss"
L.append({"kind":"source","url":u,"title":"[headline not shown in the stored copy]","publisher":"La Jornada","original_publisher":None,"author":"Ana Langner","published_date":"2019-06-12","source_type":"news_article","language":"es","accessed_date":A})
L.append({"kind":"statement","actor_id":"marcelo-ebrard","date":"2019-06-11","source":u,"event_id":None,"statement_type":"direct_quote",
 "text":"Ellos quieren que discutamos –si las medidas no funcionan– la propuesta de tercer país seguro… Nosotros pensamos que se tiene que crear un sistema de gestión migratoria, que es un concepto muy distinto, sobre asilo y refugio, y estaría por definirse cuál sería la distribución de responsabilidades",
 "language":"es",
 "text_en":"They want us to discuss – if the measures do not work – their safe third country proposal… We think a migration management system has to be created, which is a very different concept, on asylum and refuge, and how responsibilities would be shared would still have to be defined.",
 "channel":"press_conference",
 "evidence":[
  {"excerpt":"En la cancillería, al ser interrogado acerca de las consecuencias que habría en caso de no lograr resultados suficientes para reducir la migración irregular, el canciller declaró: “Ellos quieren que discutamos –si las medidas no funcionan– la propuesta de tercer país seguro… Nosotros pensamos que se tiene que crear un sistema de gestión migratoria, que es un concepto muy distinto, sobre asilo y refugio, y estaría por definirse cuál sería la distribución de responsabilidades en caso de que no funcionen las medidas que estamos implementando.","date_cue":None},
  {"excerpt":"La conferencia se dio ayer por la tarde, horas después de que el presidente de Estados Unidos, Donald Trump, declaró que la mayor parte del acuerdo migratorio convenido con México no se había revelado.","date_cue":"ayer por la tarde"},
  {"excerpt":"Periódico La Jornada\n\nMiércoles 12 de junio de 2019, p. 3","date_cue":None}],
 "stances":[
  {"target":"safe_third_country","stance":"against","confidence":"medium","rationale":"Ebrard says the US wants to discuss a safe third country deal if Mexico's measures fail, while Mexico argues for a different, shared asylum management system.","annotator_id":"ann-a"}]})
with open("chunk_03.jsonl","w") as f:
    for x in L: f.write(json.dumps(x,ensure_ascii=False)+"\n")
