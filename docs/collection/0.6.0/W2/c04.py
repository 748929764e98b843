from h import *
C='chunk_04.jsonl'
actor(C,"danilo-rivera-igm","Alfredo Danilo Rivera","person","GTM","gt-igm","Director general of the Instituto Guatemalteco de Migración (2025-2026)")
u=src(C,"https://emisorasunidas.com/nacional/2026/01/06/arriban-los-primeros-vuelos-de-retornados-desde-eeuu-de-2026/","Arriban los primeros vuelos de retornados desde EE.UU. de 2026","Emisoras Unidas","2026-01-06")
st(C,"danilo-rivera-igm","2026-01-06",u,
 "Es indispensable que se acerquen para conocer sus perfiles y potencialidades. Es un proceso que requiere paciencia, pero que ofrece una ruta de reinserción",
 "It is essential that they come forward so that their profiles and potential can be known. It is a process that requires patience, but it offers a path to reintegration.",
 "press_conference",
 [("Guatemala recibió este martes 6 de enero, a los primeros 286 migrantes retornados de manera obligatoria desde Estados Unidos, marcando el inicio del ciclo de deportaciones de 2026, según fuentes oficiales.\n\nEl director general del Instituto Guatemalteco de Migración (IGM), Alfredo Danilo Rivera, informó en conferencia de prensa que el flujo comenzó con la llegada de tres vuelos programados al Centro de Recepción de Retornados en el Aeropuerto Internacional La Aurora.","este martes 6 de enero"),
  ("Rivera destacó la importancia de que los retornados se inscriban en el plan 'Retorno al Hogar', un programa de reintegración que busca vincular a los migrantes con oportunidades laborales y certificaciones de competencias.\n\n\"Es indispensable que se acerquen para conocer sus perfiles y potencialidades. Es un proceso que requiere paciencia, pero que ofrece una ruta de reinserción\", señaló el funcionario.",None)],
 [("humanitarian_assistance","favor","medium","The migration director urges returned Guatemalans to join the government's reintegration programme, which he presents as a route back into society.")])
u=src(C,"https://www.infobae.com/america/agencias/2025/03/27/cabello-secretaria-de-seguridad-de-eeuu-recorrio-carcel-salvadorena-como-un-zoologico/","[headline not shown in the stored copy]","Infobae","2025-03-27",stype='wire_report',orig="EFE")
st(C,"diosdado-cabello","2025-03-26",u,
 "Es un tráfico de seres humanos, los están vendiendo como esclavos porque Bukele está recibiendo plata por cada uno de ellos y, además de eso, los pone a (hacer) trabajos forzosos en El Salvador",
 "It is human trafficking; they are being sold as slaves because Bukele is receiving money for each of them and, on top of that, he puts them to forced labour in El Salvador.",
 "other",
 [("Caracas, 26 mar (EFE).- El ministro de Interior de Venezuela, Diosdado Cabello, dijo este miércoles que la secretaria de Seguridad Nacional de Estados Unidos, Kristi Noem, recorrió la cárcel salvadoreña de máxima seguridad donde se encuentran detenidos los más de 200 migrantes deportados por Washington como si hubiese estado en \"un zoológico\".","este miércoles"),
  ("A juicio del ministro venezolano, el Gobierno del mandatario salvadoreño, Nayib Bukele, que calificó de \"régimen fascista\", los tiene \"secuestrados\" en \"un campo de concentración\".\n\n\"Es un tráfico de seres humanos, los están vendiendo como esclavos porque Bukele está recibiendo plata por cada uno de ellos y, además de eso, los pone a (hacer) trabajos forzosos en El Salvador\", agregó.",None)],
 [("third_country_removals","against","high","Cabello calls the holding in El Salvador of Venezuelans deported there by the US a paid trade in human beings.")])
st(C,"un-agencies-panama-2022-10","2022-10-14","SRC-00901",
 "Asimismo, estas iniciativas no pueden menoscabar el derecho humano fundamental a solicitar asilo. El acceso a un territorio seguro para las personas que solicitan asilo es una piedra angular de la Convención sobre el Estatuto de los Refugiados de 1951 y del derecho internacional de los refugiados.",
 "Likewise, these initiatives cannot undermine the fundamental human right to seek asylum. Access to safe territory for people seeking asylum is a cornerstone of the 1951 Refugee Convention and of international refugee law.",
 "press_release",
 [("Comunicado de prensa conjunto\n\n14 de octubre de 2022\n\nCIUDAD DE PANAMÁ, Panamá – La Organización Internacional para las Migraciones (OIM), la Agencia de la ONU para los Refugiados (ACNUR) y el Fondo de las Naciones Unidas para la Infancia (UNICEF) reciben con satisfacción el anuncio de los gobiernos de Estados Unidos y México de una nueva vía de admisión para que personas venezolanas desplazadas puedan ingresar a Estados Unidos.","14 de octubre de 2022"),
  ("Asimismo, estas iniciativas no pueden menoscabar el derecho humano fundamental a solicitar asilo. El acceso a un territorio seguro para las personas que solicitan asilo es una piedra angular de la Convención sobre el Estatuto de los Refugiados de 1951 y del derecho internacional de los refugiados.",None)],
 [("asylum_restrictions","neutral","medium","The agencies restate the principle that new admission pathways must not replace access to asylum at the border, without a verdict on a specific measure in this passage.")],stype='document_excerpt')
