from lib import *
O=[]
O.append(st("human-rights-watch","2024-05-01","SRC-00892","direct_quote",
 "Lo más esencial de todo es que la regla de asilo de Biden y la dosificación digital violan el principio legal fundamental de no devolución",
 "Most essential of all, Biden's asylum rule and digital metering violate the fundamental legal principle of non-refoulement.",
 "official_document",
 [("“Lo más esencial de todo es que la regla de asilo de Biden y la dosificación digital violan el principio legal fundamental de no devolución, que prohíbe el regreso de refugiados (definidos como personas con temores fundados de persecución por motivos específicos) a países donde sus vidas o su libertad estar",None),
  ("dice HRW en el informe “No podíamos esperar”. Dosificación digital en la frontera entre Estados Unidos y México, difundido el pasado miércoles.","difundido el pasado miércoles")],
 [("asylum_restrictions","against","high","HRW says the Biden asylum rule violates non-refoulement."),
  ("cbp_one","against","high","HRW says CBP One-based digital metering violates non-refoulement.")]))
w('chunk_01.jsonl',O)
O=[]
U="https://www.wola.org/es/analisis/mexico-politicas-migratorias-durante-biden/"
O.append(source(U,"México tiene un papel importante que desempeñar para deshacer las desastrosas políticas migratorias de Trump","WOLA","2020-12-02","ngo_report",author="Maureen Meyer; Elyssa Pachico"))
O.append(st("wola","2020-12-02",U,"document_excerpt",
 "El gobierno entrante de Biden ofrece la oportunidad de un replanteamiento total de las políticas ilegales—e inusitadamente crueles e ineficaces—del gobierno de Trump.",
 "The incoming Biden administration offers the opportunity for a total rethinking of the Trump administration's illegal—and unusually cruel and ineffective—policies.",
 "official_document",
 [("2 Dec 2020 | Análisis\n\nMéxico tiene un papel importante que desempeñar para deshacer las desastrosas políticas migratorias de Trump","2 Dec 2020"),
  ("El gobierno entrante de Biden ofrece la oportunidad de un replanteamiento total de las políticas ilegales—e inusitadamente crueles e ineficaces—del gobierno de Trump. Aunque hay grandes expectativas de cambios importantes en la política de EE.UU., llevará tiempo su implementación.",None)],
 [("asylum_restrictions","against","medium","WOLA calls the Trump administration's migration policies, as a bundle, illegal, cruel and ineffective and urges their reversal.")]))
w('chunk_01.jsonl',O)
