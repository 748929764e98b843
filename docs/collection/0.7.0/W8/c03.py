from lib import *
R=[]
U="https://www.tunota.com/migracion/articulo/honduras-preocupado-por-restriccion-de-asilo-en-ee-uu-vicecanciller-antonio-garcia-2024-06-05"
R.append(src(U,"[headline not shown in the stored copy]","Tu Nota (Honduras)",published_date="2024-06-05"))
E1=("La nueva orden ejecutiva del presidente de Estados Unidos, Joe Biden, de limitar las solicitudes de asilo en la frontera sur con México es una medida soberana, pero difícil y preocupante para Honduras, de donde muchas personas solicitan refugio, expresó este miércoles el vicecanciller Antonio García.","expresó este miércoles")
E2=("\"Honduras ni nadie puede evitar esta decisión ejecutiva, pero nos preocupa\", declaró García en el noticiero Diario Matutino de radio HRN después de que se anunciara que Estados Unidos restringirá el ingreso de migrantes que piden refugio.",None)
R.append(st("antonio-garcia-hn","2024-06-05",U,
 "Honduras ni nadie puede evitar esta decisión ejecutiva, pero nos preocupa",
 "Neither Honduras nor anyone else can prevent this executive decision, but it worries us",
 "interview",[E1,E2],
 [("asylum_restrictions","against","medium","Reacting to Biden's order limiting asylum at the border, he says Honduras cannot stop it but is worried by it.")],event_id="EVT-00258"))
write("chunk_03.jsonl",R)
