from lib import *
R=[]
U1="https://diariodecolima.com/noticias/detalle/2021-03-23-no-vengan-a-la-frontera-dice-jacobson-a-migrantes"
R.append(src(U1,"“No vengan a la frontera”, dice Jacobson a migrantes","Diario de Colima","2021-03-23"))
R.append(st("roberta-jacobson","2021-03-23",U1,
 "Quédense en casa, manténgase a salvo y esperen más información sobre el proceso de asilo",
 "Stay home, keep yourselves safe and wait for more information about the asylum process.",
 "social_media",
 [("Martes 23 de Marzo de 2021 6:57 pm\n+ -Roberta Jacobson, coordinadora para la frontera sur de Estados Unidos, difundió este martes un audio en español con un mensaje claro para los migrantes que buscan llegar a suelo estadounidense de forma irregular: “No vengan a la frontera”","este martes"),
  ("Reconoció que\nlos migrantes que deciden viajar a Estados Unidos pueden estar pasando “dolor y\ndificultades”, pero insistió en que “la frontera de Estados Unidos está cerrada”\ny que no tiene sentido hacer un viaje que es “peligroso. Quédense en casa,\nmanténgase a salvo y esperen más información sobre el proceso de asilo”.",None)],
 [("asylum_restrictions","favor","medium","Speaking for the administration, she tells would-be asylum seekers not to travel and to wait at home while the border stays closed.")]))
write("chunk_03.jsonl",R)
U2="https://jornada.com.mx/noticia/2023/05/31/politica/cae-a-la-mitad-cifra-de-migrantes-que-buscan-ingresar-a-eu-ken-salazar-6336"
R.append(src(U2,"Se reduce cifra de migrantes que buscan ingresar a EU: Ken Salazar","La Jornada","2023-05-31",author="Arturo Sánchez Jiménez"))
R.append(st("ken-salazar","2023-05-31",U2,
 "Que los números de personas queriendo cruzar la frontera hayan bajado a más de la mitad demuestra que nuestros esfuerzos con las autoridades mexicanas están dando resultados, pues las personas están eligiendo las vías legales",
 "That the numbers of people wanting to cross the border have fallen by more than half shows that our efforts with the Mexican authorities are producing results, since people are choosing the legal pathways.",
 "press_release",
 [("31 de mayo de 2023 19:14\n\nCiudad de México. El embajador de Estados Unidos en México, Ken Salazar, aseguró este miércoles que desde el fin de la política migratoria del Título 42, la cantidad de migrantes que intentan cruzar la frontera sur estadounidense ha caído a la mitad.","este miércoles"),
  ("“Que los números de personas queriendo cruzar la frontera hayan bajado a más de la mitad demuestra que nuestros esfuerzos con las autoridades mexicanas están dando resultados, pues las personas están eligiendo las vías legales”, afirmó Salazar en una declaración difundida por la embajada tras una visita a las ciudades fronterizas de El Paso, Texas, y Ciudad Juárez, Chihuahua.",None)],
 [("us_mexico_cooperation","favor","high","The ambassador credits joint work with Mexican authorities for the fall in border crossings.")]))
write("chunk_03.jsonl",R)
U3="https://www.elsalvador.com/noticias/nacional/congresista-republicana-el-salvador-recibira-a-pandilleros-del-tren-de-aragua-bajo-acuerdo-con-eeuu-maria-elvira-salazar/1196686/2025/"
R.append(src(U3,"[headline not shown in the stored copy]","El Diario de Hoy (elsalvador.com)","2025-01-28"))
R.append(actor("maria-elvira-salazar","María Elvira Salazar","person","USA","us-house","U.S. Representative (R-Florida, FL-27)"))
R.append(st("maria-elvira-salazar","2025-01-28",U3,
 "Gracias a los esfuerzos de @POTUS y el presidente @nayibbukele, los miembros de la pandilla Tren de Aragua pronto podrían compartir celdas de máxima seguridad con miembros de la pandilla MS-13 en El Salvador.",
 "Thanks to the efforts of @POTUS and President @nayibbukele, members of the Tren de Aragua gang could soon share maximum-security cells with members of the MS-13 gang in El Salvador.",
 "social_media",
 [("Gracias a los esfuerzos de @POTUS y el presidente @nayibbukele, los miembros de la pandilla Tren de Aragua pronto podrían compartir celdas de máxima seguridad con miembros de la pandilla MS-13 en El Salvador.https://t.co/EvefblFumg\n— Rep. María Elvira Salazar (@RepMariaSalazar) January 28, 2025","January 28, 2025"),
  ("La congresista republicana María Elvira Salazar confirmó, esta mañana a través de su cuenta \"X\", que el gobierno de El Salvador recibirá a pandilleros del Tren de Aragua como parte de un acuerdo con Estados Unidos.",None)],
 [("third_country_removals","favor","high","She welcomes the prospect of the US sending Venezuelan gang suspects to be jailed in El Salvador.")]))
write("chunk_03.jsonl",R)
