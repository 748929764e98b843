from lib import *
items = []
C = "https://www.cronica.com.mx/nacional/2026/03/12/organizaciones-hacen-llamado-a-la-cidh-ante-la-deportacion-y-traslado-forzado-de-personas-solicitantes-de-asilo/"
A = "https://www.americateve.com/organizaciones-relatan-cidh-torturas-y-abusos-la-region-contra-migrantes-que-son-deportados-n5444377"
items.append(src(C, "Organizaciones señalan deportación y traslado forzado de personas solicitantes de asilo", "La Crónica de Hoy", "2026-03-12"))
items.append(src(A, "[headline not shown in the stored copy]", "América TeVé", None, original_publisher="AP"))
items.append(event("2026-03-01", "report",
  "NGOs tell an IACHR hearing that almost 13,000 third-country nationals were deported to Mexico in 2025",
  "At a thematic hearing of the Inter-American Commission on Human Rights on people deported, expelled or transferred in the context of human mobility, held in Guatemala City during the commission's 195th session, at least 22 regional organisations described US operations that deport and transfer asylum seekers to countries other than their own. They reported that between 20 January and 31 December 2025 almost 13,000 third-country nationals were deported to Mexico, 23% of them women and 690 of them children, and asked the commission for a technical and operational document, a request to the Inter-American Court for an interpretation of the legality of the expulsions, and on-site visits.",
  "GTM", "Ciudad de Guatemala", ["iachr"], [C, A],
  [eev(C, "Durante la audiencia “Situación de las personas deportadas, expulsadas o trasladadas en el contexto de la movilidad humana”, en las instalaciones de la Comisión Nacional Interamericana de Derechos Humanos (CNIDH), al menos 22 organizaciones regionales expusieron las operaciones de la administración de Estados Unidos mediante las cuales realizan deportaciones y traslados forzados a personas solicitantes de asilo en países externos a su origen."),
   eev(C, "Ejemplo de estas situaciones son las cifras de México, donde entre el 20 de enero y el 31 de diciembre de 2025 se deportaron casi 13,000 personas de terceras nacionalidades, 23% mujeres y 690 niñas, niños y adolescentes, sin que se tuviera información previa sobre sus procesos legales.\n\nLos mecanismos establecidos por Estados Unidos obligan a los países receptores a gestionar a una población para la cual no tiene infraestructura ni sistemas de asilo funcionales."),
   eev(A, "La comisionada de la Comisión Interamericana de Derechos Humanos, Andrea Pochak (centro), habla durante una audiencia pública en el marco del 195º periodo de sesiones de la comisión en la Ciudad de Guatemala, el lunes 9 de marzo de 2026. (Foto AP/Moisés Castillo) AP\n\nLas quejas fueron presentadas por organizaciones no gubernamentales de Estados Unidos, México, Haití, Guatemala y El Salvador en Ciudad de Guatemala en el marco del 195to periodo de sesiones de la CIDH.", "marzo de 2026")],
  date_precision="month"))
write("chunk_02.jsonl", items)
M = "https://laverdaddemonagas.com/2025/03/21/cabello-tren-de-aragua/amp"
items.insert(-1, src(M, "Cabello: Ninguno de los deportados a El Salvador pertenece al Tren de Aragua", "La Verdad de Monagas", "2025-03-21"))
items.append(stm("diosdado-cabello", "2025-03-21", M, "direct_quote",
  "Esto es una guerra contra Venezuela. Es una guerra contra los venezolanos y venezolanas que tiene su máxima expresión cuando el presidente Trump saca una proclama basándose en una ley de 1798",
  "This is a war against Venezuela. It is a war against Venezuelan men and women that finds its fullest expression when President Trump issues a proclamation based on a 1798 law.",
  "other",
  [ev("Aseguró este viernes que la banda criminal Tren de Aragua es una narrativa de Estados Unidos para «estigmatizar» a los migrantes.\n\n«¿Qué es el Tren de Aragua? Es una narrativa para estigmatizar a un pueblo», afirmó Cabello en su programa radial ‘Sin truco ni maña’, y criticó la Ley de Enemigos Extranjeros de 1798, invocada recientemente por el Gobierno de Donald Trump para deportar a una cárcel de El Salvador a supuestos miembros del Tren de Aragua.", "Aseguró este viernes"),
   ev("«Esto es una guerra contra Venezuela. Es una guerra contra los venezolanos y venezolanas que tiene su máxima expresión cuando el presidente Trump saca una proclama basándose en una ley de 1798«, manifestó.")],
  [st("mass_deportations", "against", "medium", "Venezuela's interior minister calls Trump's proclamation under the 1798 law, used to deport Venezuelans, the peak of a war on Venezuelans.")]))
write("chunk_02.jsonl", items)
