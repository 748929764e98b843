from h import *
C='chunk_02.jsonl'
u=src(C,'https://diario.mx/estado/que-el-gobierno-federal-deje-de-hacerse-tonto-20230929-2103960.html','[headline not shown in the stored copy]','El Diario de Juárez','2023-09-29')
E1='Chihuahua—“Que el Gobierno federal actúe y deje de hacerse tonto” con el tema de los migrantes, exigió ayer la gobernadora Maru Campos al salir de la inauguración de la Feria Nacional de la Construcción organizada por la CMIC.'
q='Todo el apoyo humanitario para los migrantes, pero necesitamos que el Gobierno Federal se haga cargo'
E2='“'+q+'”, dijo.'
st(C,'maru-campos','2023-09-28',u,q,"All humanitarian support for the migrants, but we need the federal government to take charge.",'interview',
 ev=[{'excerpt':E1,'date_cue':'exigió ayer'},{'excerpt':E2,'date_cue':None}],
 stances=[('humanitarian_assistance','favor','medium','The governor backs humanitarian help for migrants arriving in Chihuahua while demanding that the federal government take responsibility for it.')])
