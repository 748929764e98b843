from h import *
C='chunk_01.jsonl'
u=src(C,"https://www.aporrea.org/ddhh/n403369.html","Arribó nuevo avión con migrantes venezolanos desde EEUU","Aporrea","2025-04-11")
st(C,"diosdado-cabello","2025-04-10",u,
 "Ninguno de esos ha cometido delito en El Salvador ni uno solo. No tienen delito en El Salvador, jamás habían pisado El Salvador, pero los tiene secuestrado el fascista de Bukele. Tienen a los venezolanos como un negocio como si se tratara de mercancía",
 "Not one of them has committed a crime in El Salvador, not a single one. They have no offence in El Salvador, they had never set foot in El Salvador, but the fascist Bukele has them kidnapped. He treats the Venezuelans as a business, as if they were merchandise.",
 "press_conference",
 [("11-04-25.-Un avión con 178 migrantes venezolanos deportados desde Estados Unidos aterrizó la tarde de este jueves en el país, en el marco de Plan Vuelta a la Patria impulsado por el gobierno nacional.","este jueves"),
  ("Cabello insistió en que el Gobierno de El Salvador mantiene \"secuestrado a un lote de venezolanos\" en alusión a más de 200 nacionales deportados bajo la acusación de ser presuntamente integrantes de la banda Tren de Aragua.\n\n\n\nNinguno de esos ha cometido delito en El Salvador ni uno solo. No tienen delito en El Salvador, jamás habían pisado El Salvador, pero los tiene secuestrado el fascista de Bukele. Tienen a los venezolanos como un negocio como si se tratara de mercancía\", indicó.",None)],
 [("third_country_removals","against","medium","Cabello denounces the holding in El Salvador of Venezuelans sent there from the US as kidnapping of people who never set foot in that country.")])
u=src(C,"https://igm.gob.gt/mas-de-900-guatemaltecos-retornaron-en-10-vuelos-procedentes-de-eua/","[headline not shown in the stored copy]","Instituto Guatemalteco de Migración","2023-10-20",stype='press_release')
E1=("Guatemala, 20 de octubre de 2023\nDel 16 al 19 de octubre, un total de 944 guatemaltecos retornaron en diez vuelos procedentes de Estados Unidos.","Guatemala, 20 de octubre de 2023")
st(C,"gt-igm","2023-10-20",u,
 "Del 16 al 19 de octubre, un total de 944 guatemaltecos retornaron en diez vuelos procedentes de Estados Unidos.",
 "From 16 to 19 October, a total of 944 Guatemalans returned on ten flights from the United States.",
 "press_release",[E1],
 [("mass_deportations","neutral","high","The migration institute reports a count of nationals returned on US deportation flights without evaluating it.")],stype='document_excerpt')
st(C,"gt-igm","2023-10-20",u,
 "El proceso de retorno de los connacionales se realiza en el Centro de Recepción de Retornados ubicado en la Fuerza Aérea Guatemalteca, con el objetivo de garantizar un retorno seguro y digno para las personas.",
 "The return process for nationals takes place at the Returnee Reception Centre at the Guatemalan Air Force base, with the aim of guaranteeing a safe and dignified return for the people.",
 "press_release",[E1,("El proceso de retorno de los connacionales se realiza en el Centro de Recepción de Retornados ubicado en la Fuerza Aérea Guatemalteca, con el objetivo de garantizar un retorno seguro y digno para las personas.\n\nDurante su llegada al país, se brindó una atención integral incluyendo atención médica, apoyo psicológico, entre otros.",None)],
 [("humanitarian_assistance","favor","high","The institute describes its own reception centre for returned nationals and the care it provides there.")],stype='document_excerpt')
