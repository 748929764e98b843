from h import *
C='chunk_01.jsonl'
u=src(C,"https://imagendeveracruz.mx/amp/nacional/gobierno-ha-atendido-a-mas-de-56-mil-mexicanos-repatriados-de-estados-unidos/50692768","Gobierno ha atendido a más de 56 mil mexicanos repatriados de Estados Unidos","Imagen de Veracruz","2025-06-16")
st(C,"felix-arturo-medina-padilla","2025-06-16",u,
"Se articuló el trabajo interinstitucional de 34 dependencias del gobierno de México con los gobiernos estatales y diferentes instancias, al que se sumó el sector empresarial, con el objetivo de recibir y atender las necesidades de nuestros connacionales, pero también garantizar y respetar el ejercicio de sus derechos humanos",
"The inter-institutional work of 34 Mexican government agencies was coordinated with the state governments and various bodies, joined by the business sector, in order to receive our nationals and meet their needs, but also to guarantee and respect the exercise of their human rights.",
"press_conference",
[("México | 2025-06-16\n\nDe enero a la fecha han sido repatriados a México 56 mil 298 connacionales desde los Estados Unidos, los cuales han sido recibidos a través de la Estrategia Nacional \"México te abraza\", informó el Subsecretario de Gobernación, Arturo Medina Padilla.\n\nDurante su participación en la conferencia matutina, el funcionario destacó que, del total, 12 mil 183 han llegado por la vía área","2025-06-16"),
 ("\"Se articuló el trabajo interinstitucional de 34 dependencias del gobierno de México con los gobiernos estatales y diferentes instancias, al que se sumó el sector empresarial, con el objetivo de recibir y atender las necesidades de nuestros connacionales, pero también garantizar y respetar el ejercicio de sus derechos humanos\", enfatizó.",None)],
[("humanitarian_assistance","favor","high","He presents the multi-agency reception effort for repatriated Mexicans as the government's own programme.")],sdr=True)
