from lib import *
R=[]
u="https://jornada.com.mx/notas/2021/01/04/politica/con-biden-habra-cambios-en-politica-migratoria-mexicana-segob"
R.append(stm("STM-00632","olga-sanchez-cordero","2021-01-04",u,
 "En la Secretaría de Gobernación, en coordinación con la Secretaría de Relaciones Exteriores, formularemos un plan respecto de los migrantes que aún permanecen en México con este programa",
 "At the Interior Ministry, in coordination with the Foreign Ministry, we will draw up a plan regarding the migrants who still remain in Mexico under this programme.",
 "speech",
 [("Ciudad de México. México preparará un plan para atender a los migrantes solicitantes de asilo en Estados Unidos y que han sido obligados por el gobierno de ese país a permanecer en territorio mexicano en lo que se define su situación, programa conocido como Protocolo de Protección a Migrantes (MPP, por sus siglas en inglés) o “Quédate en México”.\nAsí lo informó esta mañana la titular de la Secretaría de Gobernación, Olga Sánchez Cordero, ante integrantes del cuerpo diplomático mexicano","esta mañana"),
  ("“Se anunció que una de las primeras acciones del presidente Biden será la cancelación del programa de devolución a México de migrantes Centroamericanos, conocido como Quédate en México (…) En la Secretaría de Gobernación, en coordinación con la Secretaría de Relaciones Exteriores, formularemos un plan respecto de los migrantes que aún permanecen en México con este programa”, indicó Sánchez Cordero.",None)],
 [("mpp","neutral","medium","She announces a Mexican plan for the people still waiting in Mexico under Remain in Mexico (named earlier in the same quoted sentence), without judging the programme.")],
 "The existing record summarises this very announcement: that Mexico's interior and foreign ministries would prepare a plan for the asylum seekers still in Mexico under Remain in Mexico."))
write("chunk_02.jsonl",R)
