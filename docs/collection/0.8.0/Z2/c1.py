from add import *
C="chunk_01.jsonl"
u="https://ensegundos.do/2025/02/03/presidente-abinader-asegura-solo-recibira-a-dominicanos-deportados-de-eeuu"
src(C,u,"[headline not shown in the stored copy]","En Segundos (República Dominicana)","2025-02-03")
actor(C,"luis-abinader","Luis Abinader","person","DOM",None,"President of the Dominican Republic (2020-)")
stm(C,"luis-abinader","2025-02-03",u,"direct_quote",
 "Nosotros no tenemos la obligación ni aceptaremos recibir personas de otro país, solamente los dominicanos, que tenemos el deber y el derecho de hacerlo",
 "We have no obligation, nor will we agree, to receive people from another country, only Dominicans, whom we have the duty and the right to receive.",
 "press_conference",
 [("El presidente Luis Abinader afirmó este lunes que la República Dominicana no aceptará ser utilizada como “puente aéreo” para recibir ciudadanos deportados desde Estados Unidos, en el marco de las deportaciones masivas impulsadas por el gobierno de Donald Trump.","este lunes"),
  ("«Querido Adolfo, te digo, el lugar más lejos que nosotros vamos a aceptar que vengan es de Pedernales. Nosotros no tenemos la obligación ni aceptaremos recibir personas de otro país, solamente los dominicanos, que tenemos el deber y el derecho de hacerlo”, expresó el presidente.",None)],
 [("third_country_removals","against","high","The president refuses to let the Dominican Republic receive deportees of other nationalities sent by the US.")])
