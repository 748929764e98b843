from h import *
C='chunk_04.jsonl'
u=src(C,'https://elpoder.tv/?p=170901','[headline not shown in the stored copy]','El Poder TV','2025-01-20')
actor(C,'claudia-anaya','Claudia Edith Anaya Mota','person','MEX','mx-senate','Senator (PRI, Zacatecas) (2018- )')
E1='México, 20 de enero.- Senadores de Morena, el PRI y Movimiento Ciudadano, reprobaron las medidas xenófobas y racistas del presidente Donald Trump como las deportaciones masivas de migrantes y la cancelación inmediata del programa CBP One, que gestionaba citas para el ingreso legal a la Unión Americana,'
q='Hoy enfrentan la angustia de ser deportados, llevándose consigo años de lucha y sacrificio. El gobierno mexicano debe estar listo para recibir a estos paisanos y garantizar que su regreso no sea un golpe devastador para ellos ni para sus familias'
E2='Por su parte, la senadora del PRI, Claudia Anaya, expresó su profunda preocupación por las consecuencias que puedan acarrear a los minguantes mexicanos, particularmente de Zacatecas, la puesta en marcha de estas deportaciones masivas y el endurecimiento de las políticas migratorias.'
E3='“Zacatecas ha sido un estado expulsor de migrantes debido a la falta de oportunidades laborales. Nuestros hermanos fueron en busca de un futuro mejor en el extranjero debido a la falta de empleos en México. '+q+'”, dijo.'
st(C,'claudia-anaya','2025-01-20',u,q,"Today they face the anguish of being deported, taking with them years of struggle and sacrifice. The Mexican government must be ready to receive these compatriots and ensure that their return is not a devastating blow for them or their families.",'interview',
 ev=[{'excerpt':E1,'date_cue':'México, 20 de enero.-'},{'excerpt':E2,'date_cue':None},{'excerpt':E3,'date_cue':None}],
 stances=[('mass_deportations','against','medium','The senator stresses the anguish the deportation campaign causes Mexican migrants.'),('humanitarian_assistance','favor','high','She asks the Mexican government to be ready to receive and support returning deportees.')],same_day=True)
