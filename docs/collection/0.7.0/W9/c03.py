from lib import *
R=[]
U="https://cejilmovilidadenmesoamerica.org/comunicado/denuncian-ante-cidh-violaciones-derivadas-de-expulsiones-de-personas-solicitantes-de-asilo-y-migrantes-desde-eeuu-y-mexico-hacia-guatemala/"
R.append(src(U,"Denuncian ante CIDH violaciones derivadas de expulsiones de personas solicitantes de asilo y migrantes desde EEUU y México hacia Guatemala","CEJIL (Centro por la Justicia y el Derecho Internacional)",published_date="2021-09-20",source_type="press_release"))
E1="COMUNICADOS\n\nSan José, 20 de septiembre de 2021\n\nDenuncian ante CIDH violaciones derivadas de expulsiones de personas solicitantes de asilo y migrantes desde EEUU y México hacia Guatemala"
E2="A la fecha, la aplicación de esta ley, que carece de fundamentación desde una óptica de salud pública, ha resultado en la expulsión de personas solicitantes de asilo y migrantes desde Estados Unidos al sur de México y, posteriormente, hacia Guatemala."
E0="El 20 de marzo de 2020, frente a la pandemia por COVID-19, Estados Unidos invocó el “Título 42”, una ley de salud pública para prohibir el ingreso al país de personas sin documentación migratoria adecuada y permitir la expulsión inmediata de personas que hayan entrado de manera irregular al país, sin acceso a un debido proceso ni garantías mínimas contra la devolución."
R.append(st("cejil","2021-09-20",U,
 "A la fecha, la aplicación de esta ley, que carece de fundamentación desde una óptica de salud pública, ha resultado en la expulsión de personas solicitantes de asilo y migrantes desde Estados Unidos al sur de México y, posteriormente, hacia Guatemala.",
 "To date, the application of this law, which has no basis from a public-health standpoint, has resulted in the expulsion of asylum seekers and migrants from the United States to southern Mexico and then on to Guatemala.",
 "press_release",[(E1,"San José, 20 de septiembre de 2021"),(E0,None),(E2,None)],
 [("asylum_restrictions","against","high","CEJIL says Title 42 lacks any public-health basis and has led to chain expulsions of asylum seekers from the US to southern Mexico and Guatemala.")],
 stype="document_excerpt"))
write("chunk_03.jsonl",R)
