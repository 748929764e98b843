from lib import *
# 1. Judge Murphy, D.V.D. ruling 25 Feb 2026 (AP via WDBO)
u=source('https://www.wdbo.com/news/politics/trump/H4XKFQ233EZW7HSW47JY63BVG4/','[headline not shown in the stored copy]','WDBO','2026-02-25',orig='AP',lang='en')
st('judge-brian-murphy','2026-02-25',u,'direct_quote',
 'extinguishes valid challenges to third-country removal by effecting removal before those challenges can be raised',None,'court_opinion',
 [('The Trump administration\'s latest policy of deporting immigrants to “third countries” to which they have no ties is unlawful and must be set aside, a federal judge ruled Wednesday in a case that already reached the nation\'s highest court.','ruled Wednesday'),
  ('Murphy said migrants challenging the Department of Homeland Security\'s policy have the right to “meaningful notice” and an opportunity to object before they are removed to a third country. The policy “extinguishes valid challenges to third-country removal by effecting removal before those challenges can be raised,” the judge concluded.',None)],
 [('third_country_removals','against','high','The judge finds that the third-country removal policy defeats valid challenges by removing people before they can raise them.')],
 event='EVT-00421',lang='en')
# 2. Roosevelt Skerrit, Dominica, news conference Monday 5 Jan 2026
u2=source('https://antigua.news/2026/01/06/dominica-agrees-to-receive-third-country-refugees-under-u-s-arrangement','[headline not shown in the stored copy]','Antigua News','2026-01-06',lang='en')
act('roosevelt-skerrit','Roosevelt Skerrit','person','DMA',None,'Prime Minister of Dominica')
st('roosevelt-skerrit','2026-01-05',u2,'direct_quote',
 'The need to protect Dominica from receiving violent individuals or persons who could compromise national security was clearly acknowledged and accepted.',None,'press_conference',
 [('Speaking at a news conference on Monday, Skerrit said the arrangement was negotiated with careful attention to national security concerns, including assurances that individuals with violent backgrounds or those posing security risks would not be sent to Dominica.','on Monday'),
  ('“Our discussions with the State Department were very deliberate,” Skerrit said. “The need to protect Dominica from receiving violent individuals or persons who could compromise national security was clearly acknowledged and accepted.”',None)],
 [('third_country_removals','favor','medium','The prime minister defends his government\'s arrangement to receive people the US sends, stressing that his security condition was accepted.')],
 lang='en')
ev('2026-01-05','agreement','Dominica confirms agreement with the US to take third-country nationals',
 'Dominica\'s prime minister, Roosevelt Skerrit, told a news conference that his country had reached an agreement with the United States to accept a limited number of third-country refugees who cannot be repatriated to their countries of origin, negotiated with assurances that people with violent backgrounds or posing security risks would not be sent.',
 'DMA',None,['roosevelt-skerrit'],[u2],
 [(u2,'Dominica’s Prime Minister Roosevelt Skerrit has confirmed that his country has reached an agreement with the United States to accept a limited number of third-country refugees who cannot be repatriated to their countries of origin.',None),
  (u2,'Speaking at a news conference on Monday, Skerrit said the arrangement was negotiated with careful attention to national security concerns, including assurances that individuals with violent backgrounds or those posing security risks would not be sent to Dominica.','on Monday')])
# 3. Godwin Friday, St Vincent, news conference Tuesday 3 Mar 2026 (paraphrase)
u3=source('https://www.nbcsvg.com/2026/03/04/prime-minister-friday-says-members-of-caricom-are-discussing-issue-of-deportees-with-the-united-states/','[headline not shown in the stored copy]','NBC Radio St. Vincent and the Grenadines','2026-03-04',lang='en')
act('godwin-friday','Godwin Friday','person','VCT',None,'Prime Minister of St. Vincent and the Grenadines (from 2025)')
st('godwin-friday','2026-03-03',u3,'paraphrase',
 'St Vincent and the Grenadines Prime Minister Godwin Friday said CARICOM was discussing a US proposal to use eastern Caribbean states as transit points for migrants intercepted at the US southern border, and that any transit programme must come with data on how many people and for how long, safeguards on their legal status, and plans for those who cannot be repatriated.',None,'press_conference',
 [('Speaking at a News Conference at Cabinet Room on Tuesday, Prime Minister Dr. The Hon. Godwin Friday explained that CARICOM is discussing the proposal, focusing on using OECS countries as transit points for migrants intercepted at the U.S. southern border.','on Tuesday'),
  ('The Prime Minister also emphasized that any proposed transit program must include critical data, such as the number of persons and their time in transit, as well as safeguards on their legal status and plans for those who cannot be repatriated.',None)],
 [('third_country_removals','neutral','medium','He describes the US transit proposal under regional discussion and lists conditions any such programme must meet, without accepting or rejecting it.')],
 lang='en')
# 4. Event: Eswatini High Court dismisses challenge (AFP, Independent on Saturday)
u4=source('https://independentonsaturday.co.za/news/africa/2026-02-04-eswatini-court-dismisses-case-against-us-deportations','Eswatini court dismisses case against US deportations','Independent on Saturday','2026-02-04',orig='AFP',lang='en')
ev('2026-02-03','court_ruling','Eswatini High Court dismisses challenge to deal taking US third-country deportees',
 'A three-judge bench of Eswatini\'s High Court dismissed an application by human rights lawyers and activists led by the Eswatini Litigation Centre, who sought to block the kingdom\'s deal to take third-country deportees from the US because it bypassed parliament and its terms were secret; the court held that the applicants had no direct interest in the matter.',
 'SWZ',None,[],[u4],
 [(u4,'An Eswatini court has thrown out a lawsuit alleging the kingdom secretly struck an unconstitutional deal with US President Donald Trump to take in third‑country deportees, according to a ruling seen by AFP Wednesday.',None),
  (u4,'Human rights lawyers and activists, led by the Eswatini Litigation Centre, asked the court to block the deal because it bypassed parliament and its terms were kept secret.',None),
  (u4,'But a three-judge bench High Court dismissed their application, ruling that they did not have a direct interest in the matter.\n\n"There was no need to deal with the other legal issues raised in the matter," said the ruling dated February 3 and seen by AFP Wednesday. "The application is therefore dismissed."','dated February 3')])
# 5. Event: Guatemala IGM 2025 figures, press conference 6 Jan 2026
u5=source('https://emisorasunidas.com/nacional/2026/01/06/arriban-los-primeros-vuelos-de-retornados-desde-eeuu-de-2026/','Arriban los primeros vuelos de retornados desde EE.UU. de 2026','Emisoras Unidas','2026-01-06',orig='EFE')
u6=source('https://diaadianews.com/guatemala-inicia-2026-con-tres-vuelos-de-migrantes-deportados-desde-ee-uu/','[headline not shown in the stored copy]','Día a Día News','2026-01-07')
ev('2026-01-06','statistic_release','Guatemala\'s migration institute reports 48,405 Guatemalans deported from the US in 2025',
 'As the first three deportation flights of 2026 arrived from the US, the director of Guatemala\'s migration institute (IGM), Alfredo Danilo Rivera, gave a press conference in which he reported that 48,405 Guatemalans were deported from the US in 2025, fewer than the 61,680 of 2024, and that 532 deportation flights reached Guatemala in 2025.',
 'GTM',None,['gt-igm'],[u5,u6],
 [(u5,'Guatemala recibió este martes 6 de enero, a los primeros 286 migrantes retornados de manera obligatoria desde Estados Unidos, marcando el inicio del ciclo de deportaciones de 2026, según fuentes oficiales.','este martes 6 de enero'),
  (u5,'El director general del Instituto Guatemalteco de Migración (IGM), Alfredo Danilo Rivera, informó en conferencia de prensa que el flujo comenzó con la llegada de tres vuelos programados al Centro de Recepción de Retornados en el Aeropuerto Internacional La Aurora.',None),
  (u6,'Durante la conferencia, el titular del IGM también presentó un balance del año anterior: 48,405 guatemaltecos fueron deportados desde Estados Unidos en 2025, una cifra inferior a los 61,680 de 2024. Aun así, señaló que los meses de octubre, noviembre y diciembre registraron un repunte en el flujo de retornados.\n\nEn total, 532 vuelos de deportación llegaron a Guatemala en 2025 509 comerciales y 23 extraordinarios, reflejando el ritmo constante de las repatriaciones ejecutadas por el gobierno estadounidense.',None)])
# 6. Event: second US deportation flight of third-country nationals to Cameroon (AP, Jamaica Star)
u7=source('http://news.jamaicastar.com/article/news/20260217/us-deports-migrants-country-they%E2%80%99ve-never-called-home','US deports migrants to country they’ve never called home','The Star (Jamaica)','2026-02-17',orig='AP',lang='en')
ev('2026-02-16','policy_implementation','Second US deportation flight carrying third-country nationals lands in Cameroon',
 'A US deportation flight carrying migrants who were not Cameroonian citizens, believed by their lawyers to number eight, landed in Yaoundé; it followed nine people from other African countries deported from the US to Cameroon the month before.',
 'CMR','Yaoundé',[],[u7],
 [(u7,'A new group of third-country nationals was deported by the United States to Cameroon yesterday, lawyers told The Associated Press, days after it came to light that the Trump administration sent nine people to the Central African nation last month as part of its secretive programme to remove immigrants to countries they have no ties with.','yesterday'),
  (u7,'Lawyer Alma David of the US-based Novo Legal Group said that a group of migrants who were not Cameroonian citizens arrived on a deportation flight that landed in the capital, Yaounde, on Monday.\n\nDavid and Cameroon-based lawyer Joseph Awah Fru said they believed there were eight third-country nationals on the plane but had not spoken to them yet. The two lawyers said they are giving legal advice to some of the nine migrants -- five women and four men -- from other African countries who were deported from the US to Cameroon last month.',None)])
write('chunk_01.jsonl')
