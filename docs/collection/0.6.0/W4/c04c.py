from h import *
C='chunk_04.jsonl'
S='SRC-00234'
actor(C,'carlos-mora-alvarez','Carlos Mora Álvarez','person','MEX','tijuana-city-government','Secretary general of the Tijuana municipal government (2021); former head of Baja California migration affairs',reinstate=True)
E1='TIJUANA, FEBRERO 19, 2021/DTJ.- La fila se extendió poco a poco, casi 300 migrantes salvadoreños, hondureños y algunos mexicanos se arremolinaron en la puerta de ingreso a los Estados Unidos, creyendo que este viernes 19 reactivarían su proceso para ingresar al vecino país para pedir asilo.'
q='Por instrucciones de la alcaldesa Karla Patricia Ruiz los vamos a orientar y les vamos a ofrecer apoyo a través de las instituciones como la Unidad Municipal de Apoyo Social UMAS así como a través de la coordinación federal con Grupo Beta'
E2='“Nosotros seremos compasivos -dijo el Secretario General de Gobierno Municipal Carlos Mora Álvarez– ex titular de la Comisión de Asuntos Migratorios en el Gobierno de Baja California y especialista en temas migratorios:\n\n“'+q+'.'
st(C,'carlos-mora-alvarez','2021-02-19',S,q,"On the instructions of Mayor Karla Patricia Ruiz we will advise them and offer them support through institutions such as the Municipal Social Support Unit (UMAS) and through federal coordination with Grupo Beta.",'interview',
 ev=[{'excerpt':E1,'date_cue':'TIJUANA, FEBRERO 19, 2021/DTJ.-'},{'excerpt':E2,'date_cue':None}],
 stances=[('humanitarian_assistance','favor','medium','The municipal official announces city support and guidance for the asylum seekers gathered at the El Chaparral crossing.')],event='EVT-00107',same_day=True)
