from lib import *
R=[]
U1="https://lapancartadequintanaroo.com.mx/presidenta-del-senado-rechaza-restriccion-al-asilo-de-migrantes-en-ee-uu/amp"
R.append(src(U1,"[headline not shown in the stored copy]","La Pancarta de Quintana Roo"))
R.append(actor("ana-lilia-rivera","Ana Lilia Rivera","person","MEX","mx-senate","President of the Mexican Senate (2024)"))
E1=("La presidenta del Senado de México, Ana Lilia Rivera, mostró su rechazo a la orden ejecutiva emitida por Joe Biden, presidente de Estados Unidos, que restringirá de forma drástica las solicitudes de asilo por migrantes.\n“Lamento profundamente la reciente decisión del presidente Biden de emitir una orden ejecutiva que impide a los migrantes solicitar asilo cuando el número de cruces en la frontera superen los 2 mil 500 diarios durante una semana”, expresó Rivera en un mensaje difundido en sus redes sociales.",None)
E2=("Como presidenta del @senadomexicano, lamento profundamente la reciente decisión del @potus de emitir una orden ejecutiva que impide a los migrantes solicitar asilo cuando el número de cruces en la frontera superen los 2,500 diarios durante una semana. Esta medida, además de…\n— Ana Lilia Rivera (@AnaLiliaRivra) June 4, 2024","June 4, 2024")
R.append(st("ana-lilia-rivera","2024-06-04",U1,
 "Lamento profundamente la reciente decisión del presidente Biden de emitir una orden ejecutiva que impide a los migrantes solicitar asilo cuando el número de cruces en la frontera superen los 2 mil 500 diarios durante una semana",
 "I deeply regret President Biden's recent decision to issue an executive order that prevents migrants from applying for asylum when the number of border crossings exceeds 2,500 a day over a week",
 "social_media",[E1,E2],
 [("asylum_restrictions","against","high","She deplores the US order that bars asylum claims above a daily crossing threshold.")],event_id="EVT-00258"))
E3=("“La restricción al asilo no solo pone en riesgo la seguridad de los migrantes, sino que también erosiona los valores de compasión y justicia que todos debemos defender”, argumentó Rivera en su cuenta de X.",None)
R.append(st("ana-lilia-rivera","2024-06-04",U1,
 "La restricción al asilo no solo pone en riesgo la seguridad de los migrantes, sino que también erosiona los valores de compasión y justicia que todos debemos defender",
 "The restriction on asylum not only puts migrants' safety at risk but also erodes the values of compassion and justice that we must all defend",
 "social_media",[E3,E2],
 [("asylum_restrictions","against","high","She argues the asylum restriction endangers migrants and erodes shared values.")],event_id="EVT-00258"))
write("chunk_01.jsonl",R)
U2="https://diariolalibertad.com/sitio/2025/03/30/paises-de-la-alba-rechazaron-sanciones-de-ee-uu-por-servir-de-amenazas"
R.append(src(U2,"Países de la ALBA rechazaron sanciones de EE.UU. por servir de “amenazas”","Diario La Libertad",published_date="2025-03-30"))
R.append(actor("bruno-rodriguez-cu","Bruno Rodríguez","person","CUB",None,"Foreign Minister of Cuba (canciller) (2025)"))
E1=("Varios Estados miembros de la Alianza Bolivariana para los Pueblos de Nuestra América (ALBA) rechazaron este sábado las sanciones de Estados Unidos y las deportaciones a terceros países, como el reciente traslado de más de 200 migrantes a El Salvador por parte de la nación norteamericana.","este sábado")
E2=("Asimismo, condenó el «secuestro sin jurisdicción ni debido proceso, sin juicio, defensa ni sanción de tribunal competente, y envío a terceros países por parte de Estados Unidos de migrantes venezolanos y de cualquier ciudadanía», lo que consideró como «un acto atroz».",None)
E3=("El canciller cubano, Bruno Rodríguez, expresó el «firme respaldo» del Gobierno de Miguel Díaz-Canel a Venezuela, al tiempo que rechazó que EE.UU., dijo, recurra «al uso de herramientas económico-comerciales brutalmente punitivas, cuyo efecto pernicioso repercutirá negativamente» en los pueblos.",None)
R.append(st("bruno-rodriguez-cu","2025-03-29",U2,
 "secuestro sin jurisdicción ni debido proceso, sin juicio, defensa ni sanción de tribunal competente, y envío a terceros países por parte de Estados Unidos de migrantes venezolanos y de cualquier ciudadanía",
 "abduction without jurisdiction or due process, without trial, defence or sentence by a competent court, and the sending by the United States of Venezuelan migrants and migrants of any citizenship to third countries",
 "speech",[E3,E2,E1],
 [("third_country_removals","against","high","He condemns US transfers of Venezuelan and other migrants to third countries as an atrocious act.")]))
write("chunk_01.jsonl",R)
