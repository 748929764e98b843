from h import *
C='chunk_03.jsonl'
U="https://mexico.quadratin.com.mx/obispos-piden-a-eu-y-mexico-agilizar-tramites-de-asilo-para-refugiados"
s=src(C,U,"[headline not shown in the stored copy]","Quadratín México","2019-06-20")
E0="CIUDAD DE MÉXICO, 20 de junio de 2019. — La Conferencia del Episcopado Mexicano (CEM) se suma a las voces que defienden resolver lo más pronto posible la precaria situación de los migrantes centroamericanos que cruzan México en busca de pedir asilo en los Estados Unidos."
E1="“Este 20 de junio, Día Mundial de Refugiado, es para la iglesia una oportunidad para levantar la voz en favor de los que no tienen voz e instar a los gobiernos a desarrollar acciones que puedan favorecer a agilizar los trámites ante el proceso de asilo, así como velar por los derechos humanos de los migrantes en general, siguiendo las recomendaciones del Santo Padre”, refiere el escrito firmado por José Guadalupe Torres Campos, obispo de Ciudad Juárez, encargado de la Dimensión Episcopal de Pastoral de la Movilidad Humana (DEPMH)."
E2="“Tanto en México como en los Estados Unidos, ésta solicitud se ha convertido también en un viacrucis para los migrantes, se ha cargado de candados y requisitos que retardan su resolución”, refirió; pues de acuerdo a la Comisión Nacional de los Derechos Humanos (CNDH), el número de solicitantes de la condición de refugiado en el país, registrado a mayo de 2019, representa un 80 por ciento de la cifra anual de 2018."
q="Tanto en México como en los Estados Unidos, ésta solicitud se ha convertido también en un viacrucis para los migrantes, se ha cargado de candados y requisitos que retardan su resolución"
st(C,"cem-movilidad-humana","2019-06-20",s,q,"In both Mexico and the United States, this application [for asylum] has also become a way of the cross for migrants; it has been loaded with locks and requirements that delay its resolution.","press_release",
 [(E2,None),(E1,"Este 20 de junio"),(E0,"20 de junio de 2019")],
 [("asylum_restrictions","against","medium","The bishops' ministry complains that asylum in the US (and Mexico) has been burdened with barriers and requirements that delay decisions.")])
