from h import *
C='chunk_02.jsonl'
st(C,"claudia-sheinbaum","2025-01-30","SRC-00652",
"Llegaban también antes, eso es importante, no es que por primera vez estén llegando personas de otra nacionalidad, sino que esto es algo que ya ocurría en nuestro país",
"They also arrived before, that is important; it is not that people of another nationality are arriving for the first time; rather, this is something that already happened in our country.",
"press_conference",
[("La presidenta ha recibido críticas de la oposición por aceptar deportados de otras nacionalidades, a quienes México ofrece “asistencia humanitaria”.\n\n\n\n“Llegaban también antes, eso es importante, no es que por primera vez estén llegando personas de otra nacionalidad, sino que esto es algo que ya ocurría en nuestro país”, defendió Sheinbaum este jueves.","este jueves"),
 ("“Del 20 al 26 de enero se han repatriado un total de 5,282 personas o han llegado a nuestro país 5,282 personas, de ellas 4.083 son mexicanos. El 27 de enero fueron 527, de las cuales 355 son mexicanos, y el 28 (de enero) 435 personas”, informó la mandataria en su conferencia matutina.",None)],
[("mexico_accepts_returnees","favor","medium","She defends Mexico's reception of deportees of other nationalities by saying it is not new.")])
u=src(C,"https://cronica.com.mx/nacional/2025/02/17/se-incrementa-en-894-el-numero-de-mexicanos-deportados-el-fin-de-semana","[headline not shown in the stored copy]","La Crónica de Hoy","2025-02-17")
st(C,"claudia-sheinbaum","2025-02-17",u,
"Estamos haciendo una revisión de los permisos de Comar que son permisos de asilo que permiten quedarse en nuestro país (a personas extrajeras en situación de movilidad), porque tenían su cita en el CBP-ONE.",
"We are reviewing the COMAR permits, which are asylum permits that allow (foreign people on the move) to stay in our country, because they had their appointment in CBP One.",
"press_conference",
[("La presidenta Sheinbaum señaló este lunes que el número de mexicanos deportados desde Estados Unidos fueron 11,379, así como 3,091 personas de otras nacionalidades.","este lunes"),
 ("En cuanto a la atención de personas migrantes de otras nacionalidades que permanecen en el país, luego de que el gobierno de Estados Unidos, suspendió los permisos para ingresar a aquel país, la presidenta Sheinbaum Pardo resaltó que se hace una revisión de los permisos de asilo otorgados por la Comisión Mexicana de Ayuda a Refugiados (Comar), luego de que se suspendió el CBP-ONE.\n“Estamos haciendo una revisión de los permisos de Comar que son permisos de asilo que permiten quedarse en nuestro país (a personas extrajeras en situación de movilidad), porque tenían su cita en el CBP-ONE.",None)],
[("cbp_one","neutral","medium","She describes a review of Mexican asylum permits held by people whose CBP One appointments were cancelled, without judging the app.")])
