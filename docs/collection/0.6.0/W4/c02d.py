from h import *
C='chunk_02.jsonl'
u=src(C,'https://laprensadecoahuila.com.mx/?p=513484','Pide CSP a estados alistarse ante deportaciones, dice Samuel','La Prensa de Coahuila','2024-12-10',orig='Agencia Reforma',author='Rolando Herrera')
actor(C,'samuel-garcia','Samuel Alejandro García Sepúlveda','person','MEX',None,'Governor of Nuevo León (2021- ); senator for Movimiento Ciudadano (2018-2021)')
E1='ACAPULCO, Guerrero 10-Dec-2024 .-El Gobernador de Nuevo León, Samuel García (MC), informó que la Presidenta Claudia Sheinbaum pidió a los gobernadores y gobernadoras alistarse ante la eventual deportación masiva de migrantes.'
q='No hablamos como tal de una estrategia de deportaciones, pero sí que estuviéramos listos por si empiezan en febrero (las deportaciones), pues que los estados estemos atentos'
E2='Entrevistado en Acapulco, al término de la reunión de la Conferencia Nacional de Gobernadores, el Mandatario dijo que la petición es a partir de febrero, después de que Donald Trump tome protesta como Presidente de Estados Unidos.\n\n«'+q+'», respondió.'
st(C,'samuel-garcia','2024-12-10',u,q,"We did not talk about a deportation strategy as such, but about being ready in case they start in February (the deportations), so that the states stay alert.",'interview',
 ev=[{'excerpt':E1,'date_cue':'10-Dec-2024'},{'excerpt':E2,'date_cue':None}],
 stances=[('mass_deportations','neutral','medium','The governor reports that the states were asked to be ready for possible US mass deportations, without judging them.')],same_day=True)
