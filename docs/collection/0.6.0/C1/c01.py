import json
L=[]
def S(**k): k2={"kind":"source"}; k2.update(k); k2.setdefault("original_publisher",None); k2.setdefault("author",None); k2.setdefault("accessed_date","2026-12-04"); L.append(k2)
def A(**k): k2={"kind":"actor"}; k2.update(k); L.append(k2)
def T(**k): k2={"kind":"statement"}; k2.update(k); k2.setdefault("event_id",None); k2.setdefault("language","es"); L.append(k2)
def st(t,s,c,r): return {"target":t,"stance":s,"confidence":c,"rationale":r,"annotator_id":"ann-a"}

U1="https://prdmichoacan.org.mx/pide-antonio-soto-trato-humanitario-a-migrantes-que-cruzan-el-pais/"
S(url=U1,title="[headline not shown in the stored copy]",publisher="PRD Michoacán",published_date="2019-06-20",source_type="press_release",language="es")
A(actor_id="prd",name="Partido de la Revolución Democrática (PRD)",actor_type="political_party",country="MEX",affiliation_id=None,role=None)
A(actor_id="antonio-soto-sanchez",name="Antonio Soto Sánchez",actor_type="person",country="MEX",affiliation_id="prd",role="President of the PRD state executive committee in Michoacán; local deputy (2019)")
E1="Morelia, Michoacán, 20  de Junio de 2019.-  El Comité Ejecutivo Estatal (CEE), del Partido de la Revolución Democrática (PRD),  demandó un trato humanitario a los migrantes Centroamericanos y  Sudamericanos que atraviesan México en busca del sueño americano."
q1="Vemos que están creciendo los retenes y los controles de migración en  estados como Veracruz, Puebla, Tabasco,  y si México sigue con estas detenciones, entonces,  la Guardia Nacional está siendo el tapón de los migrantes, que es la condición que les pidió Estados Unidos"
T(actor_id="antonio-soto-sanchez",date="2019-06-20",source=U1,statement_type="direct_quote",text=q1,
  text_en="We see checkpoints and migration controls growing in states such as Veracruz, Puebla and Tabasco, and if Mexico keeps up these detentions, then the National Guard is acting as the plug for migrants, which is the condition the United States asked of them.",
  channel="press_release",evidence=[{"excerpt":E1,"date_cue":"20  de Junio de 2019"},{"excerpt":"“"+q1+" “, deploró.","date_cue":None}],
  stances=[st("us_mexico_cooperation","against","high","He criticises Mexico for containing migrants with the National Guard as a condition set by the United States.")])
q2="El que  México se convierta en el Tercer País Seguro,  significaría que   esté albergando a  los migrantes que cruzan por el país en su intento por llegar a Estados Unidos y también a los deportados, pero  ofreciéndoles alimentación, salud,  vivienda, hasta que se le  resuelva su situación migratoria"
T(actor_id="antonio-soto-sanchez",date="2019-06-20",source=U1,statement_type="direct_quote",text=q2,
  text_en="Mexico becoming a Safe Third Country would mean it is sheltering the migrants who cross the country trying to reach the United States, and also the deportees, while offering them food, health care and housing until their migration status is resolved.",
  channel="press_release",evidence=[{"excerpt":E1,"date_cue":"20  de Junio de 2019"},{"excerpt":"“"+q2+"”, expuso Soto Sánchez.","date_cue":None}],
  stances=[st("safe_third_country","against","medium","He spells out the burdens Mexico would take on as a safe third country, in a release arguing the conditions for it are absent.")])
U2="https://www.pasadenaenespanol.com/consulados-latinos/la-posicion-de-mexico-en-materia-migratoria"
S(url=U2,title="[headline not shown in the stored copy]",publisher="Pasadena en Español",published_date=None,source_type="government_document",language="es")
E2a="Washington, D. C., a 3 de junio de 2019.\nSobre el control migratorio:\n1. El gobierno de México anunció su nueva política migratoria en diciembre de 2018 y ha estado cumpliendo con sus propias leyes y con su Constitución."
q3="México reitera su compromiso de continuar el diálogo profundo y la cooperación que siempre ha mantenido con todas las autoridades de EE. UU., incluida la Casa Blanca, los Departamentos de Estado y de Seguridad Nacional, así como todas las demás agencias relevantes"
E2b="2. "+q3+", para abordar los problemas de migración que afectan tanto a las naciones como a la región en su conjunto."
T(actor_id="mx-government",date="2019-06-03",source=U2,statement_type="document_excerpt",text=q3,
  text_en="Mexico reiterates its commitment to continue the deep dialogue and cooperation it has always maintained with all US authorities, including the White House, the Departments of State and Homeland Security, and all other relevant agencies.",
  channel="official_document",evidence=[{"excerpt":E2a,"date_cue":"Washington, D. C., a 3 de junio de 2019."},{"excerpt":E2b,"date_cue":None}],
  stances=[st("us_mexico_cooperation","favor","high","Mexico's position paper commits to continued migration dialogue and cooperation with US agencies.")])
q4="Estas acciones han tenido un importante costo financiero para el gobierno me-xicano: el país proporciona a los migrantes refugio, comidas, transporte y asistencia médica."
E2c="a) De diciembre de 2018 a mayo de 2019, México ha detenido a 80,537 personas y las ha devuelto a sus países de origen, principalmente a los países del norte de Centroamérica.\nb) "+q4
T(actor_id="mx-government",date="2019-06-03",source=U2,statement_type="document_excerpt",text=q4,
  text_en="These actions have carried a significant financial cost for the Mexican government: the country provides migrants with shelter, meals, transport and medical care.",
  channel="official_document",evidence=[{"excerpt":E2a,"date_cue":"Washington, D. C., a 3 de junio de 2019."},{"excerpt":E2c,"date_cue":None}],
  stances=[st("humanitarian_assistance","favor","medium","The government presents the shelter, food, transport and medical care it gives migrants as its own costly effort.")])
U3="https://diario.mx/Local/2018-12-21_2c258325/se-prepara-juarez-para-trabajo-de-migrantes-/"
S(url=U3,title="[headline not shown in the stored copy]",publisher="El Diario de Juárez",published_date="2018-12-21",source_type="news_article",language="es")
A(actor_id="luisa-maria-alcalde",name="Luisa María Alcalde Luján",actor_type="person",country="MEX",affiliation_id="mx-stps",role="Secretary of Labour and Social Welfare (STPS) (2018-2023)")
q5="Estaremos colaborando a través del Servicio Nacional de Empleo con áreas de migración y derechos humanos para armar planes transversales que permitan dar atención, incluso laboral, a los migrantes que se mantengan en nuestro país"
E3="Ciudad Juárez- El Gobierno mexicano dará atención a los migrantes, incluso con visas de trabajo, mientras esperan se complete su proceso de solicitud de asilo político en Estados Unidos, confirmó la secretaria del Trabajo y Previsión Social federal, Luisa Alcalde Luján.“"+q5+"”, dijo ayer en su visita a esta ciudad."
T(actor_id="luisa-maria-alcalde",date="2018-12-20",source=U3,statement_type="direct_quote",text=q5,
  text_en="We will be working through the National Employment Service with the migration and human rights areas to put together cross-cutting plans that provide care, including employment, to the migrants who remain in our country.",
  channel="interview",evidence=[{"excerpt":E3,"date_cue":"dijo ayer"}],
  stances=[st("humanitarian_assistance","favor","high","The labour secretary announces government plans to give migrants staying in Mexico care and access to work.")])
U4="https://www.proceso.com.mx/564896/mexico-no-sera-el-tercer-pais-seguro-de-eu-afirma-marcelo-ebrard"
S(url=U4,title="México no será el 'Tercer país seguro” de EU, afirma Marcelo Ebrard",publisher="Proceso",published_date="2018-12-21",source_type="news_article",language="es")
E4a="viernes, 21 de diciembre de 2018 · 13:16\nCIUDAD DE MÉXICO (apro).- El canciller Marcelo Ebrard Casaubón aseguró hoy que el gobierno federal no firmó ningún acuerdo con el gobierno estadunidense de Donald Trump en el que México acepte ser el Tercer Estado Seguro, sino dio a conocer ayer una “primera posición” respecto a la “decisión unilateral” de Washington de devolver a México a los solicitantes de asilo no mexicanos para que permanezcan en el país durante el periodo de su trámite."
q6="Nosotros, más que pensar en aceptar o no algo que proponga el presidente Trump, lo que nos preocupa es la condición de las personas"
E4b="“El día de hoy, voy a requerir a las autoridades norteamericanas que nos den muchos detalles, pero evidentemente recuerde usted que eso es en su jurisdicción y de acuerdo a las leyes norteamericanas (…) "+q6+"”, aseveró."
T(actor_id="marcelo-ebrard",date="2018-12-21",source=U4,event_id="EVT-00001",statement_type="direct_quote",text=q6,
  text_en="Rather than thinking about whether or not to accept something President Trump proposes, what concerns us is the condition of the people.",
  channel="press_conference",evidence=[{"excerpt":E4a,"date_cue":"aseguró hoy"},{"excerpt":E4b,"date_cue":None}],
  stances=[st("mpp","neutral","medium","On the day after the US announced the returns, he declines to take a position on accepting them and stresses concern for the migrants.")])
q7="En este caso no se plantea la firma de un tratado o de un acuerdo, en donde México acepte ser tercer Estado seguro"
E4c="El diplomático enfatizó en que no existe ningún pacto con el gobierno de Trump. “"+q7+"”, abundó, al insistir: “En un tratado nosotros diríamos: no aceptamos ese tratado, como saben perfectamente bien que México no aceptaría ese tratado, porque se los hemos dicho en muchas ocasiones”, aseveró."
T(actor_id="marcelo-ebrard",date="2018-12-21",source=U4,event_id="EVT-00001",statement_type="direct_quote",text=q7,
  text_en="In this case there is no question of signing a treaty or an agreement under which Mexico accepts being a safe third state.",
  channel="press_conference",evidence=[{"excerpt":E4a,"date_cue":"aseguró hoy"},{"excerpt":E4c,"date_cue":None}],
  stances=[st("safe_third_country","against","high","He denies that any treaty making Mexico a safe third country is being signed.")])
q8="En un tratado nosotros diríamos: no aceptamos ese tratado, como saben perfectamente bien que México no aceptaría ese tratado, porque se los hemos dicho en muchas ocasiones"
T(actor_id="marcelo-ebrard",date="2018-12-21",source=U4,event_id="EVT-00001",statement_type="direct_quote",text=q8,
  text_en="If it were a treaty we would say: we do not accept that treaty, as they know perfectly well that Mexico would not accept that treaty, because we have told them so on many occasions.",
  channel="press_conference",evidence=[{"excerpt":E4a,"date_cue":"aseguró hoy"},{"excerpt":E4c,"date_cue":None}],
  stances=[st("safe_third_country","against","high","He states Mexico would refuse a safe-third-country treaty and has told the US so repeatedly.")])
with open("chunk_01.jsonl","w") as f:
    for x in L: f.write(json.dumps(x,ensure_ascii=False)+"\n")
