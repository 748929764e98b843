from h import *
C='chunk_01.jsonl'
U="https://alternauta.mx/eeuu-devuelve-a-mexico-a-51-mil-solicitantes-de-asilo-en-lo-que-va-de-2019"
s=src(C,U,"[headline not shown in the stored copy]","Alternauta","2019-11-27")
E0="Ciudad de México, a 27 de noviembre del 2019.- De enero a octubre de este 2019, un total de 51 mil 407 solicitantes de asilo en Estados Unidos han sido devueltos a territorio mexicano a través de seis puntos fronterizos, como parte del acuerdo binacional “Quédate en México”, informó este miércoles Gretchen Kunher, directora del Instituto para las Mujeres de la Migración (IMUMI)."
q1="Las personas desconocen su procedimiento, no saben llenar el formato que muchas veces está en inglés, no entienden qué va a pasar cuando tienen sus audiencias, el porqué tienen que regresar varias veces."
E1="“Las personas desconocen su procedimiento, no saben llenar el formato que muchas veces está en inglés, no entienden qué va a pasar cuando tienen sus audiencias, el porqué tienen que regresar varias veces. No es nada más una audiencia, son varias audiencias y el procedimiento puede durar entre seis meses hasta dos años”, observó."
st(C,"gretchen-kuhner","2019-11-27",s,q1,"People do not know their procedure, they cannot fill in the form that is often in English, they do not understand what will happen at their hearings or why they have to come back several times.","press_conference",
 [(E0,"informó este miércoles"),(E1,None)],
 [("mpp","against","medium","She describes asylum seekers returned under the programme as unable to follow their US proceedings.")])
q2="México dijo les vamos a dar estancia migratoria y pueden solicitar autorización para trabajar. En los hechos eso no ha ocurrido"
E2="Mediante el protocolo, “México dijo les vamos a dar estancia migratoria y pueden solicitar autorización para trabajar. En los hechos eso no ha ocurrido, porque se les ha dado la visa de turista por razones humanitarias, pero para tener autorización para trabajar deberían solicitarlo ante el Instituto Nacional de Migración, cosa que no va ocurrir”."
st(C,"gretchen-kuhner","2019-11-27",s,q2,"Mexico said: we will give you migration status and you can apply for permission to work. In practice that has not happened","press_conference",
 [(E0,"informó este miércoles"),(E2,None)],
 [("humanitarian_assistance","favor","medium","She faults Mexico for not delivering the promised status and work permits to returned asylum seekers, asking for more support.")])
