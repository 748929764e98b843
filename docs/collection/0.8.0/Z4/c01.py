from lib import *
items = []
Z = "https://www.zonadocs.mx/2019/12/18/a-juicio-gobierno-mexicano-por-acuerdo-migratorio-con-estados-unidos/"
items.append(src(Z, "A juicio Gobierno Mexicano por acuerdo migratorio con Estados Unidos", "ZonaDocs", "2019-12-18", author="Redacción ZonaDocs"))
items.append(event("2019-11-13", "court_ruling",
  "Collegiate court orders admission of FJEDD amparo against the June 2019 US-Mexico agreement",
  "After the Eleventh District Court in Administrative Matters in Mexico City declined to admit the FJEDD amparo against the migration agreement Mexico signed with the United States on 7 June 2019, calling it plainly inadmissible, the foundation filed a complaint (queja) on 21 August 2019 before the Twentieth Collegiate Court in Administrative Matters of the First Circuit. In its session of 13 November that court overturned the district court's decision and ordered the amparo to be admitted; the case was still pending.",
  "MEX", "Ciudad de México", ["fjedd"], [Z],
  [eev(Z, "Si  bien, el Juzgado Décimo Primero de Distrito en Materia Administrativa de la Ciudad de México, no admitió la demanda interpuesta desde julio de 2019, argumentando que “era notoriamente improcedente” al considera que la política exterior y la firma del acuerdo constituyen una facultad discrecional y exclusiva del poder Ejecutivo"),
   eev(Z, "la Fundación para la Justicia promovió un recurso de queja el 21 de agosto de 2019 ante el Vigésimo Tribunal Colegiado en Materia Administrativa del Primer Circuito, la cual, en sesión del 13 de noviembre revocó la determinación del juzgado y “ordenó admitir el juicio de amparo, aún pendiente de su resolución.", "en sesión del 13 de noviembre"),
   eev(Z, "En el marco del Día Internacional de las Personas Migrantes, la Fundación para la Justicia y el Estado Democrático de Derecho, han hecho público a través de un comunicado, que interpusieron una demanda de amparo indirecto “en contra del acuerdo migratorio firmado entre México y los Estados Unidos el 7 de junio de 2019”.")]))
# FJEDD amparo filing words (Proceso, existing SRC-01677)
items.append(stm("fjedd", "2019-07-19", "SRC-01677", "direct_quote",
  "la política migratoria que ha aceptado el gobierno de México desconoce abiertamente los derechos humanos y el derecho internacional.",
  "the migration policy that the Mexican government has accepted openly disregards human rights and international law.",
  "official_document",
  [ev("El escrito de queja, del que Molano espera se tenga una primera respuesta de admisión este miércoles 24, tiene como eje central la consideración de que “la política migratoria que ha aceptado el gobierno de México desconoce abiertamente los derechos humanos y el derecho internacional. El Acuerdo Migratorio es manifiestamente contrario a la Constitución, a la"),
   ev("El pasado viernes 19, la organización tramitó el amparo ante el Juzgado Décimo Primero en Materia Administrativa, procedimiento al que se sumaron Sin Fronteras, Asylum Access, Colectivo de Observación y Monitoreo de Derechos Humanos en el Sureste Mexicano, Instituto para las Mujeres en la Migración y Derechos Humanos Integrales en Acción.", "El pasado viernes 19"),
   ev("martes, 23 de julio de 2019 · 20:09\nCIUDAD DE MÉXICO (apro).- Por considerar que el acuerdo migratorio entre Estados Unidos y México forma parte de “una política que es abiertamente ilegal, inconstitucional y desconocedora del derecho internacional”, además de que desconoce abiertamente los derechos humanos, la Fundación para la Justicia y el Estado Democrático de Derecho interpuso un amparo en contra de la medida, sometida a revisión por el gobierno de Donald Trump cada 45 días.")],
  [st("us_mexico_cooperation", "against", "medium", "The foundation's amparo says the migration policy Mexico accepted from the US, set out in the accord it challenges, violates human rights and international law.")],
  event_id="EVT-00492"))
D = "https://delfino.cr/2025/04/gobierno-habilita-extension-de-tres-meses-para-que-deportados-por-donal-trump-permanezcan-en-costa-rica"
items.append(src(D, "[headline not shown in the stored copy]", "Delfino.cr", None))
items.append(event("2025-04-21", "humanitarian_response",
  "Costa Rica opens a three-month humanitarian stay procedure for US deportees at CATEM",
  "Costa Rica's immigration directorate announced on 21 April a temporary migration normalisation procedure on humanitarian grounds for people deported from the United States and lodged at the CATEM in Corredores. After checks, the migration police issue individual resolutions allowing a legal stay of three months, extendable once for the same period; the people may remain at CATEM and use its facilities, but the permit does not include the right to work. The resolution D.JUR-0135-04-2025-JM-ABM was published in La Gaceta.",
  "CRI", "Corredores", ["cr-dgme"], [D],
  [eev(D, "La Dirección General de Migración y Extranjería (DGME) anunció este 21 de abril un nuevo procedimiento de normalización migratoria temporal por razones humanitarias dirigido a personas migrantes deportadas desde los Estados Unidos y que actualmente están alojadas en el Centro de Atención Temporal para Personas Migrantes (Catem), ubicado en Corredores, en la zona sur del país.", "este 21 de abril"),
   eev(D, "Luego de verificar una serie de requisitos, la Policía Profesional de Migración y Extranjería (PPM) emitirá una resolución individual autorizando la estadía legal por tres meses, con posibilidad de prórroga por el mismo periodo de tiempo.\n\nLas personas migrantes podrán permanecer en el Catem, alimentarse y utilizar las instalaciones. La autorización no incluye derecho a trabajar, salvo que posteriormente se obtenga una categoría migratoria regular que lo permita."),
   eev(D, "La resolución D.JUR-0135-04-2025-JM-ABM, publicada en el Diario Oficial La Gaceta, detalla que en caso de finalizar el periodo de estancia, las personas migrantes deberán egresar del país o iniciar un proceso de regularización migratoria a través de alguna de las categorías migratorias establecidas en la normativa ordinaria.")],
  instrument="Resolución D.JUR-0135-04-2025-JM-ABM"))
write("chunk_01.jsonl", items)
