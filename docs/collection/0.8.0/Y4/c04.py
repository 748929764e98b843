from lib import *
u=source('https://oncenoticias.digital/internacional/mexico-recibe-nuevas-acciones-por-parte-de-eua-sobre-migracion/208819/amp','[headline not shown in the stored copy]','Once Noticias','2023-01-05',stype='press_release')
st('mx-sre','2023-01-05',u,'document_excerpt',
 'El modelo de permisos humanitarios implementado por Estados Unidos para personas de Venezuela ha abierto un nuevo método de ingreso ordenado, seguro y regular a ese país, al tiempo que ha disminuido significativamente los flujos migratorios irregulares en la región en hasta 94%.',
 'The humanitarian parole model implemented by the United States for people from Venezuela has opened a new method of orderly, safe and regular entry into that country, while significantly reducing irregular migration flows in the region by up to 94%.',
 'press_release',
 [('El modelo de permisos humanitarios implementado por Estados Unidos para personas de Venezuela ha abierto un nuevo método de ingreso ordenado, seguro y regular a ese país, al tiempo que ha disminuido significativamente los flujos migratorios irregulares en la región en hasta 94%.\nEl acceso de las personas migrantes a dicho país debe realizarse exclusivamente por vía aérea y no a través de la frontera terrestre con México.',None),
  ('📄México recibe con agrado el anuncio de nuevas acciones por parte de EE.UU. para lograr una migración ordenada, segura, regular y humana.https://t.co/PZnfn7Dotn pic.twitter.com/FKErQ5Hdan\n— Relaciones Exteriores (@SRE_mx) January 5, 2023','January 5, 2023')],
 [('us_mexico_cooperation','favor','medium','The ministry praises the US parole pathway, which it presents as answering Mexico\'s requests, for cutting irregular flows.')])
u2=source('https://regeneracion.mx/mexico-no-es-ni-aceptara-ser-tercer-pais-seguro-insiste-ebrard/','México no es ni aceptará ser tercer país seguro, insiste Ebrard','Regeneración','2019-09-09')
st('marcelo-ebrard','2019-09-09',u2,'direct_quote',
 'Acabo de escuchar declaraciones del encargado de CBP. Reitero frente a las presiones: México no es ni aceptará ser tercer país seguro, tenemos mandato en ese sentido del Presidente de la República y es consenso en el Senado de todas las fuerzas políticas. No lo aceptaremos',
 'I have just heard the statements of the head of CBP. I reiterate in the face of pressure: Mexico is not and will not accept being a safe third country; we have a mandate to that effect from the President of the Republic, and it is the consensus of all political forces in the Senate. We will not accept it.',
 'social_media',
 [('Regeneración, 9 de septiembre de 2019. El secretario de Relaciones Exteriores, Marcelo Ebrard, sostendrá una reunión este martes en la Casa Blanca con el vicepresidente de Estados Unidos, Mike Pence.',None),
  ('En su cuenta de Twitter, el canciller Marcelo Ebrard rechazó que México acepte convertirse en tercer país seguro, como los sugieren autoridades de EU.\n\n“Acabo de escuchar declaraciones del encargado de CBP. Reitero frente a las presiones: México no es ni aceptará ser tercer país seguro, tenemos mandato en ese sentido del Presidente de la República y es consenso en el Senado de todas las fuerzas políticas. No lo aceptaremos”, reiteró Ebrard.',None),
  ('El comisionado de la oficina, Mark Morgan, dijo este lunes que su país discute con México la posibilidad de un acuerdo de tercer país seguro para migrantes que buscan llegar a la frontera sur estadounidense.','este lunes')],
 [('safe_third_country','against','high','The foreign minister flatly rejects Mexico becoming a safe third country in reply to the CBP head.')],
 event='EVT-00064')
u3=source('https://www.elsoldemexico.com.mx/mundo/guatemala-acepta-ser-tercer-pais-para-migrantes-tras-acuerdo-con-eu-trump-aranceles-3953656.html','[headline not shown in the stored copy]','El Sol de México','2019-07-26')
st('jimmy-morales','2019-07-26',u3,'direct_quote',
 'Por medio de las negociaciones también se evitan sanciones drásticas para Guatemala, muchas de ellas orientadas a golpear fuertemente la economía, como gravámenes a las remesas que diariamente envían nuestro hermanos, así como la imposición de aranceles a nuestros productos de exportación y restricciones migratorias',
 'Through the negotiations, drastic sanctions against Guatemala are also avoided, many of them aimed at hitting the economy hard, such as levies on the remittances that our brothers send every day, as well as tariffs on our export products and migration restrictions.',
 'social_media',
 [('El presidente de Guatemala, Jimmy Morales, aseguró este viernes que tras el acuerdo de asilo alcanzado con Estados Unidos se evitan las sanciones económicas anunciadas por el presidente Donald Trump después de romperse la negociación sobre un eventual "tercer país seguro".','este viernes'),
  ('"Por medio de las negociaciones también se evitan sanciones drásticas para Guatemala, muchas de ellas orientadas a golpear fuertemente la economía, como gravámenes a las remesas que diariamente envían nuestro hermanos, así como la imposición de aranceles a nuestros productos de exportación y restricciones migratorias", dijo Morales en redes sociales después de que la Casa Blanca anunciara este convenio en materia de asilo.',None),
  ('Guatemala y Estados Unidos suscriben importante acuerdo de cooperación 🇬🇹🇺🇸 pic.twitter.com/ZYzwDlUr2E — Gobierno Guatemala (@GuatemalaGob) 26 de julio de 2019','26 de julio de 2019')],
 [('safe_third_country','favor','medium','On the day the asylum agreement was signed, the president defends the negotiations as having spared Guatemala drastic US sanctions.')],
 event='EVT-00042')
write('chunk_04.jsonl')
