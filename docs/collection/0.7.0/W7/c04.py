from lib import *
R=[]
U="https://www.publinews.gt/noticias/2025/01/28/guatemala-apuesta-por-la-negociacion-y-la-diplomacia-tras-vuelos-de-retornados-desde-ee-uu"
R.append(src(U,"[headline not shown in the stored copy]","Publinews Guatemala",published_date="2025-01-28"))
R.append(actor("carlos-ramiro-martinez","Carlos Ramiro Martínez","person","GTM","gt-minex","Foreign Minister of Guatemala (2025)"))
E1=("El canciller, Carlos Martínez, dijo ayer, durante una conferencia de prensa, que se le apostará “al diálogo y a la negociación diplomática” en relación con la posición de Guatemala por las deportaciones que se están realizando desde los Estados Unidos.\nPUBLICIDAD\n“No podemos rechazar las deportaciones o los viajes de retornados de guatemaltecos. Nosotros apostamos a la negociación y a la diplomacia”, expresó.","dijo ayer")
R.append(st("carlos-ramiro-martinez","2025-01-27",U,
 "No podemos rechazar las deportaciones o los viajes de retornados de guatemaltecos. Nosotros apostamos a la negociación y a la diplomacia",
 "We cannot reject the deportations or the flights of returned Guatemalans. We are betting on negotiation and diplomacy",
 "press_conference",[E1],
 [("mass_deportations","neutral","medium","He accepts that Guatemala must receive deportation flights of its nationals and prefers diplomacy, without endorsing the removals.")]))
write("chunk_04.jsonl",R)
