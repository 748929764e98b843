from add import *
C="chunk_01.jsonl"
u="https://www.proceso.com.mx/internacional/2025/1/18/paises-latinoamericanos-exigen-respeto-derecho-internacional-ante-amenaza-de-deportaciones-masivas-343976.html"
src(C,u,"[headline not shown in the stored copy]","Proceso","2025-01-18",stype="wire_report",orig="AP")
actor(C,"ruta-norte-joint-declaration-2025-01","Governments of Mexico, Brazil, Colombia, Cuba, El Salvador, Guatemala, Haiti, Honduras, Venezuela and Belize (joint declaration on human mobility, 17 January 2025)","other",None,None,"Signatories of the joint declaration of the ministerial meeting 'Movilidad Humana en la Ruta Norte del Continente', Mexico City")
stm(C,"ruta-norte-joint-declaration-2025-01","2025-01-17",u,"direct_quote",
 "conducirse con apego al Derecho internacional, a los derechos humanos y a las propias legislaciones internas en la gestión de la movilidad humana con un enfoque humanista, particularmente ante la amenaza de deportaciones masivas",
 "to act in accordance with international law, human rights and their own domestic legislation in managing human mobility with a humanist approach, particularly in the face of the threat of mass deportations",
 "official_document",
 [("CIUDAD DE MÉXICO (AP) .- Diez países de Latinoamérica y el Caribe hicieron el viernes un llamado a sus vecinos del continente a actuar con apego al Derecho internacional ante las posibles deportaciones masivas que podría iniciar Donald Trump, una vez que asuma la presidencia de Estados Unidos, el próximo lunes.","el viernes"),
  ("Los cancilleres y representantes de México, Brasil, Colombia, Cuba, El Salvador, Guatemala, Haití, Honduras, Venezuela y Belice acordaron ese pronunciamiento en una declaración conjunta, tras un encuentro cerrado de dos días donde se evaluó el fenómeno migratorio y los escenarios que se avecinan.",None),
  ("En el documento final, los diez participantes en la reunión sobre “Movilidad Humana en la Ruta Norte del Continente” hicieron un llamado a todos sus vecinos a “conducirse con apego al Derecho internacional, a los derechos humanos y a las propias legislaciones internas en la gestión de la movilidad humana con un enfoque humanista, particularmente ante la amenaza de deportaciones masivas”.",None)],
 [("mass_deportations","against","medium","The signatory governments frame mass deportations as a threat and call for them to be handled under international and human-rights law.")])
