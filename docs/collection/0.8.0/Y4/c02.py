from lib import *
u=source('https://es.readkong.com/page/alto-a-las-deportaciones-y-los-abusos-de-estados-unidos-1488343','ALTO A LAS DEPORTACIONES Y LOS ABUSOS DE ESTADOS UNIDOS CONTRA PERSONAS HAITIANAS EN SITUACIÓN DE MOVILIDAD: UN PASO URGENTE HACIA LA CREACIÓN DE ...','Amnistía Internacional (copy on readkong.com)','2021-12-15',stype='ngo_report')
st('amnesty-international','2021-12-15',u,'document_excerpt',
 'Entre el 19 de septiembre y el 10 de noviembre, el gobierno estadounidense envió a Haití a casi 9.000 1 migrantes y solicitantes de asilo procedentes de ese país, en su mayoría sin darles acceso al sistema de asilo o a las evaluaciones con fines de protección de Estados Unidos.',
 'Between 19 September and 10 November, the US government sent almost 9,000 migrants and asylum seekers from Haiti back to that country, most of them without giving them access to the US asylum system or to protection screenings. [The "1" after "9.000" is a footnote marker printed in the document.]',
 'official_document',
 [('HOJA INFORMATIVA Fecha: 15 diciembre 2021 índice: AMR 36/5101/2021 ALTO A LAS DEPORTACIONES Y LOS ABUSOS DE ESTADOS UNIDOS CONTRA PERSONAS HAITIANAS EN SITUACIÓN DE MOVILIDAD','Fecha: 15 diciembre 2021'),
  ('Entre el 19 de septiembre y el 10 de noviembre, el gobierno estadounidense envió a Haití a casi 9.000 1 migrantes y solicitantes de asilo procedentes de ese país, en su mayoría sin darles acceso al sistema de asilo o a las evaluaciones con fines de protección de Estados Unidos.2 Luego de estas expulsiones masivas del gobierno estadounidense se vio un aumento de las deportaciones de personas haitianas en todo el continente americano,3 lo que exacerbó la crisis',None)],
 [('asylum_restrictions','against','high','Amnesty condemns the US expulsions of Haitian asylum seekers carried out without access to asylum or protection screening.')])

u2=source('https://oxfammexico.org/informe-de-amicus-curiae-en-respaldo-del-imumi','INFORME DE AMICUS CURIAE EN RESPALDO DEL IMUMI','Oxfam México','2021-09-27',stype='ngo_report')
act('oxfam-mexico','Oxfam México','ngo','MEX',None,'Mexican affiliate of the Oxfam confederation')
E0=('INFORME DE AMICUS CURIAE EN RESPALDO DEL IMUMI\n27 de septiembre, 2021\nINTRODUCCIÓN','27 de septiembre, 2021')
st('oxfam-mexico','2021-09-27',u2,'document_excerpt',
 'Durante los dos años en que los MPP se han aplicado, los solicitantes de asilo se han visto forzados a soportar en México una exposición prolongada a violencia extrema y, en algunos casos, la muerte.',
 'During the two years in which the MPP have been applied, asylum seekers have been forced to endure prolonged exposure to extreme violence in Mexico and, in some cases, death.',
 'official_document',
 [E0,('Durante los dos años en que los MPP se han aplicado, los solicitantes de asilo se han visto forzados a soportar en México una exposición prolongada a violencia extrema y, en algunos casos, la muerte. Aquellos que sobreviven a las paupérrimas condiciones y a la violencia aún deben enfrentar obstáculos casi infranqueables para lograr su protección como refugiados',None)],
 [('mpp','against','high','The brief says MPP forced asylum seekers to endure extreme violence and even death while waiting in Mexico.')])
st('oxfam-mexico','2021-09-27',u2,'document_excerpt',
 'Al implementar los MPP, México incurrió en el incumplimiento de sus obligaciones internacionales y es legalmente responsable según dos teorías legales diferentes.',
 'By implementing the MPP, Mexico breached its international obligations and is legally responsible under two different legal theories.',
 'official_document',
 [E0,('Aunque Estados Unidos es el principal partidario y beneficiario de los MPP, la Declaración conjunta atribuye explícitamente a México (en adelante, «México») la responsabilidad del cumplimiento de las leyes internacionales. Al implementar los MPP, México incurrió en el incumplimiento de sus obligaciones internacionales y es legalmente responsable según dos teorías legales diferentes.',None)],
 [('mpp','against','high','The brief argues that Mexico broke international law by implementing MPP.'),
  ('mexico_accepts_returnees','against','medium','It holds Mexico legally responsible for taking part in the returns of asylum seekers under MPP.')])
write('chunk_02.jsonl')
