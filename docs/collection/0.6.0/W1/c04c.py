from h import *
C='chunk_04.jsonl'
u=src(C,"https://nortedechihuahua.mx/2024/12/page/23","[headline not shown in the stored copy]","Norte de Chihuahua",None)
P1="Así lo informó la presidenta de la República Claudia Sheinbaum Pardo, durante la conferencia de prensa “Mañanera del pueblo” de este jueves 5 de diciembre, quien advirtió que, para su administración, lo más importante será recibir a mexicanas y mexicanos deportados.\n“Nosotros, pues somos solidarios con todos y con todas, pero nuestra principal función, pues se recibirá las y los mexicanos y esperamos tener un acuerdo con la administración Trump en caso de que haya estas deportaciones”."
st(C,"claudia-sheinbaum","2024-12-05",u,
"Nosotros, pues somos solidarios con todos y con todas, pero nuestra principal función, pues se recibirá las y los mexicanos y esperamos tener un acuerdo con la administración Trump en caso de que haya estas deportaciones",
"We are in solidarity with everyone, but our main function will be to receive Mexican women and men, and we hope to have an agreement with the Trump administration in case these deportations happen.",
"press_conference",[(P1,"este jueves 5 de diciembre")],
[("us_mexico_cooperation","favor","medium","She says Mexico hopes to reach an agreement with the incoming Trump administration on deportations."),
 ("mass_deportations","neutral","medium","She prepares to receive deported Mexicans without judging the announced deportations in this passage.")])
