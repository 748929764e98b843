from h import *
C='chunk_02.jsonl'
import csv
SRCS={r['url']:r['source_id'] for r in csv.DictReader(open('/work/main/data/sources.csv'))}
url="https://laopinion.com/2023/03/22/mexico-autoriza-el-paso-por-su-territorio-a-inmigrantes-extranjeros-con-cita-confirmada-por-cbp/"
u=SRCS.get(url)
if not u:
    u=src(C,url,"México autoriza el paso por su territorio a inmigrantes extranjeros con cita confirmada por CBP","La Opinión",None)
P1="El Instituto Nacional de Migración (INM) de México informó el martes que autoriza el paso de inmigrantes indocumentados de Venezuela, Haití, Cuba y Nicaragua que tengan cita confirmada por la Oficina de Aduanas y Protección Fronteriza de Estados Unidos (CBP), mediante la aplicación CBP One."
P3="El INM aclaró que “mantiene comunicación con enlaces de CBP”, a fin de verificar la existencia de una cita en territorio estadounidense “y permitir su paso para llegar al puerto de entrada autorizado por Estados Unidos, sea vía aérea o terrestre, y completar su trámite”."
w(C,{"kind":"event","date_start":"2023-03-21","date_end":None,"date_precision":"day","event_type":"policy_announcement",
 "title":"INM lets CBP One appointment holders from four countries transit Mexico",
 "description":"Mexico's migration institute announced that nationals of Venezuela, Haiti, Cuba and Nicaragua holding an appointment confirmed by CBP through the CBP One app may cross Mexican territory, and said it checks the appointments with CBP contacts so they can reach the authorised US port of entry by air or land.",
 "country":"MEX","location":None,"actor_ids":["mx-inm"],"sources":[u],"instrument":None,
 "evidence":[{"source":u,"excerpt":P1,"date_cue":"el martes"},{"source":u,"excerpt":P3,"date_cue":None}]})
PK="Ciudad de México, a 27 de noviembre del 2019.- De enero a octubre de este 2019, un total de 51 mil 407 solicitantes de asilo en Estados Unidos han sido devueltos a territorio mexicano a través de seis puntos fronterizos, como parte del acuerdo binacional “Quédate en México”, informó este miércoles Gretchen Kunher, directora del Instituto para las Mujeres de la Migración (IMUMI)."
PK2="La funcionaria advirtió que 26 mil personas más están en espera de conocer la resolución de su solicitud."
w(C,{"kind":"event","date_start":"2019-11-27","date_end":None,"date_precision":"day","event_type":"statistic_release",
 "title":"IMUMI reports 51,407 asylum seekers returned to Mexico under MPP in 2019",
 "description":"IMUMI's director said that from January to October 2019 a total of 51,407 people seeking asylum in the US had been sent back to Mexico through six border points under Remain in Mexico, and that 26,000 more were awaiting a decision on their claims.",
 "country":"MEX","location":"Ciudad de México","actor_ids":["imumi","gretchen-kuhner"],"sources":["SRC-01669"],"instrument":None,
 "evidence":[{"source":"SRC-01669","excerpt":PK,"date_cue":"este miércoles"},{"source":"SRC-01669","excerpt":PK2,"date_cue":None}]})
