from lib import *
R=[]
U1="https://hch.tv/2024/12/20/el-embajador-de-ee-uu-en-mexico-viene-una-sacudida-con-la-llegada-de-donald-trump"
R.append(src(U1,"[headline not shown in the stored copy]","HCH Televisión Digital","2024-12-20"))
R.append(st("ken-salazar","2024-12-20",U1,
 "Las deportaciones en realidad sí pueden ocurrir porque ahí está la ley y las promesas de la campaña (de Trump) y lo que se ve todos los días en la televisión de Estados Unidos que las deportaciones sí son algo que puede pasar",
 "The deportations really can happen, because the law is there, and the campaign promises (of Trump), and what is seen every day on US television, that deportations are indeed something that can happen.",
 "press_conference",
 [("El embajador de Estados Unidos en México, Ken Salazar, advirtió este viernes que «se viene una sacudida» en el tema migratorio entre EE.UU. y México ante el regreso de Donald Trump a la Casa Blanca, el próximo 20 de enero.","este viernes"),
  ("«Las deportaciones en realidad sí pueden ocurrir porque ahí está la ley y las promesas de la campaña (de Trump) y lo que se ve todos los días en la televisión de Estados Unidos que las deportaciones sí son algo que puede pasar», apuntó.",None)],
 [("mass_deportations","neutral","medium","The ambassador states that the incoming administration's mass deportations may happen, without judging them.")]))
write("chunk_02.jsonl",R)
