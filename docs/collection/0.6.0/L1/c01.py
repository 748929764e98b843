from h import *
C='chunk_01.jsonl'
P1="Ciudad de México, a 27 de noviembre del 2019.- De enero a octubre de este 2019, un total de 51 mil 407 solicitantes de asilo en Estados Unidos han sido devueltos a territorio mexicano a través de seis puntos fronterizos, como parte del acuerdo binacional “Quédate en México”, informó este miércoles Gretchen Kunher, directora del Instituto para las Mujeres de la Migración (IMUMI)."
P2="“Al 29 de octubre empezaron a devolver a las personas por Piedras Negras, Coahuila. Entonces, ahora tenemos seis puntos en la frontera donde Estados Unidos está regresando a las personas que solicitan asilo en esa nación para que esperen sus procesos, los cuales requieren de representación legal”, apuntó."
st(C,"gretchen-kuhner","2019-11-27","SRC-01669",
"Al 29 de octubre empezaron a devolver a las personas por Piedras Negras, Coahuila. Entonces, ahora tenemos seis puntos en la frontera donde Estados Unidos está regresando a las personas que solicitan asilo en esa nación para que esperen sus procesos, los cuales requieren de representación legal",
"On 29 October they began returning people through Piedras Negras, Coahuila. So we now have six points on the border where the United States is sending back people who request asylum in that country so they wait out their proceedings, which require legal representation.",
"interview",[(P1,"este miércoles"),(P2,None)],
[("mpp","neutral","medium","She reports that returns of asylum seekers to wait in Mexico now run through six border points, adding Piedras Negras, and notes the cases need lawyers.")])
u=src(C,"https://laopinion.com/2023/03/22/mexico-autoriza-el-paso-por-su-territorio-a-inmigrantes-extranjeros-con-cita-confirmada-por-cbp/","México autoriza el paso por su territorio a inmigrantes extranjeros con cita confirmada por CBP","La Opinión",None)
P1="El Instituto Nacional de Migración (INM) de México informó el martes que autoriza el paso de inmigrantes indocumentados de Venezuela, Haití, Cuba y Nicaragua que tengan cita confirmada por la Oficina de Aduanas y Protección Fronteriza de Estados Unidos (CBP), mediante la aplicación CBP One."
P2="El gobierno de México, a través del INM, una agencia de la Secretaría de Gobernación, aclaró en el comunicado que “la atención que brinda el INM a las personas extranjeras que han solicitado su proceso de ingreso a Estados Unidos a través de la aplicación CBP ONE o Advance Travel Authorization (ATA, por sus siglas en inglés) no implica la expedición de documentación migratoria por parte del gobierno de México”."
st(C,"mx-inm","2023-03-21",u,
"la atención que brinda el INM a las personas extranjeras que han solicitado su proceso de ingreso a Estados Unidos a través de la aplicación CBP ONE o Advance Travel Authorization (ATA, por sus siglas en inglés) no implica la expedición de documentación migratoria por parte del gobierno de México",
"the assistance the INM gives to foreign nationals who have requested their entry process to the United States through the CBP ONE application or Advance Travel Authorization (ATA) does not imply that the Mexican government issues them immigration documents",
"press_release",[(P1,"el martes"),(P2,None)],
[("cbp_one","neutral","medium","The communiqué sets out how Mexico handles travellers holding CBP One appointments, letting them pass while denying them Mexican immigration papers.")])
