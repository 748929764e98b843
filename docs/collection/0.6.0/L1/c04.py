from h import *
C='chunk_04.jsonl'
u=src(C,"https://www.eluniversal.com.mx/estados/reducen-albergues-para-paisanos-en-la-frontera-norte/","[headline not shown in the stored copy]","El Universal","2025-12-04")
P1="Los centros de atención a migrantes instalados a lo largo de la frontera norte como parte del programa México te Abraza, para recibir a mexicanos retornados de Estados Unidos son reducidos, desmantelados o abandonados."
P2="En Ciudad Juárez, durante la última semana el gobierno federal ha trabajado en recortar la capacidad del albergue instalado en los terrenos de El Punto, donde se recibía a los connacionales repatriados por esta frontera."
P3="El espacio tenía capacidad para 2 mil 500 personas; sin embargo, desde febrero que se abrió en ninguna ocasión se logró llenar, confirmó Mayra Chávez Jiménez, delegada de Programas para el Bienestar en Chihuahua."
w(C,{"kind":"event","date_start":"2025-12-01","date_end":None,"date_precision":"month","event_type":"humanitarian_response",
 "title":"Federal reception centres for returnees on the northern border scaled back",
 "description":"El Universal reported that the 'México te abraza' centres set up along the northern border to receive Mexicans returned from the US were being reduced, dismantled or abandoned. In Ciudad Juárez the federal government spent the preceding week cutting the capacity of the El Punto shelter, which had room for 2,500 people and, according to the Bienestar delegate in Chihuahua, had never been filled since it opened in February.",
 "country":"MEX","location":"Ciudad Juárez","actor_ids":[],"sources":[u],"instrument":None,
 "evidence":[{"source":u,"excerpt":P1,"date_cue":None},{"source":u,"excerpt":P2,"date_cue":"durante la última semana"},{"source":u,"excerpt":P3,"date_cue":None}]})
