from h import *
C='chunk_04.jsonl'
u=src(C,"https://diario.mx/Local/2018-12-26_7938d2e9/municipio-sale-al-rescate-de-centromericanos-/","[headline not shown in the stored copy]","El Diario de Juárez","2018-12-26")
P1="Ciudad Juárez- El Municipio apoyará con 10 personas que laboran en diversas direcciones a la Casa del Migrante, así como con dos médicos, aseguró ayer el alcalde, Armando Cabada Alvídrez.Además se proporcionarán medicamentos y alimentos."
P2="Agregó que todavía no hay una emergencia, pero ahora los migrantes que empiezan su trámite para que Estados Unidos los acepte como refugiados se regresan a esta ciudad a esperar, cuando antes el vecino país los alojaba en sus centros de detención.“Arriba del 90 por ciento de las solicitudes de asilo político se niegan en Estados Unidos, y ellos van con la esperanza de que pueda funcionarles, pero la verdad es que no será así, ahora con esto los van a regresar a México para que les diga el juez que no”"
st(C,"armando-cabada","2018-12-25",u,
"Arriba del 90 por ciento de las solicitudes de asilo político se niegan en Estados Unidos, y ellos van con la esperanza de que pueda funcionarles, pero la verdad es que no será así, ahora con esto los van a regresar a México para que les diga el juez que no",
"More than 90 percent of political asylum requests are denied in the United States, and they go in the hope that it may work for them, but the truth is that it will not, and now with this they are going to send them back to Mexico so the judge can tell them no.",
"interview",[(P1,"ayer"),(P2,None)],
[("mpp","neutral","medium","The mayor describes the new US practice of sending asylum seekers back to Mexico to wait for court decisions he expects to go against them.")])
