from lib import *
R=[]
U1="https://elpitazo.net/migracion/ee-uu-deporta-venezolanos-migrantes-a-mexico-tras-suspension-de-vuelos-directos-a-venezuela/"
R.append(src(U1,"[headline not shown in the stored copy]","El Pitazo",None,orig="Voz de América"))
EV1=("“Hay una pausa temporal en los vuelos a Venezuela, como ustedes bien saben las relaciones diplomáticas con Venezuela son tensas, no hay certeza ni es previsibilidad, pero continuamos las conversaciones y estamos regresando a los venezolanos a México”, dijo Mayorkas al medio Voz de América el martes 21 de mayo.","el martes 21 de mayo")
EVY=("Se calcula que unos 1.320 migrantes llegaron a Venezuela, 120 por vuelo en promedio, desde el anuncio del acuerdo bilateral, el 5 de octubre. Adicionalmente, autoridades reportaron otros 3 vuelos directos de deportación en enero de 2024.",None)
R.append(st("alejandro-mayorkas","2024-05-21",U1,
 "Hay una pausa temporal en los vuelos a Venezuela, como ustedes bien saben las relaciones diplomáticas con Venezuela son tensas, no hay certeza ni es previsibilidad, pero continuamos las conversaciones y estamos regresando a los venezolanos a México",
 "There is a temporary pause in the flights to Venezuela; as you well know, diplomatic relations with Venezuela are tense, there is no certainty or predictability, but we continue the talks and we are returning Venezuelans to Mexico.",
 "interview",[EV1,EVY],
 [("mexico_accepts_returnees","favor","medium","He presents the return of Venezuelans to Mexico as the department's current practice while flights to Venezuela are paused."),
  ("mass_deportations","neutral","medium","He reports the pause in deportation flights to Venezuela without judging it.")]))
R.append(st("alejandro-mayorkas","2024-05-21",U1,
 "Esfuerzos a lo largo de puntos de revisión para mover personas del norte al sur de México, como uno de los pasos que ellos han asumido en el compromiso de compartir para desalentar la inmigración irregular",
 "Efforts along checkpoints to move people from the north to the south of Mexico, as one of the steps they have taken in the shared commitment to discourage irregular migration.",
 "interview",
 [("Mayorkas celebró las acciones del Gobierno de México para detener el flujo de migrantes, que busca llegar a la frontera de Estados Unidos, mediante controles en los trenes y en los puntos de revisión.\n“Esfuerzos a lo largo de puntos de revisión para mover personas del norte al sur de México, como uno de los pasos que ellos han asumido en el compromiso de compartir para desalentar la inmigración irregular”, sostuvo el funcionario.",None),EV1,EVY],
 [("us_mexico_cooperation","favor","high","He credits Mexico's checkpoint measures as part of a shared commitment to deter irregular migration.")]))
write("chunk_05.jsonl",R)
U2="https://www.unotv.com/estados-unidos/trump-ha-deportado-a-mas-de-medio-millon-de-migrantes-durante-su-mandato/"
R.append(src(U2,"[headline not shown in the stored copy]","Uno TV","2026-01-01"))
R.append(actor("us-embassy-mexico","US Embassy in Mexico","government_body","USA","us-state-department",None))
R.append(st("us-embassy-mexico","2026-01-01",U2,
 "Más de 2 millones de extranjeros ilegales han salido de EE.UU. Más de 515,000 extranjeros ilegales han sido deportados. 485,000 extranjeros ilegales han sido arrestados. #NiLoIntentes",
 "More than 2 million illegal aliens have left the US. More than 515,000 illegal aliens have been deported. 485,000 illegal aliens have been arrested. #DontEvenTryIt",
 "social_media",
 [("Más de 2 millones de extranjeros ilegales han salido de EE.UU. Más de 515,000 extranjeros ilegales han sido deportados. 485,000 extranjeros ilegales han sido arrestados. #NiLoIntentes pic.twitter.com/gsgi7Rphs9 — Embajada de EE.UU. en México (@USEmbassyMEX) January 1, 2026","January 1, 2026"),
  ("Más de 515 mil extranjeros han sido deportados de Estados Unidos durante el actual periodo del presidente Donald Trump, informó la Embajada de EE. UU. en México, como parte de la campaña oficial #NiLoIntentes, impulsada por el Departamento de Seguridad Nacional (DHS) para frenar la migración irregular.",None)],
 [("mass_deportations","favor","medium","The embassy publicises the administration's deportation and departure totals as part of a deterrence campaign.")]))
write("chunk_05.jsonl",R)
