from h import *
C='chunk_05.jsonl'
u=src(C,"https://integranoticias.com/mexico-admitira-a-venezolanos-expulsados-de-eeuu","[headline not shown in the stored copy]","Integra Noticias",None)
P1="Según el acuerdo, dado a conocer hoy por la Cancillería, la Secretaría de Gobernación (Segob) y el Instituto Nacional de Migración (INM), “México permitirá de manera temporal que algunas personas de nacionalidad venezolana ingresen a territorio nacional por la frontera norte”, y ello en continuación con “su política unilateral de recibir personas migrantes a través del Título 42 por razones humanitarias”."
P2="El programa de visas, que inició hoy, solo aplica para las personas venezolanas que llegaron a México antes de este miércoles 12 de octubre; quienes ingresen al país a partir de este día no podrán presentar su solicitud desde México."
st(C,"mx-government","2022-10-12",u,
"México permitirá de manera temporal que algunas personas de nacionalidad venezolana ingresen a territorio nacional por la frontera norte",
"Mexico will temporarily allow some people of Venezuelan nationality to enter national territory through the northern border.",
"press_release",[(P1,"hoy"),(P2,"este miércoles 12 de octubre")],
[("mexico_accepts_returnees","favor","medium","The joint statement announces that Mexico will temporarily admit some Venezuelans sent back across the northern border.")],
event="EVT-00397")
