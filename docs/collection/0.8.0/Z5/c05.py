from lib import *
R=[]
U1="http://7diastamaulipas.com.mx/2023/07/29/ee-uu-ha-devuelto-a-mexico-a-4-000-migrantes-desde-el-fin-del-titulo-42"
R.append(src(U1,"[headline not shown in the stored copy]","7 Días Tamaulipas","2023-07-29",orig="EFE"))
R.append(st("blas-nunez-neto","2023-07-27",U1,
 "He estado trabajando en temas de migración durante dos décadas y nunca había visto el nivel de colaboración que estamos viendo",
 "I have been working on migration issues for two decades and I had never seen the level of collaboration that we are seeing.",
 "press_conference",
 [("En una rueda de prensa, Blas Núñez-Neto, subsecretario de Política Fronteriza e Inmigración del Departamento de Seguridad Nacional, reivindicó este jueves que «este modelo funciona», ya que los flujos de migrantes han bajado a niveles que no se veían desde hace dos años.","este jueves"),
  ("«He estado trabajando en temas de migración durante dos décadas y nunca había visto el nivel de colaboración que estamos viendo» entre Estados Unidos y México, afirmó el subsecretario.",None)],
 [("us_mexico_cooperation","favor","medium","He praises the unprecedented level of migration cooperation, which the outlet's bracketing places between the US and Mexico.")]))
write("chunk_05.jsonl",R)
