from lib import *
O=[]
U="https://www.razon.com.mx/mexico/2026/02/05/ve-hrw-violacion-a-derechos-aqui-por-donald-trump/"
O.append(source(U,"[headline not shown in the stored copy]","La Razón de México","2026-02-05"))
O.append(actor("juanita-goebertus","Juanita Goebertus","person","COL","human-rights-watch","Americas director, Human Rights Watch (2026)"))
q="Estados Unidos ha tercerizado mucho el control migratorio en México; estamos documentando en más detalle este tema, pero claramente México sigue recibiendo no sólo ciudadanos mexicanos deportados de EU, sino ciudadanos de terceros países, centroamericanos, haitianos, venezolanos, cubanos, que han quedado en una situación de desprotección"
O.append(st("juanita-goebertus","2026-02-04",U,"direct_quote",q,
 "The United States has outsourced a great deal of migration control to Mexico; we are documenting this issue in more detail, but clearly Mexico continues to receive not only Mexican citizens deported from the US but also citizens of third countries, Central Americans, Haitians, Venezuelans, Cubans, who have been left unprotected",
 "press_conference",
 [("“Estados Unidos ha tercerizado mucho el control migratorio en México; estamos documentando en más detalle este tema, pero claramente México sigue recibiendo no sólo ciudadanos mexicanos deportados de EU, sino ciudadanos de terceros países, centroamericanos, haitianos, venezolanos, cubanos, que han quedado en una situación de desprotección en muchos de los casos”, dijo.",None),
  ("La directora de HRW, Juanita Goebertus, ayer, en la presentación del informe sobre el impacto de Trump en AL.","ayer")],
 [("us_mexico_cooperation","against","high","She criticises the US for outsourcing migration control to Mexico."),
  ("mexico_accepts_returnees","against","medium","She says Mexico keeps receiving third-country nationals deported from the US, who are left unprotected.")]))
w('chunk_02.jsonl',O)
