from lib import *
R=[]
U="https://www.teleamazonas.com/2000-ecuatorianos-deportados-estados-unidos-2025/"
R.append(src(U,"[headline not shown in the stored copy]","Teleamazonas"))
E1=("Más de 2 000 ecuatorianos fueron deportados desde Estados Unidos en vuelos aterrizados en Guayaquil durante el primer trimestre de 2025. Estas cifra fue difundida, este martes 1 de abril del 2025, por el Ministerio de Relaciones Exteriores de Ecuador sobre migrantes irregulares retornados país.","este martes 1 de abril del 2025")
E2=("«Es importante recalcar que los vuelos de deportación de ecuatorianos, traen personas que han sido interceptadas ingresando irregularmente a los Estados Unidos y han sido deportadas por ese motivo. No se trata de residentes regulares, con papeles en regla, ni se están haciendo ‘redadas’ al azar para deportar gente», aclaró la Cancillería ecuatoriana.",None)
R.append(st("ec-cancilleria","2025-04-01",U,
 "Es importante recalcar que los vuelos de deportación de ecuatorianos, traen personas que han sido interceptadas ingresando irregularmente a los Estados Unidos y han sido deportadas por ese motivo. No se trata de residentes regulares, con papeles en regla, ni se están haciendo ‘redadas’ al azar para deportar gente",
 "It is important to stress that the deportation flights of Ecuadorians bring people who were intercepted entering the United States irregularly and were deported for that reason. They are not regular residents with their papers in order, nor are random 'raids' being carried out to deport people",
 "press_release",[E1,E2],
 [("mass_deportations","neutral","medium","The ministry describes who is on the US deportation flights and denies random raids, without judging the removals.")]))
write("chunk_01.jsonl",R)
U="http://www.4vientos.net/2019/07/12/ante-redada-y-deportacion-del-domingo-gobierno-de-bc-pide-a-amlo-habilite-los-albergues-tan-anunciados/"
R.append(src(U,"Ante redada y deportación del domingo, gobierno de BC pide a AMLO: Habilite los albergues tan anunciados","4 Vientos",published_date="2019-07-12",author="Javier Cruz Aguirre"))
R.append(actor("francisco-rueda-gomez","Francisco Rueda Gómez","person","MEX","bc-state-government","Secretary General of Government of Baja California (2019)"))
E1=("Ensenada, B.C., 12 de julio 2019.- El secretario general de gobierno de Baja California, Francisco Rueda Gómez, reaccionó así a la confirmación que hizo hoy el Presidente Donald Trump",None)
E2=("El gobierno de Baja California instó la tarde de hoy a la federación a que abra los tres albergues para asilados y migrantes que ha estado anunciando desde hace varios días.","instó la tarde de hoy")
E3=("“Nosotros hacemos un llamado al gobierno de la República Mexicana para que de una buena vez habilite el albergue tan anunciado que será especial para recibir a estos migrantes retornados”, dijo el funcionario estatal.",None)
R.append(st("francisco-rueda-gomez","2019-07-12",U,
 "Nosotros hacemos un llamado al gobierno de la República Mexicana para que de una buena vez habilite el albergue tan anunciado que será especial para recibir a estos migrantes retornados",
 "We call on the government of the Mexican Republic to open, once and for all, the much-announced shelter that will be dedicated to receiving these returned migrants",
 "other",[E1,E2,E3],
 [("humanitarian_assistance","favor","high","He demands that the federal government open the promised shelter for returned migrants.")]))
write("chunk_01.jsonl",R)
U="https://www.infobae.com/colombia/2025/05/09/con-vuelos-cada-semana-mas-de-2200-colombianos-ya-fueron-repatriados-desde-ee-uu"
R.append(src(U,"[headline not shown in the stored copy]","Infobae",published_date="2025-05-09"))
E1=("A la fecha, más de 2.200 personas fueron retornadas al país en un lapso de poco más de tres meses, una cifra significativa que fue revelada el jueves 8 de mayo por la canciller Laura Sarabia durante un encuentro con algunos de los repatriados, en un gesto que buscó no solo informar, sino acompañar.","el jueves 8 de mayo")
E2=("Sarabia fue clara en su intervención al declarar, “vamos a seguir enviando los vuelos por los connacionales. Esa es la instrucción del presidente Petro. Hemos hecho malabares financieros”, dijo, reconociendo los desafíos presupuestales que implica sostener esta operación sin pausa.",None)
R.append(st("laura-sarabia","2025-05-08",U,
 "vamos a seguir enviando los vuelos por los connacionales. Esa es la instrucción del presidente Petro. Hemos hecho malabares financieros",
 "we are going to keep sending the flights for our nationals. That is President Petro's instruction. We have done financial juggling",
 "speech",[E1,E2],
 [("humanitarian_assistance","favor","medium","As foreign minister she commits to keep sending government flights to bring home deported nationals despite the cost."),
  ("mass_deportations","neutral","medium","She speaks of continuing Colombia's flights for nationals deported from the US without judging the removals.")]))
write("chunk_01.jsonl",R)
