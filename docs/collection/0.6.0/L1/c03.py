from h import *
C='chunk_03.jsonl'
u=src(C,"https://nenkamedia.com/2025/02/05/mexico-asegura-que-ningun-ciudadano-sera-deportado-a-guantanamo-y-refuerza-dialogo-con-ee-uu-sobre-migracion","México asegura que ningún ciudadano será deportado a Guantánamo y refuerza diálogo con EE.UU. sobre migración","Nenka Media","2025-02-05")
P1="El canciller mexicano, Juan Ramón de la Fuente, aseguró este 4 de febrero que ningún ciudadano mexicano será deportado por Estados Unidos al centro de detención en la base naval de Guantánamo, Cuba. Durante una rueda de prensa, De la Fuente afirmó que el Gobierno de Claudia Sheinbaum ha enviado una nota diplomática a Washington reiterando su disposición a recibir a todos los mexicanos deportados que así lo deseen. “Bajo ninguna circunstancia un mexicano o mexicana irá a Guantánamo”, declaró."
st(C,"juan-ramon-de-la-fuente","2025-02-04",u,
"Bajo ninguna circunstancia un mexicano o mexicana irá a Guantánamo",
"Under no circumstances will any Mexican man or woman go to Guantánamo.",
"press_conference",[(P1,"este 4 de febrero")],
[("mass_deportations","against","medium","He rules out that Mexicans deported by the US will be held at the Guantánamo detention site the US set up for removed migrants.")])
u2=src(C,"https://www.razon.com.mx/mexico/2025/02/05/blindaje-de-mexicanos-contra-guantanamo","[headline not shown in the stored copy]","La Razón","2025-02-05")
P2="Y fue el canciller Juan Ramón de la Fuente quien ayer fue enfático al señalar que ningún mexicano habrá de ser enviado a la cárcel de Guantánamo. “Ningún mexicano va ir allá, por ninguna circunstancia. Desde que se dio la noticia se envió a la embajada de Estados Unidos una nota diplomática justamente diciendo que “aquí vamos a recibir a todas y todos los mexicanos que lo deseen y así va a seguir ocurriendo”, refirió en una entrevista."
st(C,"juan-ramon-de-la-fuente","2025-02-04",u2,
"aquí vamos a recibir a todas y todos los mexicanos que lo deseen y así va a seguir ocurriendo",
"here we are going to receive all Mexican men and women who wish it, and that is how it will keep happening",
"interview",[(P2,"ayer")],
[("humanitarian_assistance","favor","medium","He says Mexico told the US embassy it will take back every deported Mexican national who wants to return, and will keep doing so.")])
