from h import *
C='chunk_01.jsonl'
u=src(C,'https://www.hoytamaulipas.net/notas/388781/Distribuyen-a-migrantes-en-la-frontera-de-Nuevo-Laredo.html','Distribuyen a migrantes en la frontera de Nuevo Laredo','Hoy Tamaulipas','2019-07-16',author='Mario Portillo')
E1='Por: Mario Portillo/Nuevo Laredo El Día Martes 16 de Julio del 2019 a las 14:44'
q='Al día de ayer, con este programa de protección al migrantes que estaban aquí en Nuevo Laredo, que hicieron su una solicitud al gobierno de Estados Unidos, fueron procesados en el trabajo que hace CBP, posteriormente nos retornaron 118 migrantes'
E2='Nuevo Laredo, Tamaulipas. - El alcalde de Nuevo Laredo, Enrique Rivas indicó que al momento han regresado alrededor de 118 migrantes de México y varios países, principalmente de Centroamérica, para esperar del lado mexicano su proceso de solicitud de asilo ante las autoridades norteamericanas.'
E3='“Al día de ayer, con este programa de protección al migrantes que estaban aquí en Nuevo Laredo, que hicieron su una solicitud al gobierno de Estados Unidos, fueron procesados en el trabajo que hace CBP, posteriormente nos retornaron 118 migrantes, los otros 68 ingresaron a Estados Unidos entre el rango de Roma, Texas e Eagle Pass(Texas)”, explicó.'
st(C,'enrique-rivas','2019-07-16',u,q,"As of yesterday, under this migrant protection programme, the migrants who were here in Nuevo Laredo and had filed a request with the US government were processed through CBP's work, and afterwards 118 migrants were returned to us.",'interview',
 ev=[{'excerpt':E1,'date_cue':'Martes 16 de Julio del 2019'},{'excerpt':E2,'date_cue':None},{'excerpt':E3,'date_cue':None}],
 stances=[('mpp','neutral','high','The mayor reports how many asylum seekers were returned to Nuevo Laredo under the programme, without evaluation.')],same_day=True)
