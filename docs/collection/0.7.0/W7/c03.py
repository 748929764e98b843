from lib import *
R=[]
U="https://24horasyucatan.mx/2025/01/27/colombia-inicia-repatriacion-de-deportados-desde-eu"
R.append(src(U,"[headline not shown in the stored copy]","24 Horas Yucatán",published_date="2025-01-27",original_publisher="AFP"))
E1=("#Enminutos: Despegará hacia San Diego vuelo de la fuerza aérea colombiana (@FuerzaAereaCol) que traerá a 110 colombianos deportados desde Estados Unidos\n— Cancillería Colombia (@CancilleriaCol) January 27, 2025","January 27, 2025")
E2=("El avión de la Fuerza Aérea Colombiana salió desde Bogotá con un equipo especializado a bordo, incluyendo funcionarios de Migración, personal médico y representantes de la Cancillería. Estas medidas buscan garantizar un retorno seguro y respetuoso para los repatriados.",None)
R.append(st("co-cancilleria","2025-01-27",U,
 "#Enminutos: Despegará hacia San Diego vuelo de la fuerza aérea colombiana (@FuerzaAereaCol) que traerá a 110 colombianos deportados desde Estados Unidos",
 "#InMinutes: A Colombian Air Force flight (@FuerzaAereaCol) will take off for San Diego to bring back 110 Colombians deported from the United States",
 "social_media",[E1,E2],
 [("mass_deportations","neutral","medium","The ministry announces its own flight to collect deportees from the US, without judging the removals.")],event_id="EVT-00345"))
write("chunk_03.jsonl",R)
E1=("Tijuana, Baja California, 16 de enero de 2025.- Con un enfoque preventivo, el Cabildo del XXV Ayuntamiento de Tijuana ha emitido una declaratoria de emergencia para prepararse ante un posible aumento en la deportación de migrantes.","Tijuana, Baja California, 16 de enero de 2025.-")
E2=("El alcalde Ismael Burgueño Ruiz destacó que esta medida permitirá al municipio disponer de recursos financieros, materiales y humanos de manera inmediata, en caso de que la situación lo requiera.",None)
R.append(st("tijuana-city-government","2025-01-16","SRC-01017",
 "Con un enfoque preventivo, el Cabildo del XXV Ayuntamiento de Tijuana ha emitido una declaratoria de emergencia para prepararse ante un posible aumento en la deportación de migrantes.",
 "As a preventive measure, the council of the 25th Tijuana city government has issued an emergency declaration to prepare for a possible increase in the deportation of migrants.",
 "press_release",[E1,E2],
 [("mass_deportations","neutral","medium","The city prepares for a possible rise in deportations without judging the US removals."),
  ("humanitarian_assistance","favor","medium","The emergency declaration frees municipal resources to receive deportees.")],stype="document_excerpt",event_id="EVT-00287"))
write("chunk_03.jsonl",R)
