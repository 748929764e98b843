from add import *
C="chunk_01.jsonl"
actor(C,"pe-cancilleria","Ministerio de Relaciones Exteriores del Perú (Cancillería)","government_body","PER",None,"Peru's foreign ministry")
u="https://larepublica.pe/amp/sociedad/2025/02/01/peruanos-deportados-llego-el-primer-vuelo-con-34-peruanos-deportados-desde-estados-unidos-al-pais-cancilleria-hnews-70496"
src(C,u,"Llegó el primer vuelo con 34 peruanos deportados desde Estados Unidos al país","La República (Perú)","2025-02-01")
stm(C,"pe-cancilleria","2025-02-01",u,"direct_quote",
 "Conscientes del impacto humano que implica un proceso de esta naturaleza, y al igual que en otras oportunidades, la Cancillería convocó a diferentes instituciones públicas con el propósito de brindar asistencia médica, psicológica y social inmediata",
 "Aware of the human impact of a process of this kind, and as on other occasions, the Foreign Ministry called on various public institutions to provide immediate medical, psychological and social assistance.",
 "press_release",
 [("Durante la madrugada de este sábado 1 de febrero, un total de 34 ciudadanos peruanos llegaron al país desde Estados Unidos tras ser detenidos por las autoridades migratorias. La Cancillería informó que se encuentran brindándoles apoyo psicológico, social y asistencia médica.","este sábado 1 de febrero"),
  ("\"El Ministerio de Relaciones Exteriores del Perú informa que en la fecha, en horas de la madrugada, llegaron a nuestro país 34 connacionales desde los Estados Unidos. Conscientes del impacto humano que implica un proceso de esta naturaleza, y al igual que en otras oportunidades, la Cancillería convocó a diferentes instituciones públicas con el propósito de brindar asistencia médica, psicológica y social inmediata\", precisaron desde dicha institución.",None)],
 [("humanitarian_assistance","favor","high","The ministry announces the medical, psychological and social assistance it organised for nationals deported from the US.")])
u2="https://panasenutah.com/2025/02/17/peru-ha-recibido-hasta-el-momento-a-270-de-sus-ciudadanos-deportados"
src(C,u2,"Perú ha recibido hasta el momento a 270 de sus ciudadanos deportados desde Estados Unidos","Panas en Utah","2025-02-17",stype="wire_report",orig="EFE")
stm(C,"pe-cancilleria","2025-02-16",u2,"direct_quote",
 "A la fecha, son 270 los peruanos y peruanas retornados desde la implementación de las nuevas medidas migratorias estadounidenses",
 "To date, 270 Peruvian men and women have been returned since the implementation of the new US migration measures.",
 "press_release",
 [("Lima, 16 feb (EFE).- Perú ha recibido hasta el momento a 270 connacionales que han sido deportados desde Estados Unidos por su “situación migratoria irregular”, 130 de los cuales llegaron durante la última semana, informó este domingo el Ministerio de Relaciones Exteriores.","este domingo"),
  ("“A la fecha, son 270 los peruanos y peruanas retornados desde la implementación de las nuevas medidas migratorias estadounidenses”, señaló Exteriores en un comunicado.",None)],
 [("mass_deportations","neutral","high","The ministry reports a count of nationals deported from the US under the new measures without evaluating it.")])
