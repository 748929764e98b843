from lib import *
R=[]
P="https://www.proceso.com.mx/nacional/2020/4/21/juez-ordena-medidas-para-salvaguardar-migrantes-en-frontera-mexico-eu-241714.html"
X="https://diariodexalapa.com.mx/mexico/justicia/ordena-juez-a-gobierno-dictar-medidas-para-proteger-a-migrantes-5135292.html"
R.append(src(P,"Juez ordena medidas para salvaguardar migrantes en frontera México-EU","Proceso",published_date="2020-04-21"))
R.append(src(X,"[headline not shown in the stored copy]","Diario de Xalapa",published_date=None))
R.append(actor("derechoscopio","Derechoscopio, A.C.","ngo","MEX",None,"Human rights organisation based in Baja California"))
PE1="CIUDAD DE MÉXICO (apro).- Ante la falta de medidas de prevención y protección de migrantes contra la pandemia de covid-19 en la frontera entre México y Estados Unidos, organizaciones civiles lograron que un juez federal admitiera a trámite un amparo y concediera una suspensión de plano en la que emplaza a autoridades federales y estatales a tomar “medidas necesarias para salvaguardar la vida y la salud de los migrantes”."
PE2="Este lunes, el Juzgado Quinto de Distrito en Materia de Amparo y Juicios Federales en Baja California resolvió admitir el juicio de amparo tramitado por las organizaciones Fundación para la Justicia y el Estado Democrático de Derecho (FJEDD) y Derechoscopio, una organización de la entidad fronteriza,"
XE="La juez Quinto de Distrito en Materia de Amparo y Juicios Federal con sede en Tijuana otorgo una suspensión a la Fundación para la Justicia y el Estado Democrático de Derecho, A.C. (FJEDD) y Derechoscopio, A.C., para que las autoridades federales dicten medidas necesarias para salvaguardar la vida y la salud de los migrantes, y detectar el contagio de Covid-19 en lo que son retornados desde Estados Unidos, los detenidos por agentes migratorios y las personas que se encuentren en las estaciones del Instituto Nacional de Migración en Baja California."
R.append({"kind":"event","date_start":"2020-04-20","date_end":None,"date_precision":"day","event_type":"court_ruling",
 "title":"Baja California district court admits FJEDD-Derechoscopio amparo and orders COVID-19 protections for migrants, including those returned from the US",
 "description":"On Monday 20 April 2020 the Fifth District Court for amparo and federal trials in Baja California (Tijuana) admitted an amparo filed by FJEDD and Derechoscopio and granted a suspension requiring federal and state authorities to take the measures needed to protect migrants' life and health, including detecting COVID-19 among people returned from the United States, people detained by migration agents and people held in INM stations in Baja California.",
 "country":"MEX","location":"Tijuana","actor_ids":["fjedd","derechoscopio"],"sources":[P,X],"instrument":None,
 "evidence":[{"source":P,"excerpt":PE1,"date_cue":None},{"source":P,"excerpt":PE2,"date_cue":"Este lunes"},{"source":X,"excerpt":XE,"date_cue":None}]})
write("chunk_01.jsonl",R)
U="https://www.pdh.org.gt/comunicacion/noticias/140-21-el-procurador-de-los-derechos-humanos-jordan-rodas-andrade-condena-que-el-gobierno-de-guatemala-se-haya-sumado-a-las-acciones-de-otros-paises-que-vulneran-las-garantias-de-proteccion-y-debido-proceso-de-las-personas-y-familias-migrantes.html?tmpl=component&print=1&format=print"
R.append(src(U,"[headline not shown in the stored copy]","Procuraduría de los Derechos Humanos de Guatemala",published_date="2021-08-11",source_type="press_release"))
A1="Manifiesta:\n\nQue durante la pandemia por el COVID-19, los gobiernos de Estados Unidos y México han exacerbado las restricciones de movilidad de los migrantes irregulares. La expulsión acelerada de migrantes contradice las normas y estándares internacionales del Sistema de las Naciones Unidas y la Comisión Interamericana de Derechos Humanos, incluyendo el derecho que les asiste de acceder a cortes migratorias y la aplicación del debido proceso, según las necesidades de cada persona y familia."
A2="Que a estas acciones, que vulneran la protección humanitaria, se ha sumado en los últimos días el gobierno de Guatemala, recibiendo a grupos de migrantes trasladados desde la frontera norte de México y expulsándolos inmediatamente. Así, el gobierno guatemalteco, además de faltar a los compromisos internacionales de Estado, viola el Código de Migración (Decreto 44-2016) al negar procesos de regularización migratoria, el derecho de solicitud de asilo o refugio, el principio de no devolución automática y los mecanismos de protección personal y familiar."
D="Reitera:\n\nSu compromiso de velar por el cumplimiento de las normas y principios nacionales e internacionales que protegen la vida y la integridad física y psicológica de las personas y familias migrantes sin discriminación.\n\n#TusDerechosViajanContigo #MigrarEsUnDerecho\n\nGuatemala, 11 de agosto de 2021"
R.append(st("jordan-rodas","2021-08-11",U,
 "Que durante la pandemia por el COVID-19, los gobiernos de Estados Unidos y México han exacerbado las restricciones de movilidad de los migrantes irregulares. La expulsión acelerada de migrantes contradice las normas y estándares internacionales del Sistema de las Naciones Unidas y la Comisión Interamericana de Derechos Humanos",
 "That during the COVID-19 pandemic the governments of the United States and Mexico have exacerbated the mobility restrictions on irregular migrants. The accelerated expulsion of migrants contradicts the international norms and standards of the United Nations system and the Inter-American Commission on Human Rights",
 "press_release",[(A1,None),(D,"Guatemala, 11 de agosto de 2021")],
 [("asylum_restrictions","against","high","The ombudsman says the pandemic-era accelerated expulsions by the US and Mexico breach UN and Inter-American human rights standards.")],
 stype="document_excerpt"))
R.append(st("jordan-rodas","2021-08-11",U,
 "Que a estas acciones, que vulneran la protección humanitaria, se ha sumado en los últimos días el gobierno de Guatemala, recibiendo a grupos de migrantes trasladados desde la frontera norte de México y expulsándolos inmediatamente.",
 "That in recent days the government of Guatemala has joined these actions, which undermine humanitarian protection, by receiving groups of migrants transferred from Mexico's northern border and expelling them immediately.",
 "press_release",[(A2,None),(D,"Guatemala, 11 de agosto de 2021")],
 [("asylum_restrictions","against","medium","He condemns Guatemala for joining the expulsion chain that moves migrants from Mexico's northern border and expels them at once, which he says undermines protection.")],
 stype="document_excerpt"))
write("chunk_01.jsonl",R)
