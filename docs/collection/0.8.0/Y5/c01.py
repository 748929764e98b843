from lib import *
u=source("https://elmomentochiapas.mx/internacional/mundo/2025/01/28/consul-de-mexico-en-los-angeles-no-tiene-reporte-de-redadas-masivas","Cónsul de México en Los Ángeles no tiene reporte de redadas masivas","El Momento Chiapas","2025-01-28")
st("carlos-gonzalez-gutierrez","2025-01-27",u,"direct_quote",
 "Por el momento nosotros no vemos evidencia de que haya redadas masivas, de que a la gente se le esté deteniendo en la calle, al azar, de que se estén organizando operativos en iglesias o en escuelas, no vemos nada de eso",
 "For the moment we see no evidence of mass raids, of people being detained in the street at random, or of operations being organised in churches or schools; we see none of that.",
 "social_media",
 [("“Por el momento nosotros no vemos evidencia de que haya redadas masivas, de que a la gente se le esté deteniendo en la calle, al azar, de que se estén organizando operativos en iglesias o en escuelas, no vemos nada de eso”, dijo González Gutiérrez.",None),
  ("A través de un video publicado en sus redes sociales el lunes, el cónsul mencionó que no hubo “tales redadas”, después de haber verificado la información con autoridades migratorias, y llamó a las personas mexicanas a seguir con sus actividades habituales.","el lunes")],
 [("mass_deportations","neutral","high","The consul reports that the consulate has seen no sign of mass raids in Los Angeles, a factual description without evaluation.")])
write("chunk_01.jsonl")
