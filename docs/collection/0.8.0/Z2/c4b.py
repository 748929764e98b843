from add import *
C="chunk_04.jsonl"
actor(C,"mireya-aguero","Mireya Agüero","person","HND",None,"Foreign Minister of Honduras (2026-)")
u="https://www.laprensa.hn/honduras/canciller-mireya-aguero-retorno-seguro-hondurenos-supension-provisional-tps-CM29250057"
src(C,u,"[headline not shown in the stored copy]","La Prensa (Honduras)","2026-02-11")
stm(C,"mireya-aguero","2026-02-11",u,"direct_quote",
 "Es importante aclarar que decirles que retornen no es que los estamos abandonando; es lo contrario, es invitarlos a formar parte de proyectos que se pondrán en marcha para crear un retorno seguro a Honduras",
 "It is important to clarify that telling them to return does not mean we are abandoning them; on the contrary, it is inviting them to take part in projects that will be launched to create a safe return to Honduras.",
 "interview",
 [("Mireya Agüero, canciller de la República, envió un mensaje este miércoles a la comunidad hondureña amparada al Estatus de Protección Temporal (TPS) en Estados Unidos, subrayando que promover un retorno seguro no representa abandono por parte del Estado, sino una estrategia para garantizar condiciones dignas a quienes eventualmente regresen al país.","este miércoles"),
  ("“Es importante aclarar que decirles que retornen no es que los estamos abandonando; es lo contrario, es invitarlos a formar parte de proyectos que se pondrán en marcha para crear un retorno seguro a Honduras”, expresó la funcionaria.",None)],
 [("humanitarian_assistance","favor","medium","The foreign minister presents government projects to receive and reintegrate Hondurans returning from the US as a safe-return policy.")])
