from add import add
add("chunk_01.jsonl",[
{"kind":"statement","actor_id":"un-agencies-panama-2022-10","date":"2022-10-14","source":"SRC-00901","event_id":None,"statement_type":"document_excerpt",
 "text":"Sin embargo, las agencias siguen profundamente preocupadas por las continuas restricciones de acceso al asilo que sufren personas de muchas nacionalidades diferentes en la frontera entre México y Estados Unidos debido al Título 42.",
 "language":"es","text_en":"However, the agencies remain deeply concerned about the continuing restrictions on access to asylum faced by people of many different nationalities at the border between Mexico and the United States because of Title 42.",
 "channel":"press_release",
 "evidence":[
  {"excerpt":"Comunicado de prensa conjunto\n\n14 de octubre de 2022\n\nCIUDAD DE PANAMÁ, Panamá – La Organización Internacional para las Migraciones (OIM), la Agencia de la ONU para los Refugiados (ACNUR) y el Fondo de las Naciones Unidas para la Infancia (UNICEF) reciben con satisfacción el anuncio de los gobiernos de Estados Unidos y México de una nueva vía de admisión para que personas venezolanas desplazadas puedan ingresar a Estados Unidos.","date_cue":"14 de octubre de 2022"},
  {"excerpt":"Sin embargo, las agencias siguen profundamente preocupadas por las continuas restricciones de acceso al asilo que sufren personas de muchas nacionalidades diferentes en la frontera entre México y Estados Unidos debido al Título 42.","date_cue":None}],
 "stances":[{"target":"asylum_restrictions","stance":"against","confidence":"high","rationale":"The agencies voice deep concern about Title 42 limiting access to asylum at the US-Mexico border.","annotator_id":"ann-a"}]},
])
