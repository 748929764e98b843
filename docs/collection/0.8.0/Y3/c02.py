from lib import *
u=source('https://sknpulse.com/government-of-saint-kitts-and-nevis-announces-bilateral-partnership-with-the-usa-on-third-country-nationals/','[headline not shown in the stored copy]','SKN Pulse','2026-01-10',stype='press_release',orig='Government of Saint Kitts and Nevis',lang='en')
act('kn-government','Government of Saint Kitts and Nevis','government_body','KNA',None,None)
dl='Basseterre, Saint Kitts and Nevis, January 09, 2026 – The Government of Saint Kitts and Nevis has announced a bilateral Memorandum of Understanding (MOU) with the United States of America (USA) concerning the repatriation of Caribbean Community (CARICOM) member state nationals currently residing in the USA.'
p2='Under this arrangement, the USA will assume responsibility for costs associated with relocation, including transportation, housing, and sustenance of repatriated CARICOM nationals. Currently, all CARICOM member states have agreed to receive their respective nationals deported from the USA.'
p3='Therefore, this arrangement between the Federation and the USA contemplates only CARICOM nationals who are unable to return to their home country.Prime Minister Drew emphasised that the agreement safeguards the national interests and security of Saint Kitts and Nevis, as the Federation retains the sole discretion to accept or reject any individual proposed for transfer. Furthermore, the MOU explicitly excludes individuals with convictions for violent or sexual offences.'
st('kn-government','2026-01-09',u,'document_excerpt',
 'Under this arrangement, the USA will assume responsibility for costs associated with relocation, including transportation, housing, and sustenance of repatriated CARICOM nationals.',None,'press_release',
 [(dl,'January 09, 2026'),(p2,None)],
 [('third_country_removals','favor','high','The government announces as its own policy an MOU under which it may take CARICOM nationals removed from the US, with the US paying the costs.')],
 event='EVT-00441',lang='en')
st('kn-government','2026-01-09',u,'document_excerpt',
 'the Federation retains the sole discretion to accept or reject any individual proposed for transfer. Furthermore, the MOU explicitly excludes individuals with convictions for violent or sexual offences.',None,'press_release',
 [(dl,'January 09, 2026'),(p3,None)],
 [('third_country_removals','favor','medium','The release defends the transfer arrangement by stressing the government\'s discretion over each person and the exclusion of violent or sexual offenders.')],
 event='EVT-00441',lang='en')
# ICE tweet 12 Jan 2026 (Twitchy embed)
u=source('https://twitchy.com/dougp/2026/01/12/mayor-jacob-frey-asked-ice-what-he-thought-was-a-gotcha-question-about-red-states-but-got-truth-nuked-n2423861','[headline not shown in the stored copy]','Twitchy','2026-01-12',lang='en')
st('us-ice','2026-01-12',u,'direct_quote',
 'ICE has a presence in every state; however, we do not need to surge resources to Florida, Texas, or Utah because, unlike Minnesota, these states work WITH ICE to detain and deport criminal illegal aliens.',None,'social_media',
 [('A: ICE has a presence in every state; however, we do not need to surge resources to Florida, Texas, or Utah because, unlike Minnesota, these states work WITH ICE to detain and deport criminal illegal aliens. pic.twitter.com/kVZqIEs4nn — U.S. Immigration and Customs Enforcement (@ICEgov) January 12, 2026','January 12, 2026')],
 [('mass_deportations','favor','medium','The agency defends its enforcement surge in Minnesota as needed to detain and deport people because the state does not cooperate with ICE.')],
 lang='en')
# Ghana Supreme Court, 11 Feb 2026
u=source('https://www.the1957news.com/supreme-court-orders-attorney-general-to-release-deportation-agreement-between-ghana-and-us-govt','[headline not shown in the stored copy]','The 1957 News','2026-02-11',lang='en')
act('democracy-hub','Democracy Hub','ngo','GHA',None,None)
act('oliver-barker-vormawor','Oliver Barker-Vormawor','person','GHA','democracy-hub','Lawyer and activist, Democracy Hub legal team')
e1='The ruling, delivered on Wednesday, February 11, 2026, grants lawyers representing the pro-democracy group Democracy Hub permission to inspect the documents.'
e2='Barker-Vormawor, a member of Democracy Hub’s legal team, confirmed the development shortly after leaving the courtroom. In a post on Facebook\n“I just left the Supreme Court. Good win. The Court has just ordered the Attorney-General to disclose documents relating to the Agreement entered into between Ghana and the US Government to deport West African Nationals to Ghana. Democracy Hub lawyers to be allowed to inspect documents,” he stated.'
st('oliver-barker-vormawor','2026-02-11',u,'direct_quote',
 'Good win. The Court has just ordered the Attorney-General to disclose documents relating to the Agreement entered into between Ghana and the US Government to deport West African Nationals to Ghana.',None,'social_media',
 [(e1,'Wednesday, February 11, 2026'),(e2,None)],
 [('third_country_removals','against','medium','Counsel for the group challenging the Ghana-US deportation agreement welcomes a court order forcing its disclosure as a win.')],
 lang='en')
ev('2026-02-11','court_ruling','Ghana Supreme Court orders disclosure of the Ghana-US deportation agreement',
 'Ghana\'s Supreme Court ordered the Attorney-General to disclose documents on the agreement under which the US deports West African nationals to Ghana, and allowed lawyers for Democracy Hub, which challenges the agreement\'s constitutionality, to inspect them.',
 'GHA',None,['democracy-hub'],[u],
 [(u,'The Supreme Court has ordered the Attorney-General to disclose documents relating to the controversial agreement between the government of Ghana and the United States on the deportation and temporary hosting of West African nationals.',None),
  (u,e1,'Wednesday, February 11, 2026'),
  (u,'The order follows a long-running legal challenge filed by Democracy Hub, led by activist and lawyer Oliver Barker-Vormawor, questioning the constitutionality of the Memorandum of Understanding (MoU) entered into by Ghana in mid-2025.',None)])
write('chunk_02.jsonl')
