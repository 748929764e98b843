from h import *
C='chunk_02.jsonl'
S='SRC-00701'
E1='ITM-002-2026 Febrero 03 de 2026 Matamoros, Tamaulipas. – El Instituto Tamaulipeco para los Migrantes (ITM) mantiene acciones permanentes de acompañamiento y gestión institucional'
q1='Entre los servicios brindados a esta población se encuentran el apoyo y acompañamiento para lograr la regularización migratoria y la condición de refugio; el derecho a la identidad mediante el registro de nacimiento de sus hijas e hijos'
E2='Entre los servicios brindados a esta población se encuentran el apoyo y acompañamiento para lograr la regularización migratoria y la condición de refugio; el derecho a la identidad mediante el registro de nacimiento de sus hijas e hijos; así como su incorporación al sistema educativo, la canalización a servicios de salud y atención psicosocial, la vinculación con sus consulados y el seguimiento de situaciones de vulnerabilidad o discriminación.'
st(C,'itm-tamaulipas','2026-02-03',S,q1,"The services provided to this population include support and accompaniment to obtain migratory regularisation and refugee status, and the right to identity through the birth registration of their daughters and sons.",'press_release',
 ev=[{'excerpt':E1,'date_cue':'Febrero 03 de 2026'},{'excerpt':E2,'date_cue':None}],
 stances=[('humanitarian_assistance','favor','high','The state institute describes the services it provides to foreign migrants staying in Reynosa and Matamoros as its own programme.')],stype='document_excerpt')
q2='De manera complementaria, el ITM brinda acompañamiento a personas mexicanas repatriadas, ya que algunos connacionales provenientes de otros estados han decidido permanecer en Tamaulipas al no contar con redes familiares en el país, dado que sus familiares residen en Estados Unidos'
E3=q2+', lo que r'
E3='De manera complementaria, el ITM brinda acompañamiento a personas mexicanas repatriadas, ya que algunos connacionales provenientes de otros estados han decidido permanecer en Tamaulipas al no contar con redes familiares en el país, dado que sus familiares residen en Estados Unidos'
st(C,'itm-tamaulipas','2026-02-03',S,q2,"In addition, the ITM accompanies repatriated Mexicans, since some nationals from other states have decided to stay in Tamaulipas because they have no family networks in the country, their relatives living in the United States.",'press_release',
 ev=[{'excerpt':E1,'date_cue':'Febrero 03 de 2026'},{'excerpt':E3,'date_cue':None}],
 stances=[('humanitarian_assistance','favor','high','The institute presents its own support for Mexicans repatriated from the US who stay in Tamaulipas.')],stype='document_excerpt')
