from h import *
C='chunk_03.jsonl'
u=src(C,'https://www.eldiariodechihuahua.mx/estado/duplica-eu-retornos-por-ciudad-juarez-20190614-1527301.html','[headline not shown in the stored copy]','El Diario de Chihuahua','2019-06-14')
q='A partir de este día (ayer) están retornando a hispanoparlantes, ya no solamente centroamericanas, el día de hoy (ayer) recibimos al menos a 10 personas de Cuba, mujeres, que también fueron retornadas'
E1='“'+q+'” y a un hombre venezolano, comentó el coordinador general del Consejo Estatal de Población y Atención a Migrantes (Coespo), Enrique Valenzuela.'
E2='Ciudad Juárez.- Tras los acuerdos binacionales para frenar la migración a Estados Unidos, desde ayer el Protocolo de Protección a Migrantes del Gobierno de Donald Trump duplicó el número y las nacionalidades de los solicitantes de asilo político que retorna a México por Ciudad Juárez.'
st(C,'enrique-valenzuela','2019-06-13',u,q,"From this day (yesterday) they are returning Spanish speakers, no longer only Central Americans; today (yesterday) we received at least 10 people from Cuba, women, who were also returned.",'interview',
 ev=[{'excerpt':E1,'date_cue':'A partir de este día (ayer)'},{'excerpt':E2,'date_cue':None}],
 stances=[('mpp','neutral','high','The state official reports that returns to Juárez now include other Spanish-speaking nationalities such as Cubans, without judging it.')])
