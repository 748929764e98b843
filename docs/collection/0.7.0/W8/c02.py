from lib import *
R=[]
U="https://lapatria.bo/2025/03/31/17-personas-vinculadas-a-bandas-criminales-llegan-a-el-salvador"
R.append(src(U,"[headline not shown in the stored copy]","La Patria (Bolivia)",published_date="2025-03-31"))
E1=("El presidente de El Salvador, Nayib Bukele, anunció este lunes 31 de marzo de 2025 la deportación desde Estados Unidos de 17 personas que están acusadas de pertenecer a las bandas criminales Tren de Aragua y MS-13. Estas personas serán encarceladas en una prisión de máxima seguridad en el país centroamericano.\nBukele afirmó que «anoche, en un operativo militar conjunto con nuestros aliados de Estados Unidos, trasladamos a 17 criminales extremadamente peligrosos vinculados al Tren de Aragua y la MS-13».","anunció este lunes 31 de marzo de 2025")
R.append(st("nayib-bukele","2025-03-31",U,
 "anoche, en un operativo militar conjunto con nuestros aliados de Estados Unidos, trasladamos a 17 criminales extremadamente peligrosos vinculados al Tren de Aragua y la MS-13",
 "last night, in a joint military operation with our United States allies, we transferred 17 extremely dangerous criminals linked to Tren de Aragua and MS-13",
 "other",[E1],
 [("third_country_removals","favor","medium","He presents the transfer from the US of people linked to the Venezuelan Tren de Aragua into El Salvador as a joint operation with allies; some of the group may be Salvadoran.")]))
write("chunk_02.jsonl",R)
U="https://www.cibercuba.com/noticias/2025-04-09-u1-e129488-s27061-nid300562-diaz-canel-pronuncia-deportaciones-migrantes-cubanos"
R.append(src(U,"[headline not shown in the stored copy]","CiberCuba",published_date="2025-04-09"))
E1=("Miguel Díaz-Canel dejó este martes curiosas reflexiones sobre las deportaciones de inmigrantes desde Estados Unidos y sus implicaciones para Cuba, en medio de las nuevas restricciones migratorias aplicadas por Washington.","dejó este martes")
E2=("Durante una entrevista con cuatro comunicadores españoles grabada en el marco del \"Coloquio Patria\", Díaz-Canel criticó las deportaciones masivas desde Estados Unidos.",None)
E3=("\"Yo creo que no es responsable, que no es justo, que un país que ha alentado la emigración, que le ha vendido el sueño americano no solo a los cubanos, a los latinoamericanos y a personas de todo el mundo, ahora esté hablando de deportaciones masivas, injustas, ¿sobre la base de qué leyes?, ¿sobre la base de qué conceptos del derecho?\", cuestionó.",None)
R.append(st("miguel-diaz-canel","2025-04-08",U,
 "Yo creo que no es responsable, que no es justo, que un país que ha alentado la emigración, que le ha vendido el sueño americano no solo a los cubanos, a los latinoamericanos y a personas de todo el mundo, ahora esté hablando de deportaciones masivas, injustas",
 "I believe it is not responsible, it is not fair, that a country that has encouraged emigration, that has sold the American dream not only to Cubans but to Latin Americans and people all over the world, is now talking about mass, unjust deportations",
 "interview",[E1,E2,E3],
 [("mass_deportations","against","high","He calls the US mass deportations irresponsible, unfair and without legal basis.")]))
write("chunk_02.jsonl",R)
