from add import *
C="chunk_04.jsonl"
u="https://www.lanacion.com.ar/estados-unidos/petro-invita-a-latinoamericanos-a-unirse-y-expresarse-en-eeuu-nid05022026/"
src(C,u,"[headline not shown in the stored copy]","La Nación (Argentina)","2026-02-06",stype="wire_report",orig="AFP")
stm(C,"rosa-villavicencio","2026-02-05",u,"direct_quote",
 "Hemos realizado 57 vuelos durante el año 2025 para que las personas puedan salir con dignidad",
 "We carried out 57 flights during 2025 so that people could leave with dignity.",
 "speech",
 [("El presidente colombiano, Gustavo Petro, invitó este jueves a los latinoamericanos a unirse y alzar su voz en Estados Unidos, en un encuentro con la comunidad inmigrante colombiana en Washington.","este jueves"),
  ("Por su parte, la canciller colombiana, Rosario Villavicencio, invitó a sus compatriotas en situación irregular en Estados Unidos a que aprovechen el programa de retorno voluntario ofrecido por Estados Unidos.",None),
  ("\"Hemos realizado 57 vuelos durante el año 2025 para que las personas puedan salir con dignidad\", explicó la canciller Villavicencio.",None)],
 [("humanitarian_assistance","favor","medium","The foreign minister defends the government's own repatriation flights for Colombians leaving the US as a dignified return.")])
