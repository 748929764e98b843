from h import *
C='chunk_03.jsonl'
actor(C,"cr-defensoria-habitantes","Defensoría de los Habitantes de la República (Costa Rica)","government_body","CRI",None,"Costa Rica's national ombudsman's office")
actor(C,"angie-cruickshank","Angie Cruickshank Lambert","person","CRI","cr-defensoria-habitantes","Defensora de los Habitantes (ombudswoman) of Costa Rica")
u=src(C,"https://cb24.tv/2025/07/25/migrantes-deportados-eeuu-costa-rica","Defensoría: Costa Rica no estaba preparada para recibir a los 200 migrantes deportados por EEUU","CB24","2025-07-25")
st(C,"angie-cruickshank","2025-07-24",u,
 "Estas personas nunca tuvieron la intención de ingresar al país. Fueron trasladadas mediante la fuerza y la detención. Espero que esta desafortunada historia no se repita en las condiciones en que llegaron mujeres, niños, adolescentes y adultos de distintas nacionalidades",
 "These people never intended to enter the country. They were moved by force and detention. I hope this unfortunate story is not repeated in the conditions in which women, children, adolescents and adults of different nationalities arrived.",
 "press_release",
 [("En un comunicado divulgado este jueves, la defensora de los Habitantes, Angie Cruickshank Lambert, lamentó que se tratara de una deportación forzosa, fruto de un acuerdo migratorio bilateral entre Costa Rica y el gobierno de Donald Trump.\n“Estas personas nunca tuvieron la intención de ingresar al país. Fueron trasladadas mediante la fuerza y la detención. Espero que esta desafortunada historia no se repita en las condiciones en que llegaron mujeres, niños, adolescentes y adultos de distintas nacionalidades”, expresó.","este jueves")],
 [("third_country_removals","against","high","The ombudswoman says the people the US sent to Costa Rica were moved there by force and hopes the episode is never repeated.")])
u2=src(C,"https://elmundo.cr/costa-rica/defensoria-costa-rica-nunca-estuvo-preparada-para-una-atencion-adecuada-de-personas-deportadas/","[headline not shown in the stored copy]","elmundo.cr",None)
st(C,"angie-cruickshank","2025-07-24",u2,
 "en la práctica, deben existir todas las condiciones de protección y de atención requeridas para que su abordaje cumpla desde el inicio con todos los estándares nacionales e internacionales en materia de derechos humanos",
 "in practice, all the required protection and care conditions must exist so that their handling complies from the outset with all national and international human rights standards.",
 "press_release",
 [("San José, 24 jul (elmundo.cr) – La Defensoría de los Habitantes confirmó que Costa Rica no estaba preparada para ofrecer una atención adecuada a las personas deportadas que ingresaron al país desde febrero de 2025.","San José, 24 jul"),
  ("Angie Cruickshank Lambert, defensora de los Habitantes, afirmó que, aunque se reconocen los acuerdos migratorios entre países, “en la práctica, deben existir todas las condiciones de protección y de atención requeridas para que su abordaje cumpla desde el inicio con todos los estándares nacionales e internacionales en materia de derechos humanos”.",None)],
 [("third_country_removals","neutral","medium","She accepts that countries may make such migration agreements but sets human-rights standards their handling must meet, a principle rather than a verdict."),
  ("humanitarian_assistance","favor","medium","She asks that the deportees receive full protection and care from the moment they arrive.")],sdr=True)
u3=src(C,"https://elmundo.cr/costa-rica/defensoria-urge-mejoras-en-la-atencion-a-migrantes-deportados-de-eeuu-en-el-catem-sur","[headline not shown in the stored copy]","elmundo.cr",None)
D3=("San José, 04 mar (elmundo.cr) – La Defensoría de los Habitantes emitió un nuevo reporte sobre la situación de 200 personas deportadas de Estados Unidos y migrantes en flujo inverso en el Centro de Atención Temporal para Migrantes (CATEM-Sur), señalando la necesidad de mejorar varios aspectos de su atención.","San José, 04 mar")
Y3=("Uno de los puntos críticos es la falta de traductores, lo que dificulta la comunicación con migrantes de países como Afganistán e Irán. “Familias cuyo origen es Afganistán e Irán, quienes ingresaron en el primer vuelo el 20 de febrero, al miércoles 26 de febrero 2025, no habían sido entrevistas dada la imposibilidad de contar con traductores”, señaló la Defensoría.",None)
st(C,"cr-defensoria-habitantes","2025-03-04",u3,
 "Independientemente del proceso migratorio […] es necesario que Costa Rica verifique que, al regresar a sus países de origen, ninguna de estas personas será sometida a tratos crueles, inhumanos o degradantes",
 "Regardless of the migration process [...] Costa Rica needs to verify that, on returning to their countries of origin, none of these people will be subjected to cruel, inhuman or degrading treatment.",
 "press_release",
 [D3,("La Defensoría expresó su preocupación por la falta de claridad en los procesos, especialmente para aquellos que no puedan retornar a sus países de origen.\n“Independientemente del proceso migratorio […] es necesario que Costa Rica verifique que, al regresar a sus países de origen, ninguna de estas personas será sometida a tratos crueles, inhumanos o degradantes”, indicó la institución.",None),Y3],
 [("third_country_removals","neutral","medium","The ombudsman's office sets a non-refoulement condition for onward returns of the people the US sent to Costa Rica, a principle rather than a verdict on the arrangement.")],sdr=True)
st(C,"cr-defensoria-habitantes","2025-03-04",u3,
 "Preocupa a la Defensoría […] que en el CATEM-sur, a partir de la medida de contención implementada, se puedan aplicar disposiciones propias de una detención administrativa",
 "The Ombudsman's Office is concerned [...] that at CATEM-Sur, as a result of the containment measure implemented, provisions typical of administrative detention may be applied.",
 "press_release",
 [D3,("Aunque las autoridades migratorias afirman que los migrantes no están detenidos, la Defensoría señala que la “contención implementada” limita su tránsito. “Preocupa a la Defensoría […] que en el CATEM-sur, a partir de la medida de contención implementada, se puedan aplicar disposiciones propias de una detención administrativa”, indicó el informe.",None),Y3],
 [("third_country_removals","against","medium","The office criticises the confinement of the people deported from the US at the CATEM-Sur centre as amounting to administrative detention.")],sdr=True)
