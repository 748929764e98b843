from lib import *
R=[]
u="https://laverdadnoticias.com/politica/Mexico-no-va-a-deportar-a-las-personas-que-estan-buscando-asilo-AMLO-y-Ebrad-20181221-0024.html"
R.append(src(u,"México no va a deportar a las personas que están buscando asilo: AMLO y Ebrad","La Verdad Noticias","2018-12-21"))
R.append(stm("STM-00462","marcelo-ebrard","2018-12-21",u,
 "México tendrá que definir si acepta o deporta a migrantes centroamericanos que están en territorio mexicano mientras siguen un proceso de asilo para llegar a Estados Unidos",
 "Mexico will have to decide whether it accepts or deports Central American migrants who are in Mexican territory while they pursue an asylum process to reach the United States.",
 "press_conference",
 [("En su habitual conferencia matutina del viernes 21 de diciembre, el presidente Andrés Manuel López Obrador (AMLO) aseguró que México protegerá los derechos humanos de los migrantes tras la medida de devolver a los migrantes centroamericanos para que esperen allí el desarrollo de su proceso de asilo en Estados Unidos.","viernes 21 de diciembre"),
  ("\"No se plantea firma de un acuerdo, no es un tratado... no seremos tercer país seguro (...) dimos a conocer un plan por razones humanitarias (...) México tendrá que definir si acepta o deporta a migrantes centroamericanos que están en territorio mexicano mientras siguen un proceso de asilo para llegar a Estados Unidos\", aseguró Ebrard en conferencia de AMLO.",None)],
 [("mexico_accepts_returnees","neutral","medium","Ebrard frames receiving the returned asylum seekers as a decision Mexico still has to take, without stating a position.")],
 "The existing record summarises exactly this remark: that it is up to Mexico to accept or deport the asylum seekers the US sends back while their cases proceed."))
write("chunk_01.jsonl",R)
