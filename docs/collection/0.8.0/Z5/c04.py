from lib import *
R=[]
U1="https://diario.mx/juarez/no-es-momento-de-venir-eu-20210212-1762069.html"
R.append(src(U1,"[headline not shown in the stored copy]","El Diario de Juárez","2021-02-12"))
R.append(actor("edgar-ramirez-dhs","Edgar Ramírez","person","USA","us-dhs","Attaché of the U.S. Department of Homeland Security at the U.S. Embassy in Mexico (2020-2021)"))
R.append(st("edgar-ramirez-dhs","2021-02-11",U1,
 "Que no les quede duda: éste no es el momento de venir a la frontera. La frontera no está abierta. Si intentan entrar a los Estados Unidos fuera de los casos autorizados por los Protocolos de Protección a Migrantes o MPP, perjudicarán sus posibilidades de ser admitidos en el futuro",
 "Make no mistake: this is not the time to come to the border. The border is not open. If you try to enter the United States outside the cases authorised under the Migrant Protection Protocols, or MPP, you will hurt your chances of being admitted in the future.",
 "press_release",
 [("Ciudad Juárez— “Éste no es el momento de venir a la frontera”, destacó ayer a través de un comunicado de prensa Édgar Ramírez, agregado del Departamento de Seguridad Nacional de Estados Unidos (DHS), luego del anuncio de que a partir del 19 de febrero se comenzará a procesar a los individuos que fueron forzados a “permanecer en México” bajo los Protocolos de Protección al Migrante (MPP).","ayer"),
  ("“Que no les quede duda: éste no es el momento de venir a la frontera. La frontera no está abierta. Si intentan entrar a los Estados Unidos fuera de los casos autorizados por los Protocolos de Protección a Migrantes o MPP, perjudicarán sus posibilidades de ser admitidos en el futuro”, apuntó.",None)],
 [("mpp","neutral","medium","He describes the processing of people with MPP cases as the only authorised route in, without judging the programme.")]))
write("chunk_04.jsonl",R)
