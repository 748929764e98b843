from h import *
C='chunk_01.jsonl'
S='SRC-00819'
E1='Ciudad Juárez (México), 19 mar (EFE).- Un total de 149 migrantes de origen centroamericano fueron deportados este viernes por Estados Unidos a través del puente internacional Paso del Norte-Santa Fe, en la mexicana Ciudad Juárez, en el estado de Chihuahua.'
q1='Hay quienes quieren regresar a su lugar de origen, hay quienes esperan aquí para tener asilo político en Estados Unidos, aunque se les dice que no se sabe cuánto duren las restricciones para tener regularizada su situación'
E2='De acuerdo con Enrique Valenzuela, coordinador general de la Comisión Estatal de Población de Chihuahua, los retornados fueron llevados a diferentes albergues para que tengan cubiertas las necesidades básicas y se les brindó orientación sobre su situación migratoria.\n\n"'+q1+'", explicó.'
st(C,'enrique-valenzuela','2021-03-19',S,q1,"Some want to go back to their place of origin, some are waiting here to get political asylum in the United States, although they are told that nobody knows how long the restrictions will last before their situation can be regularised.",'interview',
 ev=[{'excerpt':E1,'date_cue':'19 mar (EFE).-'},{'excerpt':E2,'date_cue':None}],
 stances=[('asylum_restrictions','neutral','medium','He describes the choices of expelled migrants and the open-ended US entry restrictions without judging them.')],same_day=True)
q2='Es importante mencionar a la población que intenta cruzar a Estados Unidos que no se permiten los accesos, las personas son retornadas a su país de origen, no se dejen engañar por quienes dicen que Estados Unidos abre las puertas, se ven expuestos a tener suerte en el limbo aquí'
E3='"'+q2+'", añadió Valenzuela.'
st(C,'enrique-valenzuela','2021-03-19',S,q2,"It is important to tell the people trying to cross into the United States that entry is not allowed, people are returned to their country of origin; do not be fooled by those who say the United States is opening its doors; you are exposed to ending up in limbo here.",'interview',
 ev=[{'excerpt':E1,'date_cue':'19 mar (EFE).-'},{'excerpt':E3,'date_cue':None}],
 stances=[('asylum_restrictions','neutral','medium','He warns migrants that the US is not admitting them and is returning them, describing the restriction rather than judging it.')],same_day=True)
