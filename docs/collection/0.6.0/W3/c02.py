from h import *
C='chunk_02.jsonl'
s="SRC-00288"
E0="12 Jun 2023 | Pronunciamiento conjunto\n\nPor primera vez, México acordó recibir solicitantes de asilo de Cuba, Haití, Nicaragua y Venezuela bajo la ley permanente de los Estados Unidos, Título 8.\n\nNuevamente el Estado mexicano transgrede derechos de personas con necesidades de protección internacional, sin publicar una política pública para su recepción. \n\nCiudad de México, 09 de junio de 2023."
E1="Este lunes se cumple un mes del regreso a la aplicación de la ley migratoria estadounidense: Título 8, que regula la entrada de solicitantes de asilo a su territorio. México aceptó, por primera vez, en negociaciones poco transparentes, recibir hasta mil personas deportadas al día desde Estados Unidos de Cuba, Haití, Nicaragua y Venezuela."
q="México aceptó, por primera vez, en negociaciones poco transparentes, recibir hasta mil personas deportadas al día desde Estados Unidos de Cuba, Haití, Nicaragua y Venezuela."
st(C,"mx-csos-joint-statement-2023-06","2023-06-09",s,q,"Mexico agreed, for the first time and in opaque negotiations, to receive up to a thousand people a day deported from the United States from Cuba, Haiti, Nicaragua and Venezuela.","press_release",
 [(E1,None),(E0,"09 de junio de 2023")],
 [("mexico_accepts_returnees","against","medium","The coalition faults Mexico for agreeing, through opaque talks, to take in non-Mexican deportees from the US.")],stype="document_excerpt",event="EVT-00136")
