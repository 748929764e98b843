from lib import *
# cronica Sheinbaum 2025-04-29 (EFE wording; supersedes chunk_01 noticierog rendering, see report)
u=source('https://cronica.com.mx/nacional/2025/04/29/en-100-dias-de-trump-eu-deporto-a-mexico-a-5446-extranjeros-y-a-33331-mexicanos','En 100 días de Trump, EU deportó a México a 5,446 extranjeros y a 33,331 mexicanos','La Crónica de Hoy','2025-04-29',orig='EFE')
e_hoy=('“Hasta la fecha de hoy, quienes han sido retornados, en total, desde que entró el Gobierno del presidente Trump, 38,757 personas, de las cuales 33,311 son mexicanas y 5,446 extranjeros”, señaló Sheinbaum en su conferencia matutina de hoy.','de hoy')
st('claudia-sheinbaum','2025-04-29',u,
 'Hasta la fecha de hoy, quienes han sido retornados, en total, desde que entró el Gobierno del presidente Trump, 38,757 personas, de las cuales 33,311 son mexicanas y 5,446 extranjeros',
 'As of today, those who have been returned in total since President Trump’s government took office number 38,757 people, of whom 33,311 are Mexican and 5,446 foreigners',
 'press_conference',[e_hoy],
 [('mexico_accepts_returnees','neutral','high','She reports how many foreigners the US has returned to Mexico without evaluation.'),
  ('mass_deportations','neutral','medium','She gives the aggregate count of people returned to Mexico since January.')],event='EVT-00275')
st('claudia-sheinbaum','2025-04-29',u,
 'Hay un término que se llama país seguro, tercer país, eso tiene que firmarse por los dos países y nosotros nunca firmamos nada, sino sencillamente (los recibimos) por razones humanitarias',
 'There is a term called safe country, third country; that has to be signed by both countries and we never signed anything, we simply (receive them) for humanitarian reasons',
 'press_conference',
 [e_hoy,('“Hay un término que se llama país seguro, tercer país, eso tiene que firmarse por los dos países y nosotros nunca firmamos nada, sino sencillamente (los recibimos) por razones humanitarias”, zanjó.',None)],
 [('safe_third_country','against','high','She states Mexico never signed a safe-third-country agreement.'),
  ('mexico_accepts_returnees','favor','medium','She says Mexico receives deported foreigners on humanitarian grounds.')],event='EVT-00275')
# radiomiraflores Jorge Rodríguez 2025-04-21
u=source('https://radiomiraflores.net.ve/bukele-no-halla-como-salirse-del-paque-te-de-secuestrar-migrantes/','Bukele no halla cómo salirse del paquete de secuestrar migrantes','Radio Miraflores','2025-04-21')
st('jorge-rodriguez-ve','2025-04-21',u,
 'no hallan cómo hacer para salirse del paquete en el que se metieron violando los derechos humanos, al secuestrar a los migrantes venezolanos',
 'they cannot find a way to get out of the mess they got into by violating human rights when they kidnapped the Venezuelan migrants',
 'press_conference',
 [('Caracas, 21 de abril de 2025. El vicepresidente de Comunicación y Asuntos Electorales del Partido Socialista Unido de Venezuela (PSUV), Jorge Rodríguez, declaró este lunes que Estados Unidos (EEUU) y El Salvador “no hallan cómo hacer para salirse del paquete en el que se metieron violando los derechos humanos, al secuestrar a los migrantes venezolanos”.','este lunes')],
 [('third_country_removals','against','high','He accuses the US and El Salvador of kidnapping the Venezuelans sent to El Salvador.')])
# horacritica Jorge Rodríguez 2025-04-21
u=source('https://horacritica.com/2025/04/21/como-es-posible-que-esten-secuestrados-en-un-pais-que-ni-siquiera-conocen-jorge-rodriguez-exige-respuestas-sobre-venezolanos-detenidos-en-el-salvador','¿Cómo es posible que estén secuestrados en un país que ni siquiera conocen? Jorge Rodríguez exige respuestas sobre venezolanos detenidos en El Salvador','Hora Crítica','2025-04-21')
st('jorge-rodriguez-ve','2025-04-21',u,
 'Que alguien diga cuándo fueron presentados ante un tribunal los venezolanos secuestrados en El Salvador. ¿Por qué no han presentado el listado completo de los jóvenes?',
 'Let someone say when the Venezuelans kidnapped in El Salvador were brought before a court. Why have they not presented the full list of the young men?',
 'speech',
 [('El presidente de la Asamblea Nacional de Venezuela, Jorge Rodríguez, alzó su voz este lunes en defensa de los 253 ciudadanos venezolanos detenidos en El Salvador tras ser deportados desde Estados Unidos, calificando su situación como un «secuestro» y exigiendo claridad sobre los procedimientos legales aplicados.','este lunes'),
  ('«Que alguien diga cuándo fueron presentados ante un tribunal los venezolanos secuestrados en El Salvador. ¿Por qué no han presentado el listado completo de los jóvenes? En términos de humanidad y dignidad no hay forma de explicarlo», expresó Rodríguez durante una sesión transmitida por el canal estatal ANTV.',None)],
 [('third_country_removals','against','high','He denounces the detention without trial in El Salvador of Venezuelans deported there by the US.')])
# mldiario Maduro 2025-04-01
u=source('https://mldiario.com/maduro-dice-que-pidio-ayuda-a-la-onu-para-liberar-a-migrantes-venezolanos-en-prision-de-el-salvador','Maduro dice que pidió ayuda a la ONU para liberar a migrantes venezolanos en prisión de El Salvador','ML Diario',None)
st('nicolas-maduro','2025-04-01',u,
 'Estoy esperando que el sistema de Naciones Unidas actúe. Levanten el teléfono, llamen al presidente (de El Salvador, Nayib) Bukele, exíjanle una lista de las personas encarceladas en ese campo de concentración, en nombre del derecho internacional humanitario',
 'I am waiting for the United Nations system to act. Pick up the phone, call President (of El Salvador, Nayib) Bukele, demand from him a list of the people imprisoned in that concentration camp, in the name of international humanitarian law',
 'speech',
 [('Durante su programa televisivo «Maduro de Repente», transmitido el martes 1 de abril de 2025, el mandatario expresó su preocupación por lo que describió como «desapariciones forzadas» y «torturas» de estos ciudadanos, exigiendo claridad sobre su situación legal y su liberación inmediata si no se presentan pruebas concretas en su contra.','el martes 1 de abril de 2025'),
  ('«Estoy esperando que el sistema de Naciones Unidas actúe. Levanten el teléfono, llamen al presidente (de El Salvador, Nayib) Bukele, exíjanle una lista de las personas encarceladas en ese campo de concentración, en nombre del derecho internacional humanitario», declaró.',None)],
 [('third_country_removals','against','high','He calls the Salvadoran prison holding Venezuelans deported by the US a concentration camp and demands UN action.')])
# eldiariony Maduro 2025-07-18
u=source('https://eldiariony.com/2025/07/18/asi-llegaron-a-venezuela-los-252-venezolanos-tras-ser-liberados-en-el-salvador','Así llegaron a Venezuela los 252 venezolanos tras ser liberados en El Salvador','El Diario NY','2025-07-18')
e1=('Con rostros emocionados, así pisaron suelo venezolano los 252 ciudadanos que permanecieron detenidos en una megacárcel de El Salvador, señalados como presuntos miembros del Tren de Aragua. Su arribo fue anunciado este viernes por Nicolás Maduro, quien celebró la operación como una “victoria” de su régimen tras meses de denuncias y gestiones diplomáticas.','este viernes')
st('nicolas-maduro','2025-07-18',u,
 'Han llegado a la patria, liberados de los campos de concentración y de tortura de Nayib Bukele. Fueron secuestrados y hoy están en casa',
 'They have arrived in the homeland, freed from Nayib Bukele\'s concentration and torture camps. They were kidnapped and today they are home',
 'speech',
 [e1,('“Han llegado a la patria, liberados de los campos de concentración y de tortura de Nayib Bukele. Fueron secuestrados y hoy están en casa”, expresó Maduro en cadena nacional, mientras se transmitían imágenes del recibimiento en el Aeropuerto Internacional Simón Bolívar de Maiquetía.',None)],
 [('third_country_removals','against','high','He calls the Salvadoran prison where the US sent Venezuelans a torture camp and says they were kidnapped.')],event='EVT-00169')
st('nicolas-maduro','2025-07-18',u,
 'Fue un canje caro, pero necesario: terroristas por inocentes. Es una fórmula que nos permitió rescatar a estos muchachos de condiciones infrahumanas',
 'It was an expensive swap, but necessary: terrorists for innocents. It is a formula that allowed us to rescue these young men from inhuman conditions',
 'speech',
 [e1,('“Fue un canje caro, pero necesario: terroristas por inocentes. Es una fórmula que nos permitió rescatar a estos muchachos de condiciones infrahumanas”, dijo el oficialista, quien también agradeció al expresidente español José Luis Rodríguez Zapatero, al papa León XIV y al presidente Donald Trump por su papel en el acuerdo.',None)],
 [('third_country_removals','against','medium','He describes the Venezuelans removed to El Salvador as innocents held in inhuman conditions.')],event='EVT-00169')
# lanacion (Reuters) ve-mij 2025-12-11
u=source('https://www.lanacion.com.ar/agencias/venezuela-dice-que-estados-unidos-suspendio-vuelo-de-repatriacion-de-migrantes-programado-para-el-nid12122025/','Venezuela dice que Estados Unidos suspendió vuelo de repatriación de migrantes programado para el viernes','La Nación (Argentina)','2025-12-12',stype='wire_report',orig='Reuters')
st('ve-mij','2025-12-11',u,
 'Este jueves, ha sido recibida la decisión del gobierno de los Estados Unidos de suspender, de manera unilateral, el retorno de ciudadanos venezolanos que tenían previsto regresar el próximo 12 de diciembre',
 'This Thursday the decision of the United States government to suspend, unilaterally, the return of Venezuelan citizens who were scheduled to come back on 12 December was received',
 'press_release',
 [('"Este jueves, ha sido recibida la decisión del gobierno de los Estados Unidos de suspender, de manera unilateral, el retorno de ciudadanos venezolanos que tenían previsto regresar el próximo 12 de diciembre", declaró el Ministerio del Interior en un comunicado difundido el jueves por la noche, señalando que la suspensión interrumpía un proceso coordinado y contradecía acuerdos previos.','el jueves por la noche'),
  ('12 dic (Reuters) - El Ministerio del Interior de Venezuela informó en un comunicado que Estados Unidos suspendió un vuelo de repatriación de migrantes que debía llegar el viernes, en medio de meses de alta tensión entre ambos países.',None)],
 [('mass_deportations','neutral','medium','The ministry reports the US suspension of a scheduled deportation flight, objecting to it being unilateral.')])
# diariolibre ve-mij 2025-12-11
u=source('https://www.diariolibre.com/usa/actualidad/2025/12/12/venezuela-dice-que-ee-uu-suspendio-vuelos-de-deportados/3375503','Venezuela dice que EE.UU. suspendió vuelos de deportados','Diario Libre','2025-12-12')
st('ve-mij','2025-12-11',u,
 'Se confía en que el gobierno de los Estados Unidos rectifique más temprano que tarde y se reinicie el proceso de regreso de los venezolanos afectados',
 'It is hoped that the United States government will rectify sooner rather than later and that the process of return of the affected Venezuelans will restart',
 'social_media',
 [('Caracas recibió "la decisión del gobierno de los Estados Unidos de suspender, de manera unilateral, el retorno de ciudadanos venezolanos" este viernes 12 de diciembre, indicó el ministerio el jueves por la noche en Telegram.\n\n"Se confía en que el gobierno de los Estados Unidos rectifique más temprano que tarde y se reinicie el proceso de regreso de los venezolanos afectados", agrega la publicación.','el jueves por la noche')],
 [('mass_deportations','favor','medium','The ministry asks the US to resume the return flights of deported Venezuelans.')])
write('chunk_04.jsonl')
