from h import *
C='chunk_02.jsonl'
st(C,"un-agencies-mexico-2021-02","2021-02-24","SRC-00375",
 "El primer grupo del campamento, conformado por 25 personas, estaría cruzando la frontera esta semana, luego de que sus datos sean verificados y se realicen las pruebas COVID correspondientes para evitar riesgos de salud pública.",
 "The first group from the camp, made up of 25 people, would be crossing the border this week, after their details are verified and the relevant COVID tests are carried out to avoid public-health risks.",
 "press_release",
 [("MATAMOROS, 24 de febrero 2021 — Atendiendo a la situación humanitaria de las personas en el campamento informal de Matamoros, Tamaulipas, las agencias de Naciones Unidas, ACNUR, OIM y UNICEF, preparan el ingreso esta semana del primer grupo de personas de este asentamiento a Estados Unidos, como apoyo a un plan del gobierno estadounidense para poner","MATAMOROS, 24 de febrero 2021"),
  ("El primer grupo del campamento, conformado por 25 personas, estaría cruzando la frontera esta semana, luego de que sus datos sean verificados y se realicen las pruebas COVID correspondientes para evitar riesgos de salud pública.",None)],
 [("mpp","neutral","medium","The agencies describe the procedure for moving the first camp residents with MPP cases into the US, without evaluating the programme.")],stype='document_excerpt')
u=src(C,"https://www.elimparcial.com/mundo/Guatemala-niega-intencion-de-ser-Tercer-Pais-Seguro-20190714-0113.html","[headline not shown in the stored copy]","El Imparcial","2019-07-14",orig="AP")
st(C,"gt-government","2019-07-14",u,
 "El Gobierno de la República reitera que en ningún momento se contempla firmar un acuerdo para convertir a Guatemala en un tercer país seguro",
 "The Government of the Republic reiterates that signing an agreement to turn Guatemala into a safe third country is not contemplated at any time.",
 "press_release",
 [("GUATEMALA.- Una reunión en Washington entre el presidente estadounidense Donald Trump y su homólogo guatemalteco Jimmy Morales, que supuestamente giraría sobre la posible designación de un acuerdo de “tercer país seguro” para los solicitantes de asilo, fue aplazada, informó el domingo la presidencia de Guatemala.","el domingo"),
  ("“Debido a especulaciones surgidas y las acciones legales interpuestas, admitidas para su trámite por la Corte de Constitucionalidad, se decidió reprogramar el encuentro bilateral hasta conocer lo resuelto por dicha corte”, agregó la presidencia.\n\n“El Gobierno de la República reitera que en ningún momento se contempla firmar un acuerdo para convertir a Guatemala en un tercer país seguro”.",None)],
 [("safe_third_country","against","high","The government denies that it contemplates signing a safe-third-country agreement with the US.")],event="EVT-00398")
u=src(C,"https://www.infobae.com/america/agencias/2020/04/15/guatemala-dice-que-deportados-de-eeuu-causan-aumento-de-casos/","[headline not shown in the stored copy]","Infobae","2020-04-15",stype='wire_report',orig="Bloomberg")
st(C,"hugo-monroy","2020-04-14",u,
 "Hay vuelos, de los que vienen deportados, que vienen con fiebres y todo y así suben a los aviones",
 "There are flights, of those bringing deportees, where they come with fevers and everything, and that is how they board the planes.",
 "other",
 [("(Bloomberg) -- Los deportados procedentes de Estados Unidos están provocando un aumento en el número de casos confirmados del nuevo coronavirus en Guatemala, dijo el martes el ministro de Salud, Hugo Monroy.","el martes"),
  ("“Hay vuelos, de los que vienen deportados, que vienen con fiebres y todo y así suben a los aviones”, señaló el ministro. “Se ha incrementado la cifra por los deportados que han venido”.\n\nMonroy insistió en que Estados Unidos envíe deportados a Guatemala con documentos de salud que certifiquen que no están contagiados con el virus.",None)],
 [("mass_deportations","against","medium","The health minister complains that US deportation flights put people with fever on the planes to Guatemala.")])
actor(C,"co-defensoria-del-pueblo","Defensoría del Pueblo de Colombia","government_body","COL",None,"Colombia's national human rights ombudsman's office")
actor(C,"iris-marin-ortiz","Iris Marín Ortiz","person","COL","co-defensoria-del-pueblo","Defensora del Pueblo (national ombudsman) of Colombia (2024-)")
u=src(C,"https://www.elpais.cr/2025/08/29/informe-regional-revela-aumento-de-la-migracion-inversa-en-la-ruta-costa-rica-panama-colombia/","[headline not shown in the stored copy]","El País (Costa Rica)","2025-08-29")
st(C,"iris-marin-ortiz","2025-08-29",u,
 "La imposibilidad de ingresar a EE.UU., el temor a detenciones, las deportaciones y el agotamiento de recursos están forzando a miles de personas a regresar, sin que medien condiciones de libertad ni información adecuada para decidir",
 "The impossibility of entering the US, the fear of detention, deportations and the exhaustion of resources are forcing thousands of people to return, without conditions of freedom or adequate information to decide.",
 "press_conference",
 [("San José, 29 ago (Elpaís.cr).- La migración en la región vive un giro inesperado y sin precedentes: el retorno masivo de personas migrantes desde el norte hacia el sur del continente.","San José, 29 ago"),
  ("Según la Defensora del Pueblo de Colombia, Iris Marín Ortiz, este fenómeno responde al endurecimiento de las políticas migratorias en Estados Unidos y a las restricciones de tránsito en la selva del Darién.\n\n“La imposibilidad de ingresar a EE.UU., el temor a detenciones, las deportaciones y el agotamiento de recursos están forzando a miles de personas a regresar, sin que medien condiciones de libertad ni información adecuada para decidir”, afirmó.",None)],
 [("asylum_restrictions","against","medium","The ombudswoman says the closure of entry to the US is forcing thousands of migrants to turn back without a free and informed choice."),
  ("mass_deportations","against","medium","She lists US deportations and the fear of detention among the pressures forcing people into return.")],event="EVT-00389",sdr=True)
