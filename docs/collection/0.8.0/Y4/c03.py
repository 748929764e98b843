from lib import *
u=source('https://www.diariolibre.com/actualidad/internacional/acuerdo-de-asilo-de-el-salvador-y-eeuu-criminaliza-migracion-dice-diputada-JH14313813','[headline not shown in the stored copy]','Diario Libre','2019-09-23',orig='EFE')
act('insami','Instituto Salvadoreño del Migrante (INSAMI)','ngo','SLV',None,'Salvadoran migrant-rights organisation')
act('cesar-rios','César Ríos','person','SLV','insami','Director of the Instituto Salvadoreño del Migrante (INSAMI)')
st('cesar-rios','2019-09-20',u,'direct_quote',
 'Todavía no podemos decir que El Salvador está en capacidad de brindar seguridad a los salvadoreños y si no tenemos capacidad de dar seguridad a los salvadoreños, no vamos a tener capacidad de dar seguridad a otros que vengan de afuera',
 'We still cannot say that El Salvador is able to provide security to Salvadorans, and if we are not able to provide security to Salvadorans, we will not be able to provide security to others who come from abroad.',
 'interview',
 [('San Salvador, 23 sep (EFE).- El \'acuerdo cooperativo de asilo\' firmado por El Salvador y Estados Unidos el viernes pasado \'criminaliza\' la migración, señaló este lunes la diputada',None),
  ('César Ríos, experto en temas de migración, dijo a Efe el viernes que El Salvador no posee la capacidad en materia de seguridad para albergar a los solicitantes de asilo que busquen protección en su ruta a Estados Unidos.','el viernes'),
  ("'Todavía no podemos decir que El Salvador está en capacidad de brindar seguridad a los salvadoreños y si no tenemos capacidad de dar seguridad a los salvadoreños, no vamos a tener capacidad de dar seguridad a otros que vengan de afuera', sostuvo el activista.",None)],
 [('safe_third_country','against','high','He says El Salvador cannot keep asylum seekers sent under the new agreement safe when it cannot protect its own people.')],
 event='EVT-00284')
u2=source('https://reliefweb.int/report/united-states-america/estados-unidos-los-solicitantes-de-asilo-mexicanos-enfrentan-largas','[headline not shown in the stored copy]','ReliefWeb','2019-12-23',orig='Human Rights Watch',stype='press_release')
st('human-rights-watch','2019-12-23',u2,'document_excerpt',
 'Agentes de la Oficina de Aduanas y Protección Fronteriza (CBP, por sus siglas en inglés) de Estados Unidos han denegado la entrada al país a solicitantes de asilo mexicanos, exponiendo a miles, entre ellos familias enteras y menores de edad, a condiciones peligrosas en las ciudades fronterizas mexicanas, lo que supone una violación del derecho internacional de refugiados',
 'US Customs and Border Protection (CBP) agents have denied Mexican asylum seekers entry into the country, exposing thousands, including whole families and children, to dangerous conditions in Mexican border cities, which amounts to a violation of international refugee law.',
 'press_release',
 [('(El Paso, Texas, 23 de diciembre de 2019) – Agentes de la Oficina de Aduanas y Protección Fronteriza (CBP, por sus siglas en inglés) de Estados Unidos han denegado la entrada al país a solicitantes de asilo mexicanos, exponiendo a miles, entre ellos familias enteras y menores de edad, a condiciones peligrosas en las ciudades fronterizas mexicanas, lo que supone una violación del derecho internacional de refugiados, señaló hoy Human Rights Watch.','23 de diciembre de 2019'),
  ('Human Rights Watch acompañó a 46 solicitantes de asilo mexicanos, más de la mitad de los cuales eran menores con sus padres, en su propósito de presentarse ante agentes de la CBP en el puente Paso del Norte entre Ciudad Juárez y El Paso, Texas. Los agentes de la CBP insistieron una y otra vez a los solicitantes de asilo que el puerto de entrada estaba “demasiado lleno”.',None)],
 [('asylum_restrictions','against','high','HRW condemns CBP turning Mexican asylum seekers away at ports of entry (metering) as a breach of refugee law.')])
st('iachr','2021-06-25','SRC-00509','document_excerpt',
 'la Comisión destacó que dichas políticas habrían derivado en diversas problemáticas, tales como: a) el uso automático de la detención migratoria, incluso de grupos familiares y de niñas, niños y adolescentes; b) rechazos en frontera; b) procedimientos de expulsión acelerados; y c) limitaciones en el acceso al territorio y a procedimientos migratorios, de asilo o protección.',
 'the Commission stressed that these policies had led to various problems, such as: a) the automatic use of immigration detention, even of family groups and children and adolescents; b) rejections at the border; b) accelerated expulsion procedures; and c) limits on access to the territory and to migration, asylum or protection procedures.',
 'press_release',
 [('La CIDH saluda terminación de los "Protocolos de Protección del Migrante", y llama a Estados Unidos a adoptar políticas migratorias que incorporen un enfoque de derechos humanos\n\n25 de junio de 2021','25 de junio de 2021'),
  ('Al respecto de lo anterior, en las Observaciones de la CIDH de 16 de septiembre de 2019, –realizadas en el marco de la visita a la frontera Sur de Estados Unidos–, la Comisión destacó que dichas políticas habrían derivado en diversas problemáticas, tales como: a) el uso automático de la detención migratoria, incluso de grupos familiares y de niñas, niños y adolescentes; b) rechazos en frontera; b) procedimientos de expulsión acelerados; y c) limitaciones en el acceso al territorio y a procedimientos migratorios, de asilo o protección.',None)],
 [('asylum_restrictions','against','high','The Commission lists border rejections, fast-track expulsions and limits on access to asylum among the harms of recent US border policies.')],
 event='EVT-00247')
write('chunk_03.jsonl')
