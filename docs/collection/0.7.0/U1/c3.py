from lib import *
R=[]
u="https://www.jornada.com.mx/noticia/2025/05/30/politica/no-hay-crisis-migratoria-senala-sheinbaum-ha-disminuido-la-cifra"
R.append(stm("STM-01181","claudia-sheinbaum","2025-05-30",u,
 "tuvo que ver con una acción que se tuvo entonces con el presidente (Joe) Biden para que la solicitud de asilo se hiciera en la frontera sur de nuestro país, a través de una aplicación y no de manera física cuando se llegaba a la frontera norte",
 "[it] had to do with an action taken at the time with President (Joe) Biden so that asylum requests would be made at our southern border, through an app, and not in person on arriving at the northern border.",
 "press_conference",
 [("La presidenta Claudia Sheinbaum durante la conferencia matutina en Palacio Nacional, el 30 de mayo de 2025. Foto Cuartoscuro\n30 de mayo de 2025 10:57\n\nCiudad de México. ¿Cuál crisis migratoria?, atajó la presidenta Claudia Sheinbaum Pardo en su habitual conferencia de prensa.","el 30 de mayo de 2025"),
  ("Sino que esto tuvo que ver con hablar con los países amigos de los lugares de donde estaban migrando las personas; tuvo que ver con una acción que se tuvo entonces con el presidente (Joe) Biden para que la solicitud de asilo se hiciera en la frontera sur de nuestro país, a través de una aplicación y no de manera física cuando se llegaba a la frontera norte; que en la frontera sur se les diera una cita, y los migrantes de otros países pudieran ir, a través de recorrido seguros, a lugares fronterizos que ya estaban determinados”.",None)],
 [("cbp_one","favor","medium","She credits the app-based asylum appointments arranged from Mexico's southern border with lowering arrivals at the northern border."),
  ("us_mexico_cooperation","favor","medium","She presents the app arrangement as an action agreed with the Biden administration and credits it with results.")],
 "The existing record paraphrases exactly this passage: Sheinbaum attributing the earlier fall in northern-border arrivals to the arrangement with Biden for app-based asylum requests from the southern border.",
 event="EVT-00027"))
write("chunk_03.jsonl",R)
u="https://www.razon.com.mx/mexico/2025/10/14/senado-ratifica-al-nuevo-subsecretario-de-relaciones-exteriores-para-america-del-norte/"
R.append(src(u,"[headline not shown in the stored copy]","La Razón de México","2025-10-14"))
R.append(stm("STM-00475","roberto-velasco","2025-10-14",u,
 "El objetivo es dar seguimiento a los acuerdos bilaterales para garantizar la estabilidad económica, mantener la buena cooperación en seguridad de migración y, sobre todo, proteger los derechos de las y los con nacionales en Estados Unidos",
 "The aim is to follow up on the bilateral agreements in order to guarantee economic stability, maintain good cooperation on security and migration and, above all, protect the rights of our nationals in the United States.",
 "testimony",
 [("Antes de ser ratificado, Velasco compareció ante la Comisión de Relaciones Exteriores del Senado para fundamentar la idoneidad de su nombramiento y presentar el plan de trabajo que guiará la relación de México con sus socios estratégicos, Estados Unidos y Canadá.",None),
  ("📸 Con 89 votos a favor, el Pleno del @senadomexicano ratificó este martes el nombramiento expedido por la presidenta Claudia Sheinbaum Pardo de @r_velascoa, como nuevo subsecretario para América del Norte de la @SRE_mx, que encabeza el canciller Juan Ramón de la Fuente. pic.twitter.com/4TzRy7bnZU — Relaciones Exteriores (@SRE_mx) October 14, 2025","October 14, 2025"),
  ("Señaló que “El objetivo es dar seguimiento a los acuerdos bilaterales para garantizar la estabilidad económica, mantener la buena cooperación en seguridad de migración y, sobre todo, proteger los derechos de las y los con nacionales en Estados Unidos”, reiteró.",None)],
 [("us_mexico_cooperation","favor","medium","He names keeping up good bilateral cooperation with the US on security and migration as an objective of his post.")],
 "The existing record summarises his committee presentation of priorities: consular protection of Mexicans in the US and stronger cooperation with the United States; these words state both.",
 event="EVT-00277"))
write("chunk_03.jsonl",R)
u="https://www.abc.com.py/internacionales/2025/12/05/migrantes-regresan-a-albergues-ante-falta-de-oportunidades-en-la-frontera-norte-de-mexico/"
R.append(stm("STM-00567","francisco-gonzalez-juarez","2025-12-05",u,
 "Ya llegaron esta semana dos familias, por ejemplo, que su condición es que no han encontrado realmente un trabajo estable y eso dificulta de alguna manera el que puedan estar rentando una casa, donde lo más bajito son tres mil pesos para arriba",
 "Two families have already arrived this week, for example; their situation is that they have not really found stable work, and that makes it somewhat hard for them to rent a house, where the cheapest is three thousand pesos and up.",
 "interview",
 [("El pastor Francisco González, representante de la Red de Albergues 'Somos Uno por Juárez' y responsable del Albergue Vida, explicó este viernes a EFE que este retorno no se debe a nuevos flujos masivos, sino a la imposibilidad económica de muchas familias para sostener su vida fuera de los refugios.","este viernes"),
  ("\"Ya llegaron esta semana dos familias, por ejemplo, que su condición es que no han encontrado realmente un trabajo estable y eso dificulta de alguna manera el que puedan estar rentando una casa, donde lo más bajito son tres mil pesos para arriba, entonces si es una familia numerosa, pues se necesitaría una casa más amplia y una casa más amplia su renta, lo más bajo aquí en la ciudad son cinco mil pesos, ocho mil pesos\" , dijo González.",None)],
 [("humanitarian_assistance","neutral","low","He describes migrant families coming back to the shelters because they cannot afford rent, reporting demand for shelter without evaluating any policy.")],
 "The existing record summarises this explanation: families are returning to the Juárez shelters not because of new flows but because they cannot afford to live outside them."))
write("chunk_03.jsonl",R)
