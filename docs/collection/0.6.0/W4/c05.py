from h import *
C='chunk_05.jsonl'
u=src(C,'https://crnoticiasmonclova.com/seccion/seguridad/listo-albergue-en-nueva-rosita-para-recibir-a-deportados-de-estados-unidos','[headline not shown in the stored copy]','CR Noticias Monclova','2025-01-27')
actor(C,'coahuila-state-government','Gobierno del Estado de Coahuila','government_body','MEX',None,None)
actor(C,'oscar-pimentel','Óscar Pimentel González','person','MEX','coahuila-state-government','Secretary of government (secretario general de Gobierno) of Coahuila (2024- )')
E1='Saltillo, Coahuila; 27 de enero de 2025. Aunque aún no se registran deportaciones masivas, el Gobierno de Coahuila, en colaboración con el Gobierno Federal, se prepara para recibir a connacionales y extranjeros deportados por el Gobierno de Estados Unidos, informó Oscar Pimentel González, Secretario de Gobierno del estado.'
q='Por instrucciones del Gobernador Manolo Jiménez Salinas, todos los deportados recibirán un trato digno y humano. Los connacionales gozarán de sus derechos y garantías mientras toman la decisión de regresar a sus estados de origen'
E2='El Secretario de Gobierno destacó que, aunque no se cuenta con una cifra exacta de deportados que puedan llegar, el refugio está listo para operar de manera eficiente. “'+q+'”, subrayó.'
st(C,'oscar-pimentel','2025-01-27',u,q,"On the instructions of Governor Manolo Jiménez Salinas, all deportees will receive dignified and humane treatment. Mexican nationals will enjoy their rights and guarantees while they decide whether to return to their home states.",'interview',
 ev=[{'excerpt':E1,'date_cue':'Saltillo, Coahuila; 27 de enero de 2025.'},{'excerpt':E2,'date_cue':None}],
 stances=[('humanitarian_assistance','favor','high','The state official announces dignified care for people deported from the US at the state shelter.')],same_day=True)
