from add import *
C="chunk_02.jsonl"
u="https://www.aporrea.org/actualidad/n414514.html"
src(C,u,"199 migrantes venezolanos retornan desde Arizona, EEUU","Aporrea","2026-01-16")
stm(C,"ve-mij","2026-01-16",u,"direct_quote",
 "El Gobierno Bolivariano, a través de la Gran Misión Vuelta a la Patria, reitera su compromiso con la protección y el bienestar de sus ciudadanos, facilitando su retorno y asegurando que reciban la atención necesaria al llegar al país",
 "The Bolivarian Government, through the Gran Misión Vuelta a la Patria, reiterates its commitment to the protection and well-being of its citizens, facilitating their return and ensuring that they receive the necessary care on arriving in the country.",
 "press_release",
 [("16 de enero de 2026.- Este día arribó a Venezuela un nuevo vuelo con 199 migrantes venezolanos desde Arizona, Estados Unidos (EEUU), en el marco del Plan Vuelta a la Patria.","Este día"),
  ("Así lo informó el Ministerio de Relaciones Interiores, Justicia y Paz (MPPRIJP) mediante una nota de prensa, en la que detalló que en este nuevo vuelo retornaron 181 hombres y 18 mujeres.",None),
  ("“El Gobierno Bolivariano, a través de la Gran Misión Vuelta a la Patria, reitera su compromiso con la protección y el bienestar de sus ciudadanos, facilitando su retorno y asegurando que reciban la atención necesaria al llegar al país, tal como lo ha indicado el presidente constitucional de la República Bolivariana de Venezuela, Nicolás Maduro Moros, y el vicepresidente Sectorial de Política, Seguridad Ciudadana y Paz, capitán Diosdado Cabello Rondón”, concluye el texto.",None)],
 [("humanitarian_assistance","favor","high","The ministry presents the repatriation programme's care for returnees from the US as its own commitment.")])
u2="https://www.swissinfo.ch/spa/20.200-venezolanos-han-regresado-a-su-pa%C3%ADs-en-vuelos-de-repatriaci%C3%B3n-en-el-%C3%BAltimo-a%C3%B1o/90892121"
src(C,u2,"20.200 venezolanos han regresado a su país en vuelos de repatriación en el último año","Swissinfo","2026-02-04",stype="wire_report",orig="EFE")
actor(C,"ve-mippci","Ministerio del Poder Popular para la Comunicación e Información (Venezuela)","government_body","VEN",None,"Venezuela's communication and information ministry")
stm(C,"ve-mippci","2026-02-04",u2,"direct_quote",
 "A su llegada al Aeropuerto Internacional Simón Bolívar de Maiquetía, los ciudadanos recibieron atención médica integral y orientación de seguridad por parte de las autoridades",
 "On arrival at Simón Bolívar International Airport in Maiquetía, the citizens received comprehensive medical care and security guidance from the authorities.",
 "press_release",
 [("Caracas, 4 feb (EFE).- Un total de 20.200 migrantes han regresado a Venezuela desde febrero de 2025 en vuelos de repatriación del programa gubernamental Gran Misión Vuelta a la Patria, que promueve el retorno voluntario de venezolanos que están fuera de su país, informó el Ministerio de Comunicación e Información.","4 feb"),
  ("En una nota de prensa, la cartera de Estado indicó que la cifra total de repatriados ascendió a 20.200, luego de la llegada este miércoles de un vuelo con 315 venezolanos procedente de Estados Unidos.",None),
  ("«A su llegada al Aeropuerto Internacional Simón Bolívar de Maiquetía, los ciudadanos recibieron atención médica integral y orientación de seguridad por parte de las autoridades», añadió.",None)],
 [("humanitarian_assistance","favor","medium","The ministry reports the medical care its authorities gave to nationals returned on a US deportation flight.")])
