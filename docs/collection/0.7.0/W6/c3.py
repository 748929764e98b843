from lib import *
O=[]
U="https://gtpm.mx/?p=442"
O.append(source(U,"Carta Pública al Presidente Andrés Manuel López Obrador.","Grupo de Trabajo sobre Política Migratoria (GTPM)","2018-12-01","press_release"))
O.append(actor("gtpm","Grupo de Trabajo sobre Política Migratoria (GTPM)","ngo","MEX",None,"Mexican network of civil-society organisations and academics working on migration policy"))
dc=("Carta Pública al Presidente Andrés Manuel López Obrador.\n\nCOMPARTIR\npie\n\n CDMX, 1 de diciembre de 2018","CDMX, 1 de diciembre de 2018")
t1="Quienes suscribimos la presente carta les instamos a rechazar cualquier acuerdo que implique la obstaculización, directa o indirectamente, para que las personas puedan solicitar asilo o protección internacional en Estados Unidos, toda vez que dichas acciones van en contra de la legislación nacional e internacional."
O.append(st("gtpm","2018-12-01",U,"document_excerpt",t1,
 "We, the signatories of this letter, urge you to reject any agreement that would directly or indirectly obstruct people from applying for asylum or international protection in the United States, since such actions run counter to national and international law.",
 "letter",[dc,(t1,None)],
 [("us_mexico_cooperation","against","high","The letter urges the incoming Mexican government to reject any agreement with the US that obstructs access to asylum."),
  ("asylum_restrictions","against","medium","It opposes measures that obstruct access to asylum in the United States.")]))
t2="A continuación nos permitimos enlistar las acciones que se han llevado a cabo, por parte del gobierno de Estados Unidos, principalmente, con la anuencia del gobierno mexicano encaminadas a obstaculizar el derecho a solicitar asilo en Estados Unidos."
O.append(st("gtpm","2018-12-01",U,"document_excerpt",t2,
 "Below we list the actions carried out, mainly by the US government, with the consent of the Mexican government, aimed at obstructing the right to apply for asylum in the United States.",
 "letter",[dc,(t2,None)],
 [("us_mexico_cooperation","against","medium","It criticises the Mexican government for consenting to US actions that obstruct asylum."),
  ("asylum_restrictions","against","medium","It describes US actions as aimed at obstructing the right to seek asylum.")]))
t3="Su política incluye una serie de acciones, como barreras físicas y tecnologías en su frontera con México, así como límites al procedimiento de asilo, incluida la decisión en Matter of A-B -una resolución que restringe el acceso al asilo para sobrevivientes de violencia de género y para cualquier persona huyendo de persecución de actores civiles"
O.append(st("gtpm","2018-12-01",U,"document_excerpt",t3,
 "His policy includes a series of actions, such as physical barriers and technologies on the border with Mexico, as well as limits on the asylum procedure, including the decision in Matter of A-B, a ruling that restricts access to asylum for survivors of gender violence and for anyone fleeing persecution by non-state actors.",
 "letter",[dc,(t3,None)],
 [("asylum_restrictions","against","high","It lists the Trump administration's limits on the asylum procedure, framed as restricting access to asylum.")]))
w('chunk_03.jsonl',O)
