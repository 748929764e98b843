from lib import *
R=[]
U="https://www.publinews.gt/noticias/2025/01/28/guatemala-apuesta-por-la-negociacion-y-la-diplomacia-tras-vuelos-de-retornados-desde-ee-uu"
R.append(src(U,"[headline not shown in the stored copy]","Publinews Guatemala",published_date="2025-01-28"))
R.append(actor("carlos-ramiro-martinez","Carlos Ramiro Martínez","person","GTM","gt-minex","Foreign Minister of Guatemala (2025)"))
E1=("El canciller, Carlos Martínez, dijo ayer, durante una conferencia de prensa, que se le apostará “al diálogo y a la negociación diplomática” en relación con la posición de Guatemala por las deportaciones que se están realizando desde los Estados Unidos.\nPUBLICIDAD\n“No podemos rechazar las deportaciones o los viajes de retornados de guatemaltecos. Nosotros apostamos a la negociación y a la diplomacia”, expresó.","dijo ayer")
R.append(st("carlos-ramiro-martinez","2025-01-27",U,
 "No podemos rechazar las deportaciones o los viajes de retornados de guatemaltecos. Nosotros apostamos a la negociación y a la diplomacia",
 "We cannot reject the deportations or the flights of returned Guatemalans. We are betting on negotiation and diplomacy",
 "press_conference",[E1],
 [("mass_deportations","neutral","medium","He accepts that Guatemala must receive deportation flights of its nationals and prefers diplomacy, without endorsing the removals.")]))
write("chunk_04.jsonl",R)
U2="https://newsweekespanol.com/elsalvador/2025/04/13/eeuu-envia-al-cecot-a-otros-10-migrantes-acusados-de-pertenecer-a-las-pandillas-ms-13-y-tren-de-aragua"
R.append(src(U2,"[headline not shown in the stored copy]","Newsweek en Español",published_date="2025-04-13"))
R.append(actor("gustavo-villatoro","Gustavo Villatoro","person","SLV",None,"Minister of Justice and Public Security of El Salvador (2025)"))
E1=("“Anoche, recibimos desde Guantánamo a 10 criminales de la MS-13 y del Tren de Aragua, quienes ya se encuentran encerrados en el CECOT”, dijo este domingo en una publicación en sus redes sociales el ministro salvadoreño de Seguridad y Justicia, Gustavo Villatoro.","dijo este domingo")
E2=("Estados Unidos deportó a El Salvador a 10 migrantes, a los que acusa de pertenecer a las pandillas salvadoreña Mara Salvatrucha (MS-13) Tren de Aragua, de Venezuela, anunció este domingo el secretario de Estado, Marco Rubio.",None)
R.append(st("gustavo-villatoro","2025-04-13",U2,
 "Anoche, recibimos desde Guantánamo a 10 criminales de la MS-13 y del Tren de Aragua, quienes ya se encuentran encerrados en el CECOT",
 "Last night we received from Guantánamo 10 criminals of MS-13 and Tren de Aragua, who are already locked up in CECOT",
 "social_media",[E1,E2],
 [("third_country_removals","favor","medium","He presents El Salvador's receipt and jailing of people sent by the US from Guantánamo as a government achievement.")]))
write("chunk_04.jsonl",R)
U3="https://www.elheraldo.co/colombia/2026/01/30/fuerza-aerea-asumira-operacion-de-20-vuelos-para-repatriar-colombianos-deportados-desde-estados-unidos-segun-villavicencio/"
R.append(src(U3,"[headline not shown in the stored copy]","El Heraldo (Colombia)",published_date="2026-01-30"))
R.append(actor("rosa-villavicencio","Rosa Villavicencio","person","COL","co-cancilleria","Foreign Minister of Colombia (2026)"))
E1=("La ministra de Relaciones Exteriores, Rosa Villavicencio, informó este viernes 30 de enero que la Fuerza Aérea Colombiana asumirá la operación de los 20 vuelos destinados al traslado de ciudadanos colombianos deportados desde Estados Unidos.","este viernes 30 de enero")
E2=("“Hay que decir también que Estados Unidos tiene un programa de retorno voluntario, al que pueden acogerse las personas que todavía no están en estos centros de entrenamiento, por decirlo así, pero que tengan la voluntad de querer volver, porque no tienen posibilidades de contar con un permiso de trabajo ni con las condiciones administrativas y legales, y puedan retornar al país a través de estos programas, que están abiertos también para hacer un retorno de forma voluntaria”, concluyó.",None)
R.append(st("rosa-villavicencio","2026-01-30",U3,
 "Hay que decir también que Estados Unidos tiene un programa de retorno voluntario, al que pueden acogerse las personas que todavía no están en estos centros de entrenamiento, por decirlo así, pero que tengan la voluntad de querer volver",
 "It should also be said that the United States has a voluntary return programme, which people who are not yet in these training [sic: detention] centres, so to speak, but who are willing to come back can join",
 "other",[E1,E2],
 [("mass_deportations","neutral","medium","She describes the US voluntary-return programme offered alongside the deportation flights, without evaluating it.")]))
write("chunk_04.jsonl",R)
U4="https://www.diariolibre.com/mundo/america-latina/2026/01/30/colombia-y-ee-uu-acuerdan-seguir-vuelos-de-deportados-/3420903"
R.append(src(U4,"Colombia acuerda con EE. UU. continuar los vuelos de deportados","Diario Libre",published_date="2026-01-30"))
E1=("El Gobierno colombiano acordó con Estados Unidos que seguirá haciendo vuelos para traer a ciudadanos deportados de ese país, dijo este viernes la canciller Rosa Villavicencio, al explicar la política integral de retorno de la Administración del presidente Gustavo Petro.\n- \"Con Estados Unidos hemos acordado seguir trayendo a las personas que van a ser deportadas, que cuentan ya con una resolución de expulsión por esta vía, y por ahora mantendremos unos veinte vuelos, uno semanal, para ir trayendo a estas personas\", manifestó la ministra.","dijo este viernes")
R.append(st("rosa-villavicencio","2026-01-30",U4,
 "Con Estados Unidos hemos acordado seguir trayendo a las personas que van a ser deportadas, que cuentan ya con una resolución de expulsión por esta vía, y por ahora mantendremos unos veinte vuelos, uno semanal, para ir trayendo a estas personas",
 "We have agreed with the United States to keep bringing back, by this route, the people who are going to be deported and who already have an expulsion order, and for now we will keep about twenty flights, one a week, to bring these people back",
 "other",[E1],
 [("mass_deportations","neutral","medium","She announces Colombia's arrangement with the US to fly its deported nationals home, without judging the removals.")]))
write("chunk_04.jsonl",R)
