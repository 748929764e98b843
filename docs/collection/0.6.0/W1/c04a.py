from h import *
C='chunk_04.jsonl'
u=src(C,"https://politica.expansion.mx/presidencia/2025/12/10/mas-de-200-000-mexicanos-son-deportados-de-eu-durante-el-gobierno-de-sheinbaum","Más de 200,000 mexicanos son deportados de EU durante el gobierno de Sheinbaum","Expansión Política","2025-12-10")
st(C,"claudia-sheinbaum","2025-12-10",u,
"Cuando hay una detención hemos fortalecido el número telefónico para apoyo a todos los migrantes",
"When there is a detention, we have strengthened the telephone line to support all migrants.",
"press_conference",
[("mié 10 diciembre 2025 10:09 AM","10 diciembre 2025"),
 ("Desde octubre de 2024 y diciembre de 2025, el gobierno de Estados Unidos deportó a más de 200,000 mexicanos, informó este miércoles la presidenta Claudia Sheinbaum.","este miércoles"),
 ("Cuando un mexicano es detenido, detalló, se le brinda asesoría en Estados Unidos y, en caso de ser deportado, se le ofrecen apoyos para regresar a sus comunidades.\n\n“Cuando hay una detención hemos fortalecido el número telefónico para apoyo a todos los migrantes y, en caso de detención, las y los consulados tienen instrucción de estar permanentemente en los c",None)],
[("humanitarian_assistance","favor","medium","She presents a strengthened support phone line for detained migrants as part of her government's help.")])
