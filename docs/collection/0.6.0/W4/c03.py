from h import *
C='chunk_03.jsonl'
u=src(C,'https://afntijuana.info/nacionales/158506_diputada_del_pri_pide_claridad_en_estrategia_ante_posibles_deportaciones_masivas','Diputada del PRI pide claridad en estrategia ante posibles deportaciones masivas','Agencia Fronteriza de Noticias (AFN)','2025-01-03')
actor(C,'marcela-guerra','Marcela Guerra Castillo','person','MEX','mx-chamber-of-deputies','Federal deputy (PRI); chair of the Chamber of Deputies migration affairs committee (2024- )')
E1='CIUDAD DE MÉXICO 3 DE ENERO DE 2025 (AFN).- La diputada federal del PRI Marcela Guerra Castillo, pidió al Gobierno Federal que informe con mayor claridad sobre la estrategia que implementará ante la posible deportación masiva de connacionales, a la llegada de Donald Trump a la presidencia de Estados Unidos.'
q='Respetar el acuerdo mediante el cual las personas expulsadas de otras nacionalidades sean repatriadas de forma directa a sus países de origen y no tengan que pasar por territorio mexicano'
E2='“'+q+'”, expuso.'
st(C,'marcela-guerra','2025-01-03',u,q,"Respect the agreement under which people of other nationalities who are expelled are repatriated directly to their countries of origin and do not have to pass through Mexican territory.",'press_release',
 ev=[{'excerpt':E1,'date_cue':'3 DE ENERO DE 2025 (AFN).-'},{'excerpt':E2,'date_cue':None}],
 stances=[('mexico_accepts_returnees','against','high','The deputy asks that non-Mexicans expelled by the US be sent straight to their own countries rather than through Mexico.')],same_day=True)
