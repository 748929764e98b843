from add import *
C="chunk_03.jsonl"
u="https://www.semana.com/politica/articulo/cancilleria-revelo-que-llegaron-a-al-pais-110-colombianos-provenientes-de-estados-unidos-en-un-vuelo-humanitario/202609/"
src(C,u,"[headline not shown in the stored copy]","Semana","2026-02-20")
stm(C,"co-cancilleria","2026-02-20",u,"direct_quote",
 "La recepción fue encabezada por la canciller Rosa Yolanda Villavicencio, en compañía de la directora de Migración Colombia, Gloria Esperanza Arriero, quienes transmitieron el mensaje de Gobierno de garantizar siempre un retorno digno y humanitario a quienes llegan al país bajo esta modalidad",
 "The reception was led by Foreign Minister Rosa Yolanda Villavicencio, together with the director of Migración Colombia, Gloria Esperanza Arriero, who conveyed the Government's message of always guaranteeing a dignified and humanitarian return to those who arrive in the country in this way.",
 "press_release",
 [("Por medio de un comunicado, el Ministerio de Relaciones Exteriores dio a conocer este viernes 20 de febrero que llegaron al país, provenientes de Estados Unidos, un grupo de colombianos en un vuelo humanitario.","este viernes 20 de febrero"),
  ("“La recepción fue encabezada por la canciller Rosa Yolanda Villavicencio, en compañía de la directora de Migración Colombia, Gloria Esperanza Arriero, quienes transmitieron el mensaje de Gobierno de garantizar siempre un retorno digno y humanitario a quienes llegan al país bajo esta modalidad”, afirmó el Ministerio de Relaciones Exteriores.",None)],
 [("humanitarian_assistance","favor","high","The ministry presents its reception of nationals returned from the US on a government flight as a dignified, humanitarian return it guarantees.")])
