from lib import *
u=source('https://oacnudh.hn/?p=4286','[headline not shown in the stored copy]','Oficina del Alto Comisionado de las Naciones Unidas para los Derechos Humanos en Honduras (OACNUDH)','2019-09-09',stype='transcript')
act('michelle-bachelet','Michelle Bachelet','person',None,'ohchr','UN High Commissioner for Human Rights (2018-2022)')
E1=('42 ° período de sesiones del Consejo de Derechos Humanos\nDeclaración de apertura del Alto Comisionado de las Naciones Unidas para los Derechos Humanos Michelle Bachelet\n\nGinebra, 9 de septiembre de 2019','Ginebra, 9 de septiembre de 2019')
st('michelle-bachelet','2019-09-09',u,'document_excerpt',
 'Las políticas y prácticas que buscan prevenir físicamente a los migrantes de llegar o entrar al país de destino – o que los retornan sin garantías procesales – son, para ponerlo de forma simple, ‘push-backs’.',
 'Policies and practices that seek to physically prevent migrants from reaching or entering the country of destination, or that return them without procedural guarantees, are, to put it simply, "push-backs".',
 'speech',
 [E1,('Las familias que buscan huir de sus lugares de origen son conducidas a ello por una profunda angustia social y económica – incluyendo el resultado del cambio climático, así como la inseguridad, corrupción y otros grandes factores. Las políticas y prácticas que buscan prevenir físicamente a los migrantes de llegar o entrar al país de destino – o que los retornan sin garantías procesales – son, para ponerlo de forma simple, ‘push-backs’.',None)],
 [('asylum_restrictions','against','medium','She condemns the bundle of US, Mexican and Central American policies that block migrants or return them without due process as push-backs.')])
st('michelle-bachelet','2019-09-09',u,'document_excerpt',
 'En lo que va de año, por lo menos 35,000 solicitantes de asilo han sido devueltos a la frontera de México a esperar sus audiencias.',
 'So far this year, at least 35,000 asylum seekers have been returned to the Mexican border to wait for their hearings.',
 'speech',
 [E1,('En lo que va de año, por lo menos 35,000 solicitantes de asilo han sido devueltos a la frontera de México a esperar sus audiencias. Nuestras oficinas en México, Guatemala y Honduras han documentado un incremento en las detenciones y deportaciones de migrantes.',None)],
 [('mpp','neutral','medium','She gives a count of asylum seekers returned to Mexico to await their US hearings, within a speech voicing concern about these policies.')])

u2=source('https://elheraldo.co/internacional/2019/06/25/mexico-envia-casi-15000-policias-a-la-frontera-con-eeuu-por-migrantes','[headline not shown in the stored copy]','El Heraldo (Colombia)','2019-06-25')
act('luis-cresencio-sandoval','Luis Cresencio Sandoval González','person','MEX',None,'Secretary of National Defense of Mexico (2018-2024)')
st('luis-cresencio-sandoval','2019-06-24',u2,'direct_quote',
 'Tenemos un despliegue total entre la Guardia Nacional y unidades del ejército de casi 15.000 hombres en la parte norte del país',
 'We have a total deployment, between the National Guard and army units, of almost 15,000 men in the northern part of the country.',
 'press_conference',
 [('México desplegó unos 15.000 soldados y policías a su frontera norte para cumplir con el compromiso asumido con el gobierno de Estados Unidos de frenar la migración, informó este lunes el jefe del ejército mexicano.','este lunes'),
  ("'Tenemos un despliegue total entre la Guardia Nacional y unidades del ejército de casi 15.000 hombres en la parte norte del país', dijo el secretario de Defensa Nacional, Luis Cresencio Sandoval, durante la conferencia matutina del presidente Andrés Manuel López Obrador.",None)],
 [('us_mexico_cooperation','favor','medium','The defence secretary reports, as his own operation, the troop deployment to the northern border that carried out the June 2019 migration commitment to the US.')])
write('chunk_01.jsonl')
