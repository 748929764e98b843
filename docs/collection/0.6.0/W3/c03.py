from h import *
C='chunk_03.jsonl'
s="SRC-01419"
E0="Publicada: miércoles, 3 de julio de 2019 23:27"
E1="“México no se puede considerar un país seguro para quienes huyen de la violencia”, dijo Hernández, revelando que las organizaciones criminales identifican a los migrantes en cuanto llegan a Nuevo Laredo, les capturan en las terminales de autobuses y les llevan a “casas de seguridad, donde son retenidos para ser extorsionados, golpeados o violados”."
E2="“MSF condena enérgicamente esta decisión y alerta de los peligros que enfrentarían los solicitantes de asilo en Estados Unidos al ser devueltos a esta ciudad fronteriza mientras sus solicitudes son procesadas”, aseguró el miércoles la ONG.\n\nEn esta línea, María Hernández, del equipo de coordinación de MSF, consideró que “devolver a las personas que buscan asilo y obligarlas a permanecer en la ciudad (norteña) de Nuevo Laredo, que se sitúa en Tamaulipas, es una política inhumana”."
q="México no se puede considerar un país seguro para quienes huyen de la violencia"
st(C,"maria-hernandez-msf","2019-07-03",s,q,"Mexico cannot be considered a safe country for those fleeing violence.","press_release",
 [(E1,None),(E2,"aseguró el miércoles"),(E0,"miércoles, 3 de julio de 2019")],
 [("mpp","against","medium","In MSF's statement against returning asylum seekers to Nuevo Laredo, she says Mexico is not a safe place for people fleeing violence.")],event="EVT-00057")
