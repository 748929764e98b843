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
