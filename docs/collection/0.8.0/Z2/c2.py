from add import *
C="chunk_02.jsonl"
u4="https://www.abc.com.py/internacionales/2026/02/20/paraguay-amplia-acuerdo-migratorio-y-podrian-enviar-a-rechazados-por-eeuu/"
src(C,u4,"[headline not shown in the stored copy]","ABC Color","2026-02-20")
stm(C,"py-cancilleria","2026-02-20",u4,"direct_quote",
 "amplía la cooperación en materia migratoria entre ambos países y permite que migrantes que no son recibidos en los EE.UU. puedan ser reconducidos a sus países con la ayuda de Paraguay",
 "[the memorandum] expands migration cooperation between the two countries and allows migrants who are not received in the US to be sent on to their countries with Paraguay's help",
 "press_release",
 [("El comunicado del Ministerio de Relaciones Exteriores, publicado hoy, indica el canciller nacional, Rubén Ramírez Lezcano, firmó con Michael Kozak, de la Oficina para Asuntos del Hemisferio Occidental del Departamento de Estado, la ampliación del memorando de entendimiento o acuerdo migratorio y que “amplía la cooperación en materia migratoria entre ambos países y permite que migrantes que no son recibidos en los EE.UU. puedan ser reconducidos a sus países con la ayuda de Paraguay”.","publicado hoy")],
 [("third_country_removals","favor","high","The ministry presents as its own policy an arrangement under which Paraguay helps route migrants the US does not admit on to their home countries.")])
u3="https://www.abc.com.py/internacionales/2026/02/20/paraguay-apoyara-a-estados-unidos-con-el-traslado-a-sus-paises-de-migrantes-no-admitidos/"
src(C,u3,"[headline not shown in the stored copy]","ABC Color","2026-02-20",stype="wire_report",orig="EFE")
add(C,{"kind":"event","date_start":"2026-02-19","date_end":None,"date_precision":"day","event_type":"agreement","title":"Paraguay and the US sign an expansion of their migration memorandum","description":"During a visit to Washington, Paraguayan Foreign Minister Rubén Ramírez signed with the State Department's Michael Kozak a memorandum that complements the August 2025 safe-third-country agreement; Paraguay's foreign ministry said it is meant to help repatriate migrants to their own countries or to a third country.","country":"PRY","location":"Washington","actor_ids":["ruben-ramirez-lezcano","py-cancilleria"],"sources":[u3],"instrument":None,
 "evidence":[{"source":u3,"excerpt":"El documento se firmó durante la visita, este jueves, del ministro paraguayo de Relaciones Exteriores, Rubén Ramírez, a Washington, donde se reunió con Michael Kozak, de la Oficina para Asuntos del Hemisferio Occidental del Departamento de Estado, añadió la nota.","date_cue":"este jueves"},
             {"source":u3,"excerpt":"El convenio complementa un acuerdo de Tercer País Seguro rubricado en agosto de 2025 por la Comisión Nacional para Apátridas y Refugiados (Conare) de Paraguay y los Departamentos de Estado y de Seguridad Nacional, por medio del cual los solicitantes de asilo que se encuentran en EE.UU. pueden presentar sus pedidos de protección en este país suramericano.","date_cue":None},
             {"source":u3,"excerpt":"\"Esta iniciativa refuerza la cooperación de nuestro país con los EE.UU. (y) pretende ayudar en el proceso migratorio de la región facilitando la repatriación de migrantes a sus respectivos países o a un tercer país que consideren\", señaló el Ministerio de Relaciones Exteriores de Paraguay en un comunicado.","date_cue":None}]})
u5="https://www.abc.com.py/politica/2025/10/18/por-ahora-no-tratan-acuerdo-con-eeuu-sobre-refugiados-en-conare/"
src(C,u5,"Por ahora no tratan acuerdo con EE.UU. sobre refugiados en Conare","ABC Color","2025-10-18")
actor(C,"carlos-vera-aguilera","Carlos Vera Aguilera","person","PRY","py-cancilleria","President of Paraguay's Comisión Nacional de Apátridas y Refugiados (CONARE) and director general of consular affairs (2025)")
stm(C,"carlos-vera-aguilera","2025-10-17",u5,"direct_quote",
 "Sobre el acuerdo aún no se abordó, antes de activar ese acuerdo, estamos evaluando primero nuestras capacidades institucionales",
 "The agreement has not yet been taken up; before activating that agreement, we are first assessing our institutional capacities.",
 "other",
 [("Ayer se reunió en la sede de la Cancillería la Comisión Nacional de Apátridas y Refugiados (Conare), encuentro que fue a puertas cerradas, aunque escuetamente informaron que de momento no hay avances en el controvertido acuerdo firmado con el Gobierno de los Estados Unidos de América para que nuestro país acoja a refugiados que el país del norte no quiera o no pueda admitir en su territorio.","Ayer"),
  ("“Sobre el acuerdo aún no se abordó, antes de activar ese acuerdo, estamos evaluando primero nuestras capacidades institucionales”, indicó el presidente del Conare y director general de Asuntos Consulares, embajador Carlos Vera Aguilera.",None)],
 [("safe_third_country","neutral","medium","The official reports that the asylum agreement with the US has not been activated while capacities are assessed, without judging it.")])
