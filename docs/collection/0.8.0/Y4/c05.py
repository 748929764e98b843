from lib import *
u=source('https://lanoticiasv.com/el-salvador-ee-uu-firmarian-un-acuerdo-para-que-el-pais-sea-refugio-para-migrantes-que-piden-asilo','[headline not shown in the stored copy]','La Noticia SV',None)
act('sv-secretaria-comunicaciones','Secretaría de Comunicaciones de la Presidencia de El Salvador','government_body','SLV',None,'Communications office of the Presidency of El Salvador')
st('sv-secretaria-comunicaciones','2019-09-20',u,'document_excerpt',
 'El Secretario de Seguridad Nacional en funciones de Los Estados Unidos @DHSMcAleenan, y la @CancillerAleHT firmaron un acuerdo de cooperación bilateral que busca combatir el crimen organizado, fortalecer la seguridad en la frontera y reducir el tráfico ilegal de personas.',
 'The acting US Secretary of Homeland Security, @DHSMcAleenan, and @CancillerAleHT [Foreign Minister Alexandra Hill Tinoco] signed a bilateral cooperation agreement that seeks to fight organised crime, strengthen border security and reduce human smuggling.',
 'social_media',
 [('La Secretaría de Comunicaciones de la Presidencia de El Salvador confirmó después en su perfil oficial de Twitter que "el Secretario de Seguridad Nacional en funciones de Los Estados Unidos @DHSMcAleenan, y la @CancillerAleHT firmaron un acuerdo de cooperación bilateral que busca combatir el crimen organizado, fortalecer la seguridad en la frontera y reducir el tráfico ilegal de personas".',None),
  ('El Secretario de Seguridad Nacional en funciones de Los Estados Unidos @DHSMcAleenan, y la @CancillerAleHT firmaron un acuerdo de cooperación bilateral que busca combatir el crimen organizado, fortalecer la seguridad en la frontera y reducir el tráfico ilegal de personas. pic.twitter.com/hswAet0vAu\n— Secretaría de Comunicaciones (@ComunicacionSV) September 20, 2019','September 20, 2019')],
 [('safe_third_country','favor','medium','The Salvadoran presidency announces, as its own, the cooperation agreement signed that day with the US (the asylum cooperative agreement), stressing its security aims.')],
 event='EVT-00284')
u2=source('https://www.vertigopolitico.com/politica/ife/pide-save-the-children-derogar-la-politica-remain-in-mexico','[headline not shown in the stored copy]','Vértigo Político','2019-11-19',orig='Save the Children México',stype='press_release')
act('save-the-children-mexico','Save the Children México','ngo','MEX','save-the-children','Mexican office of Save the Children')
act('maria-josefina-menendez','María Josefina Menéndez','person','MEX','save-the-children-mexico','CEO of Save the Children in Mexico')
D=('Ciudad de México, 19 de noviembre de 2019. Save the Children, junto con Save the Children Action Network (SCAN), hacen un llamado para la derogación inmediata de los Protocolos de Protección Migrante del gobierno de los Estados Unidos, mejor conocido como “Remain in Mexico” (Permanecer en México), que pone a las niñas, niños y sus familias en riesgo ante la violencia, limita su acceso a las protecciones legales y viola gravemente sus derechos.','19 de noviembre de 2019')
st('save-the-children-mexico','2019-11-19',u2,'document_excerpt',
 'Save the Children, junto con Save the Children Action Network (SCAN), hacen un llamado para la derogación inmediata de los Protocolos de Protección Migrante del gobierno de los Estados Unidos, mejor conocido como “Remain in Mexico” (Permanecer en México), que pone a las niñas, niños y sus familias en riesgo ante la violencia',
 'Save the Children, together with Save the Children Action Network (SCAN), call for the immediate repeal of the US government\'s Migrant Protection Protocols, better known as "Remain in Mexico", which put children and their families at risk of violence.',
 'press_release',
 [D],
 [('mpp','against','high','The organisation demands the immediate repeal of MPP, saying it exposes children and families to violence and violates their rights.')])
st('save-the-children-mexico','2019-11-19',u2,'document_excerpt',
 'Además, tres de los seis puntos de retorno en México se encuentran entre las ciudades más violentas del mundo: Tijuana, Matamoros y Ciudad Juárez.',
 'Moreover, three of the six return points in Mexico are among the most violent cities in the world: Tijuana, Matamoros and Ciudad Juárez.',
 'press_release',
 [D,('Varios informes muestran que los solicitantes de asilo, en muchas ocasiones se ven obligados a vivir en las calles, donde han sido sujetos de asaltos, violaciones y secuestros. Además, tres de los seis puntos de retorno en México se encuentran entre las ciudades más violentas del mundo: Tijuana, Matamoros y Ciudad Juárez.',None)],
 [('mpp','against','medium','It stresses that half of the MPP return points are among the world\'s most violent cities.')])
st('maria-josefina-menendez','2019-11-19',u2,'direct_quote',
 'La salud física y emocional de los niños migrantes que permanecen en México, esperando su solicitud de asilo, se ha visto afectada.',
 'The physical and emotional health of migrant children who remain in Mexico waiting for their asylum claims has been affected.',
 'press_release',
 [D,('“La salud física y emocional de los niños migrantes que permanecen en México, esperando su solicitud de asilo, se ha visto afectada. La incertidumbre de no saber qué sucederá desencadena el estrés tóxico que podría provocar daños permanentes en su salud mental”, afirma María Josefina Menéndez, CEO de Save the Children en México.',None)],
 [('mpp','against','medium','She describes lasting harm to the health of children made to wait in Mexico for their US asylum claims.')])
write('chunk_05.jsonl')
