from h import *
C='chunk_04.jsonl'
U="https://www.fundacionjusticia.org/en-el-marco-del-dia-internacional-del-migrante-autoridades-del-gobierno-mexicano-a-juicio-por-acuerdo-migratorio-con-estados-unidos/"
s=src(C,U,"[headline not shown in the stored copy]","Fundación para la Justicia y el Estado Democrático de Derecho","2019-12-18",stype="press_release")
E0="Miércoles 18 de diciembre de 2019\nEn el marco del Día Internacional del Migrante, la Fundación para la Justicia y el Estado Democrático de Derecho comunica que el pasado 19 de julio de 2019, presentó una demanda de amparo indirecto en contra del acuerdo migratorio firmado entre México y los Estados Unidos el 7 de junio de 2019, derivado de las amenazas de imposición de aranceles a productos mexicanos, acuerdo internacional denominado Declaración Conjunta México Estados Unidos, y su accesorio Supplementary Agreement between the United States and México."
E1="El acuerdo migratorio suscrito por México es contrario a las garantías constitucionales, dado que en su celebración no se cumplieron las formalidades de suscripción de un tratado internacional, además de que su aprobación e implementación resultaron en una violación manifiesta a las normas de importancia fundamental del derecho internacional e interno, como lo es la separación de poderes, las competencias exclusivas del Senado de la República,"
E2="Al dejar en manos del gobierno estadounidense la facultad unilateral y discrecional para decidir si México está cumpliendo o no con el acuerdo, viola el principio de autodeterminación."
E3="- Acuerdo firmado con EU es contrario a las garantías constitucionales y no cumple las formalidades de tratado internacional.\n- Solicitantes de asilo en EU son devueltos a ciudades fronterizas mexicanas, las cuales tienen alertas de seguridad del gobierno de EU para sus connacionales."
q1="El acuerdo migratorio suscrito por México es contrario a las garantías constitucionales, dado que en su celebración no se cumplieron las formalidades de suscripción de un tratado internacional"
st(C,"fjedd","2019-12-18",s,q1,"The migration agreement signed by Mexico runs counter to constitutional guarantees, since the formalities for signing an international treaty were not met when it was concluded.","press_release",
 [(E1,None),(E0,"Miércoles 18 de diciembre de 2019")],
 [("us_mexico_cooperation","against","high","FJEDD argues the June 2019 migration agreement with the US is unconstitutional and was concluded without treaty formalities.")],stype="document_excerpt")
q2=E2
st(C,"fjedd","2019-12-18",s,q2,"By leaving in the hands of the US government the unilateral and discretionary power to decide whether or not Mexico is complying with the agreement, it violates the principle of self-determination.","press_release",
 [(E2,None),(E0,"Miércoles 18 de diciembre de 2019")],
 [("us_mexico_cooperation","against","high","FJEDD objects that the agreement lets Washington judge Mexico's compliance, breaching Mexico's self-determination.")],stype="document_excerpt")
q3="Solicitantes de asilo en EU son devueltos a ciudades fronterizas mexicanas, las cuales tienen alertas de seguridad del gobierno de EU para sus connacionales."
st(C,"fjedd","2019-12-18",s,q3,"Asylum seekers in the US are returned to Mexican border cities that carry US government security alerts for its own citizens.","press_release",
 [(E3,None),(E0,"Miércoles 18 de diciembre de 2019")],
 [("mpp","against","high","FJEDD stresses that asylum seekers are being returned to Mexican border cities the US itself warns its citizens against.")],stype="document_excerpt")
