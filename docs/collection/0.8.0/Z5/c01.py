from lib import *
R=[]
U1="https://www.cuballama.com/noticias/maria-elvira-explicara-desoladora-situacion-migratoria-en-florida-a-secretaria-de-seguridad-nacional/"
R.append(src(U1,"[headline not shown in the stored copy]","Cuballama Noticias",None))
R.append(actor("maria-elvira-salazar","María Elvira Salazar","person","USA","us-house","U.S. Representative (R-Florida, FL-27)"))
R.append(st("maria-elvira-salazar","2025-06-06",U1,
 "Arrestos en Cortes de Inmigración, incluyendo personas con I-220A, con asilo político pendiente, la terminación del programa CHNV (Programa de Parole Humanitario), que ha dejado a cientos de miles expuestos a la deportación y otras medidas similares, ponen en riesgo el respeto al debido proceso que todo sistema democrático debe garantizar",
 "Arrests in immigration courts, including people with I-220A and with pending political asylum, the termination of the CHNV programme (Humanitarian Parole Programme), which has left hundreds of thousands exposed to deportation, and other similar measures put at risk the respect for due process that every democratic system must guarantee.",
 "social_media",
 [("Mi mensaje sobre las recientes acciones migratorias. pic.twitter.com/QroVdMD25t\n— María Elvira Salazar 🇺🇸 (@MaElviraSalazar) June 6, 2025","June 6, 2025"),
  ("“Arrestos en Cortes de Inmigración, incluyendo personas con I-220A, con asilo político pendiente, la terminación del programa CHNV (Programa de Parole Humanitario), que ha dejado a cientos de miles expuestos a la deportación y otras medidas similares, ponen en riesgo el respeto al debido proceso que todo sistema democrático debe garantizar”, apuntó Salazar",None)],
 [("mass_deportations","against","medium","She warns that court arrests and the end of parole, exposing hundreds of thousands to deportation, endanger due process.")]))
write("chunk_01.jsonl",R)
U2="https://sitquije.com/mundo/noticias/ee-uu-y-guatemala-firman-acuerdo-de-cooperacion-en-materia-de-asilo"
R.append(src(U2,"EE. UU. y Guatemala firman acuerdo de cooperación en materia de asilo","Sitquije","2019-08-30",stype="government_document",orig="ShareAmerica (U.S. Department of State)"))
E0=("ShareAmerica\n\nWashington, D. C. 30 de agosto de 2019.- Cuando el Acuerdo de cooperación en materia de asilo entre en vigor este permitirá que Estados Unidos traslade a personas que buscan asilo en Estados Unidos a Guatemala para que soliciten asilo u otro tipo de protección en ese país.","Washington, D. C. 30 de agosto de 2019.-")
R.append(st("us-state-department","2019-08-30",U2,
 "Cuando el Acuerdo de cooperación en materia de asilo entre en vigor este permitirá que Estados Unidos traslade a personas que buscan asilo en Estados Unidos a Guatemala para que soliciten asilo u otro tipo de protección en ese país.",
 "When the Asylum Cooperation Agreement enters into force, it will allow the United States to transfer people seeking asylum in the United States to Guatemala so that they can apply for asylum or another form of protection in that country.",
 "official_document",[E0],
 [("safe_third_country","favor","high","The department presents its own agreement with Guatemala and explains the transfers it will permit.")],stype="document_excerpt"))
R.append(st("us-state-department","2019-08-30",U2,
 "Estados Unidos explica que el Acuerdo de cooperación en materia de asilo desincentivará la inmigración ilegal, combatirá el contrabando de migrantes, reducirá la trata de personas y proporcionará a aquellos que buscan asilo una alternativa al largo y peligroso viaje, particularmente para los niños, a Estados Unidos.",
 "The United States explains that the Asylum Cooperation Agreement will discourage illegal immigration, fight migrant smuggling, reduce human trafficking and give those seeking asylum an alternative to the long and dangerous journey to the United States, particularly for children.",
 "official_document",[E0,("Estados Unidos explica que el Acuerdo de cooperación en materia de asilo desincentivará la inmigración ilegal, combatirá el contrabando de migrantes, reducirá la trata de personas y proporcionará a aquellos que buscan asilo una alternativa al largo y peligroso viaje, particularmente para los niños, a Estados Unidos.",None)],
 [("safe_third_country","favor","high","The department defends the Guatemala agreement by listing the benefits it expects from it.")],stype="document_excerpt"))
write("chunk_01.jsonl",R)
U3="https://www.elheraldo.co/mundo/2025/11/30/ee-uu-ofrece-1000-dolares-a-migrantes-que-usen-la-app-cbp-home-para-salir-voluntariamente-del-pais/"
R.append(src(U3,"[headline not shown in the stored copy]","El Heraldo (Barranquilla)","2025-11-30"))
R.append(actor("us-embassy-colombia","US Embassy in Colombia (Bogotá)","government_body","USA","us-state-department",None))
R.append(st("us-embassy-colombia","2025-11-29",U3,
 "Regresa a casa con dignidad y sin miedo. La app CBP Home te ofrece una forma segura y voluntaria de salir de Estados Unidos.",
 "Go home with dignity and without fear. The CBP Home app offers you a safe and voluntary way to leave the United States.",
 "social_media",
 [("Regresa a casa con dignidad y sin miedo. La app CBP Home te ofrece una forma segura y voluntaria de salir de Estados Unidos.\n\n\n\n✔️ Sin arrestos\n\n✔️ Sin detención\n\n✔️ Con apoyo económico y un estipendio de $1,000\n\n\n\nToma el control de tu salida. Regresa con seguridad. Cuéntales a tus… pic.twitter.com/gSTDeeHD2c — US Embassy Bogota (@USEmbassyBogota) November 29, 2025","November 29, 2025"),
  ("En su publicación oficial en X, la Embajada señaló que la app ofrece “una forma segura y voluntaria de salir de Estados Unidos”, con asistencia financiera, apoyo documental y un estipendio de 1.000 dólares.",None)],
 [("mass_deportations","favor","high","The embassy promotes the US self-deportation app as a safe way for irregular migrants to leave the country.")]))
write("chunk_01.jsonl",R)
U4="https://evtv.online/ee-uu/eeuu-reitero-que-las-fronteras-no-estan-abiertas-y-pidio-a-migrantes-no-arriesgar-sus-vidas"
R.append(src(U4,"[headline not shown in the stored copy]","EVTV Miami",None))
R.append(st("us-dhs","2022-12-22",U4,
 "No venga a la frontera. No arriesgue su vida solo para ser expulsado",
 "Do not come to the border. Do not risk your life only to be expelled.",
 "social_media",
 [("«Es una situación peligrosa», advirtió a través de Twitter. «No venga a la frontera. No arriesgue su vida solo para ser expulsado», añadió.\nLas fronteras de EEUU NO están abiertas.\nLas condiciones climáticas bajarán las temperaturas a niveles peligrosos esta semana.\nEs una situación peligrosa.\nNo arriesgue su vida. pic.twitter.com/0z0gehS2kR— Homeland Security (@DHSgov) December 22, 2022","December 22, 2022")],
 [("asylum_restrictions","favor","medium","The department warns that people coming to the border will be expelled, presenting the expulsions it carries out as a deterrent.")]))
write("chunk_01.jsonl",R)
