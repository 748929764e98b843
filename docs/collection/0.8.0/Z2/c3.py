from add import *
C="chunk_03.jsonl"
u="https://elpais.com/america-colombia/2026-02-25/no-estan-solos.html"
src(C,u,"[headline not shown in the stored copy]","El País (América Colombia)","2026-02-25",stype="other")
stm(C,"co-cancilleria","2026-02-25",u,"document_excerpt",
 "Desde la Cancillería hemos abierto los canales diplomáticos necesarios para el retorno seguro de los colombianos y las colombianas. Hemos enviado vuelos humanitarios de repatriación de los connacionales que se encuentran en esos centros de detención, usando los recursos de la nación.",
 "At the Foreign Ministry we have opened the diplomatic channels needed for the safe return of Colombian men and women. We have sent humanitarian repatriation flights for nationals held in those detention centres, using the nation's resources.",
 "other",
 [("date 2026-02-25 Los inmigrantes colombianos detenidos en Estados Unidos son parte de una creciente crisis humanitaria que golpea al mundo. La Cancillería ha garantizado el retorno seguro de 5.862 connacionales a través de 57 vuelos de repatriación","date 2026-02-25"),
  ("Desde la Cancillería hemos abierto los canales diplomáticos necesarios para el retorno seguro de los colombianos y las colombianas. Hemos enviado vuelos humanitarios de repatriación de los connacionales que se encuentran en esos centros de detención, usando los recursos de la nación. Desde el 28 de enero de 2025 hasta el 11 de febrero de 2026, se han realizado 57 vuelos de repatriación, permitiendo el retorno de 5862 compatriotas sin cadenas y sin esposas.",None)],
 [("humanitarian_assistance","favor","high","The ministry defends its own repatriation flights for Colombians held in US immigration detention.")])
stm(C,"co-cancilleria","2026-02-25",u,"document_excerpt",
 "La respuesta debe comenzar por entender que la segunda Administración del presidente Donald Trump parece no tener intención de detener la persecución de inmigrantes irregulares o “sin papeles” en el territorio estadounidense.",
 "The answer must begin by understanding that President Donald Trump's second administration appears to have no intention of stopping the persecution of irregular or 'undocumented' immigrants on US territory.",
 "other",
 [("date 2026-02-25 Los inmigrantes colombianos detenidos en Estados Unidos son parte de una creciente crisis humanitaria que golpea al mundo. La Cancillería ha garantizado el retorno seguro de 5.862 connacionales a través de 57 vuelos de repatriación","date 2026-02-25"),
  ("La respuesta debe comenzar por entender que la segunda Administración del presidente Donald Trump parece no tener intención de detener la persecución de inmigrantes irregulares o “sin papeles” en el territorio estadounidense. No se trata de encontrar culpables sobre la situación que padecen los inmigrantes, sino de precisar y analizar desde una perspectiva cl",None)],
 [("mass_deportations","against","medium","The ministry describes the US administration's campaign against undocumented immigrants as persecution.")])
actor(C,"angela-maria-vergara","Ángela María Vergara","person","COL",None,"Member of Colombia's Cámara de Representantes for Bolívar (Partido Conservador)")
u2="https://www.laprensa.hn/mundo/diputada-denuncia-hijo-lleva-18-dias-detenido-ice-estados-unidos-AA29292839"
src(C,u2,"[headline not shown in the stored copy]","La Prensa (Honduras)","2026-02-13")
stm(C,"angela-maria-vergara","2026-02-13",u2,"direct_quote",
 "Un joven que siquiera tiene una infracción de tránsito, pero que él y al igual que muchos colombianos están viviendo un martirio, que no han podido regresar a su país, que necesitan la intervención urgente del Estado",
 "A young man who does not even have a traffic violation, but who, like many Colombians, is living through an ordeal, who have not been able to return to their country, who need the State's urgent intervention.",
 "social_media",
 [("La congresista colombiana Ángela María Vergara denunció este viernes que su hijo Rafael Alfonso Vergara lleva 18 días detenido por el Servicio de Inmigración y Control de Aduanas de Estados Unidos (ICE, por sus siglas en inglés) en \"condiciones inhumanas\". \"Un joven que siquiera tiene una infracción de tránsito, pero que él y al igual que muchos colombianos están viviendo un martirio, que no han podido regresar a su país, que necesitan la intervención urgente del Estado. Es por eso que hoy como madre les pido ayuda\", señaló Vergara en un video difundido en redes sociales.","este viernes")],
 [("humanitarian_assistance","favor","medium","The legislator asks the Colombian state to intervene urgently for Colombians held by US immigration authorities who cannot return home.")])
u3="https://www.elespectador.com/politica/hijo-de-congresista-de-colombia-angela-vergara-partido-conservador-retenido-por-ice-de-trump-en-estados-unidos-noticas-hoy/"
src(C,u3,"[headline not shown in the stored copy]","El Espectador","2026-02-13")
stm(C,"angela-maria-vergara","2026-02-13",u3,"direct_quote",
 "Alzo la voz desde lo humano por las familias que sufren sin ayuda; por colombianos que hoy son tratados como delincuentes sin serlo. Hombres y mujeres que llevan meses privados de la libertad, esperando un vuelo para regresar a casa o una intervención del Estado colombiano que les devuelva la esperanza",
 "I raise my voice on human grounds for the families who suffer without help; for Colombians who today are treated as criminals without being so. Men and women who have spent months deprived of their liberty, waiting for a flight home or for an intervention by the Colombian State that gives them back hope.",
 "social_media",
 [("Desde el Partido Conservador informaron en la mañana de este viernes que un familiar de una de sus integrantes del Congreso tuvo problemas migratorios en Estados Unidos y que, por lo mismo, se encuentra retenido en territorio de ese país.","este viernes"),
  ("Se trata de Ángela Vergara, representante a la Cámara por Bolívar, quien denunció a través de sus redes y las de la colectividad azul que su hijo lleva al menos 18 días en condición de retenido por el Servicio de Inmigración y Control de Aduanas de Estados Unidos (ICE, por sus siglas en inglés).",None),
  ("“Alzo la voz desde lo humano por las familias que sufren sin ayuda; por colombianos que hoy son tratados como delincuentes sin serlo. Hombres y mujeres que llevan meses privados de la libertad, esperando un vuelo para regresar a casa o una intervención del Estado colombiano que les devuelva la esperanza”, precisó la representante Vergara.",None)],
 [("mass_deportations","against","medium","The legislator criticises the treatment of Colombians held for months by US immigration authorities as if they were criminals.")])
