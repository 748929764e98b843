from h import *
C='chunk_04.jsonl'
u=src(C,"https://circuitofrontera.com/2023/05/17/mexico-no-deportara-a-venezolanos-inm/","[headline not shown in the stored copy]","Circuito Frontera","2023-05-17")
P1="Las personas expulsadas de territorio norteamericano cuyo origen sea Venezuela, Nicaragua, Cuba y Haití no serán regresados a sus respectivos países, según señaló ayer el comisionado del Instituto Nacional de Migración (INM), Francisco Garduño Yáñez."
P2="“No hay posibilidad material para poder devolverlos a su país de origen porque sus países no tienen la voluntad de asistir consularmente para reunir los requisitos del procedimiento de devolución asistida”, dijo."
st(C,"francisco-garduno","2023-05-16",u,
"No hay posibilidad material para poder devolverlos a su país de origen porque sus países no tienen la voluntad de asistir consularmente para reunir los requisitos del procedimiento de devolución asistida",
"There is no material possibility of returning them to their country of origin, because their countries are not willing to provide consular assistance to meet the requirements of the assisted-return procedure.",
"interview",[(P1,"ayer"),(P2,None)],
[("mexico_accepts_returnees","neutral","medium","He explains that Venezuelans, Nicaraguans, Cubans and Haitians expelled from the US to Mexico cannot be sent on to their countries, without judging their reception.")])
