from lib import *
R=[]
U="https://laprensadecoahuila.com.mx/2025/01/22/se-restablece-quedate-en-mexico-moctezuma"
R.append(src(U,"[headline not shown in the stored copy]","La Prensa de Coahuila",published_date="2025-01-22"))
R.append(actor("esteban-moctezuma","Esteban Moctezuma Barragán","person","MEX","mx-sre","Ambassador of Mexico to the United States (2025)"))
E0=("Con las primeras órdenes ejecutivas del Presidente de Estados Unidos, Donald Trump, se restableció el programa «Quédate en México», con algunas adecuaciones, señaló ayer Esteban Moctezuma, Embajador en el país vecino.","señaló ayer")
E1=("«En 2018 se estableció el MMP (Protocolo de Protección a los Migrantes, por sus siglas en inglés), que es un sistema de regreso de las personas que entran a los Estados Unidos, en donde esa nueva orden ejecutiva está ya deteniendo el asilo en la frontera sur de los Estados Unidos.",None)
E2=("«Hemos estado trabajando con ese tema desde el 2018, se interrumpió durante el mandato del Presidente Biden y ahora lo que está sucediendo es que se restablece, en condiciones similares, pero con algunos cambios», apuntó Moctezuma en un video difundido en redes sociales.",None)
R.append(st("esteban-moctezuma","2025-01-21",U,
 "En 2018 se estableció el MMP (Protocolo de Protección a los Migrantes, por sus siglas en inglés), que es un sistema de regreso de las personas que entran a los Estados Unidos, en donde esa nueva orden ejecutiva está ya deteniendo el asilo en la frontera sur de los Estados Unidos.",
 "In 2018 the MPP (Migrant Protection Protocols) was established, a system for returning people who enter the United States, and that new executive order is already halting asylum at the southern border of the United States.",
 "social_media",[E0,E1,E2],
 [("mpp","neutral","medium","He describes MPP as a return system and notes its reinstatement without evaluating it."),
  ("asylum_restrictions","neutral","medium","He reports that the new executive order is halting asylum at the US southern border, without judgement.")],event_id="EVT-00008"))
E3=("«Son temas objeto de una negociación, de sentarse en la mesa, decidir los detalles, y el Canciller de Juan Ramón de la Fuente, con instrucciones de la Presidenta, está hablando con Marco Rubio para poder iniciar un diálogo en este respecto», agregó.",None)
E4=("El funcionario señaló que la Presidenta Claudia Sheinbaum ordenó al personal diplomático arrancar las negociaciones con la nueva administración de Estados Unidos.\nEl pasado martes, indicó, el Canciller Juan Ramón de la Fuente tuvo su primer acercamiento con Marco Rubio, Secretario de Estado de EU, para plantearle una mesa de negociación en torno a temas comerciales y migratorios.",None)
R.append(st("esteban-moctezuma","2025-01-21",U,
 "Son temas objeto de una negociación, de sentarse en la mesa, decidir los detalles, y el Canciller de Juan Ramón de la Fuente, con instrucciones de la Presidenta, está hablando con Marco Rubio para poder iniciar un diálogo en este respecto",
 "These are matters to be negotiated, to sit at the table and decide the details, and Foreign Minister Juan Ramón de la Fuente, on the President's instructions, is talking with Marco Rubio in order to start a dialogue on this",
 "social_media",[E0,E3,E4],
 [("us_mexico_cooperation","favor","medium","He presents the foreign minister's talks with Rubio as the way to negotiate the migration issues with the US.")],event_id="EVT-00009"))
write("chunk_02.jsonl",R)
U3="https://tijuananoticias.info/bc/?p=98312"
R.append(src(U3,"BRINDA AYUNTAMIENTO DE TIJUANA ACOMPAÑAMIENTO A PRIMEROS MIGRANTES ATENDIDOS MEDIANTE APLICACIÓN CBP ONE","Tijuana Noticias",published_date="2023-01-18",source_type="press_release",original_publisher="Ayuntamiento de Tijuana"))
A1=("BRINDA AYUNTAMIENTO DE TIJUANA ACOMPAÑAMIENTO A PRIMEROS MIGRANTES ATENDIDOS MEDIANTE APLICACIÓN CBP ONE\nTijuana, Baja California., a 18 de enero del 2023.- El Ayuntamiento de Tijuana, a través de la Dirección Municipal de Atención al Migrante (DMAM), brindó acompañamiento a los primeros migrantes que realizaron el trámite de excepción al Título 42, mediante la aplicación CBP One.","Tijuana, Baja California., a 18 de enero del 2023.-")
A2=("Lucero Vázquez recordó que CBP One es una modalidad en línea, que la Oficina de Aduanas y Protección Fronteriza de Estados Unidos (CBP por sus siglas en inglés), lanzó el pasado 12 de enero, como una medida migratoria para agilizar la entrada, reducir el tiempo de espera y llevar un proceso seguro y ordenado de los solicitantes.",None)
R.append(st("tijuana-city-government","2023-01-18",U3,
 "El Ayuntamiento de Tijuana, a través de la Dirección Municipal de Atención al Migrante (DMAM), brindó acompañamiento a los primeros migrantes que realizaron el trámite de excepción al Título 42, mediante la aplicación CBP One.",
 "The Tijuana city government, through its Municipal Migrant Affairs Office (DMAM), accompanied the first migrants who completed the Title 42 exception procedure through the CBP One app.",
 "press_release",[A1],
 [("cbp_one","favor","high","The city presents its own support for the first CBP One appointment holders."),
  ("humanitarian_assistance","favor","medium","The city reports accompanying migrants through its migrant-affairs office.")],stype="document_excerpt"))
R.append(st("tijuana-city-government","2023-01-18",U3,
 "Lucero Vázquez recordó que CBP One es una modalidad en línea, que la Oficina de Aduanas y Protección Fronteriza de Estados Unidos (CBP por sus siglas en inglés), lanzó el pasado 12 de enero, como una medida migratoria para agilizar la entrada, reducir el tiempo de espera y llevar un proceso seguro y ordenado de los solicitantes.",
 "Lucero Vázquez recalled that CBP One is an online mechanism that US Customs and Border Protection launched on 12 January as a migration measure to speed up entry, reduce waiting time and give applicants a safe and orderly process.",
 "press_release",[A2,A1],
 [("cbp_one","favor","high","The release describes CBP One approvingly as a safe, orderly and faster way of entry.")],stype="document_excerpt"))
U4="https://estadosmx.com/invitan-a-unirse-a-punto-amigable-para-migrantes"
R.append(src(U4,"INVITAN A UNIRSE A “PUNTO AMIGABLE” PARA MIGRANTES","Estados MX",published_date="2023-09-21",source_type="press_release",original_publisher="Ayuntamiento de Tijuana"))
B1=("INVITAN A UNIRSE A “PUNTO AMIGABLE” PARA MIGRANTES\n·\nEstablecen ruta de información prioritaria para quienes llegan a esta\nciudad.\nTijuana,\nB.C., 21 septiembre 2023.- La presidenta municipal de Tijuana, Montserrat\nCaballero Ramírez, invitó a la ciudadanía tijuanense y empresarios a\nconvertirse en un Punto Amigable para Migrantes y Refugiados, como parte de las\npolíticas públicas que implementa el Ayuntamiento a favor de toda la comunidad en\ncontexto de movilidad.","21 septiembre 2023")
B2=("Enrique\nLucero Vázquez, director de Atención al Migrante, precisó que a través del\nprograma CBP One, más de 60 mil migrantes han ingresado por la Garita El Chaparral,\ndel 18 de enero a la fecha, de los cuales la comunidad mexicana es la principal\nbeneficiada con 20 mil ingresos por esta vía, que es la única opción legal,\nsegura y ordenada.",None)
R.append(st("tijuana-city-government","2023-09-21",U4,
 "a través del programa CBP One, más de 60 mil migrantes han ingresado por la Garita El Chaparral, del 18 de enero a la fecha, de los cuales la comunidad mexicana es la principal beneficiada con 20 mil ingresos por esta vía, que es la única opción legal, segura y ordenada.",
 "more than 60,000 migrants have entered through the El Chaparral port of entry via the CBP One programme since 18 January, the Mexican community being the main beneficiary with 20,000 entries by this route, which is the only legal, safe and orderly option.",
 "press_release",[B2,B1],
 [("cbp_one","favor","high","The release gives CBP One entry figures and calls it the only legal, safe and orderly option.")],stype="document_excerpt"))
write("chunk_02.jsonl",R)
