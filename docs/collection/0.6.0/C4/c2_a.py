from add import add
D="https://diarioelsalvador.com/gobierno-de-guatemala-sorprendido-por-decision-unilateral-de-ee-uu/360168/"
S="https://revistasumma.com/?p=193901"
add("chunk_02.jsonl",[
{"kind":"source","url":D,"title":"[headline not shown in the stored copy]","publisher":"Diario El Salvador","original_publisher":None,"author":None,"published_date":None,"source_type":"news_article","language":"es","accessed_date":"2026-12-04"},
{"kind":"statement","actor_id":"kevin-lopez-gt","date":"2023-05-12","source":D,"event_id":None,"statement_type":"direct_quote",
 "text":"Queremos aclarar que al gobierno de Guatemala no nos han comunicado realmente la operatividad de estos centros de recepción",
 "language":"es","text_en":"We want to make clear that the Government of Guatemala has not really been told how these reception centres will operate.",
 "channel":"press_conference",
 "evidence":[
  {"excerpt":"El gobierno de Guatemala dijo este viernes que prevé un aumento de la migración hacia Estados Unidos tras el fin de la aplicación del Título 42. Además, Kevin López, secretario de Comunicaciones de la presidencia, señaló que Estados Unidos no ha brindado hasta ahora información a Guatemala sobre la apertura de un centro de procesamiento para migrantes que, según Washington, tendría que estar funcionando desde hoy.","date_cue":"este viernes"},
  {"excerpt":"«Queremos aclarar que al gobierno de Guatemala no nos han comunicado realmente la operatividad de estos centros de recepción», dijo López a periodistas, en el marco de una cumbre de la Asociación de Estados del Caribe en la ciudad colonial de Antigua.","date_cue":None},
  {"excerpt":"Estados Unidos dejó sin efecto el jueves a la medianoche el Título 42 invocado desde 2020 para expulsar a la mayoría de los migrantes que entraban por la frontera con México, y anunció la creación de centros regionales de procesamiento de pedidos de refugio en América Latina, empezando por Guatemala y Colombia.","date_cue":None}],
 "stances":[{"target":"cbp_one","stance":"neutral","confidence":"medium","rationale":"The spokesman says Guatemala has not been told how the US regional processing centres for orderly asylum access would work, without judging them.","annotator_id":"ann-a"}]},
{"kind":"source","url":S,"title":"[headline not shown in the stored copy]","publisher":"Revista Summa","original_publisher":"EFE","author":None,"published_date":None,"source_type":"wire_report","language":"es","accessed_date":"2026-12-04"},
{"kind":"statement","actor_id":"kevin-lopez-gt","date":"2023-05-12","source":S,"event_id":None,"statement_type":"direct_quote",
 "text":"Tras el fin del título 42 se prevé una oleada de migrantes de la región y será un desafío para las capacidades del Estado de Guatemala",
 "language":"es","text_en":"After the end of Title 42 a wave of migrants from the region is expected, and it will be a challenge for the capacities of the Guatemalan state.",
 "channel":"press_conference",
 "evidence":[
  {"excerpt":"Las autoridades de Guatemala informaron este viernes que el Gobierno de EE.UU. no ha presentado una «solicitud formal» para implementar centros regionales de procesamiento de migrantes, en su territorio, tras el fin del título 42.","date_cue":"este viernes"},
  {"excerpt":"«Tras el fin del título 42 se prevé una oleada de migrantes de la región y será un desafío para las capacidades del Estado de Guatemala», agregó López.","date_cue":None},
  {"excerpt":"La medida fue anunciada después de que el título 42, norma sanitaria que sirvió a Estados Unidos para deportar en caliente a más de 2,5 millones de migrantes alegando causas sanitarias, perdiera vigencia el 11 de mayo.","date_cue":None}],
 "stances":[{"target":"asylum_restrictions","stance":"neutral","confidence":"medium","rationale":"The spokesman forecasts the effect of Title 42's end on migration through Guatemala without taking a side on the measure.","annotator_id":"ann-a"}]},
])
