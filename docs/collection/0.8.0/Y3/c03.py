from lib import *
# Trump, State of the Union, Tuesday 24 Feb 2026 (Fox News)
u=source('https://www.foxnews.com/politics/trump-shames-democrats-viral-state-union-challenge-migrant-crime-first-duty','[headline not shown in the stored copy]','Fox News','2026-02-25',lang='en')
st('donald-trump','2026-02-24',u,'direct_quote',
 "That is why I'm also asking you to end deadly sanctuary cities that protect the criminals and enact serious penalties for public officials who blocked the removal of criminal aliens, in many cases, drug lords, murderers all over our country.",None,'speech',
 [("Immigration enforcement and border security were front and center in President Donald Trump’s State of the Union address Tuesday night, with the commander in chief touting zero illegal border crossings over the past nine months.",'Tuesday night'),
  ("He then called on Democrats to end sanctuary policies across the country, saying, \"That is why I'm also asking you to end deadly sanctuary cities that protect the criminals and enact serious penalties for public officials who blocked the removal of criminal aliens, in many cases, drug lords, murderers all over our country.\"",None)],
 [('mass_deportations','favor','high','The president asks Congress to end sanctuary policies and penalise officials who block the removal of noncitizens, backing his deportation drive.')],
 lang='en')
# Gaston Browne, radio show Saturday 3 Jan 2026 (One News St Vincent)
u=source('https://onenewsstvincent.com/2026/01/04/antigua-open-to-skilled-non-criminal-deportees-amid-u-s-visa-proclamation','[headline not shown in the stored copy]','One News St. Vincent','2026-01-04',lang='en')
st('gaston-browne','2026-01-03',u,'direct_quote',
 'If they have refugees, or deportees for that matter, who may be involved in minor matters but have skills that can help us, we gladly take them',None,'interview',
 [('By Val Matthias. Updated 12:08 p.m., Sunday, January 4, 2026, Atlantic Standard Time (GMT-4).\nPrime Minister Gaston Browne says Antigua and Barbuda is prepared to accept certain deportees or refugees from the United States, provided they are not criminals and possess skills that can contribute to the country’s development.\nSpeaking on Pointe FM’s Browne and Browne Show on Saturday, PM Browne explained that the issue arose after Washington asked countries to sign agreements related to receiving deportees or refugees sent to third countries.','on Saturday'),
  ('“If they have refugees, or deportees for that matter, who may be involved in minor matters but have skills that can help us, we gladly take them,” Browne said. “However, we made it abundantly clear… we’re not taking the criminal refugees from the third country.”',None)],
 [('third_country_removals','favor','medium','The prime minister says Antigua will gladly take third-country refugees or deportees from the US who have useful skills and only minor offences.')],
 lang='en')
# Event: Antigua and Barbuda White Paper, 2 Jul 2026 (WiredJA op-ed)
u=source('https://wiredja.com/op-ed/antigua-the-tcn-trap-what-antiguas-deportee-white-paper-says-and-what-it-dares-not-ask','[headline not shown in the stored copy]','WiredJA','2026-07-03',stype='other',author='Calvin G. Brown',lang='en')
ev('2026-07-02','report','Antigua and Barbuda publishes White Paper on US proposal to transfer third-country nationals',
 'The government of Antigua and Barbuda published a White Paper on the US proposal to transfer third-country nationals to the country, to go before a special sitting of Parliament in the week of 13 July; the paper notes the country has no Refugees Act and that people transferred would be in a legal grey zone.',
 'ATG',None,['ag-government'],[u],
 [(u,'ANTIGUA AND BARBUDA |By Calvin G. Brown | July 3, 2026 On July 2, the Government of Antigua and Barbuda did something rare in this hemisphere’s deportation drama — it put the deal on the table. The White Paper on Washington’s proposal to transfer third-country nationals to the twin-island state will go before a special sitting of Parliament in the week of July 13.','On July 2'),
  (u,'The document is unusually candid. It admits Antigua and Barbuda has no Refugees Act — asylum claims are handled ad hoc under the general Immigration Act. It admits that anyone transferred would land in a “legal grey zone”: simultaneously a potential asylum seeker, a de facto stateless person, and an undocumented migrant, protected by treaties the country has no domestic legislation to fulfil.',None)])
# Jamale Pringle statement, 4 Jan 2026 (antigua.news, whole statement)
u=source('https://antigua.news/2026/01/04/ol-pringle-condemns-secret-agreement-on-deportees-and-demands-that-pm-browne-come-clean-on-details','OL Pringle condemns secret agreement on deportees and demands that PM Browne come clean on details','Antigua News','2026-01-04',stype='press_release',orig='Office of the Leader of the Opposition, Antigua and Barbuda',lang='en')
act('jamale-pringle','Jamale Pringle','person','ATG',None,'Leader of the Opposition, Antigua and Barbuda')
hd='OL Pringle condemns secret agreement on deportees and demands that PM Browne come clean on details\n\n4 January 2026 - 18:05'
p1='Opposition Leader Jamale Pringle condemns, in the strongest possible terms, the recent admission by Prime Minister Gaston Browne that Antigua and Barbuda will accept “non-criminal deportees or refugees” from the United States based on perceived skills needs. This decision is not merely reckless.'
p2='Antigua and Barbuda is not to be used for barter; neither is it a pressure-release valve for the personal and political problems facing the Prime Minister. Therefore, this agreement to import deportees and/or refugees to offset political pressure, or to curry favour abroad, is a betrayal of our sovereignty and our values.'
st('jamale-pringle','2026-01-04',u,'document_excerpt',
 'Opposition Leader Jamale Pringle condemns, in the strongest possible terms, the recent admission by Prime Minister Gaston Browne that Antigua and Barbuda will accept “non-criminal deportees or refugees” from the United States based on perceived skills needs.',None,'press_release',
 [(hd,'4 January 2026'),(p1,None)],
 [('third_country_removals','against','high','The opposition leader condemns the government\'s decision to accept deportees or refugees sent from the US.')],
 lang='en')
st('jamale-pringle','2026-01-04',u,'document_excerpt',
 'Therefore, this agreement to import deportees and/or refugees to offset political pressure, or to curry favour abroad, is a betrayal of our sovereignty and our values.',None,'press_release',
 [(hd,'4 January 2026'),(p2,None)],
 [('third_country_removals','against','high','He calls the agreement to take in deportees or refugees from the US a betrayal of national sovereignty made to please Washington.')],
 lang='en')
# Gaston Browne, Monday 5 Jan 2026 (Village Voice News)
u=source('https://villagevoicenews.com/2026/01/06/guyana-in-talks-with-us-on-accepting-third-country-nationals','Guyana in talks with US on accepting third-country nationals','Village Voice News','2026-01-06',lang='en')
st('gaston-browne','2026-01-05',u,'direct_quote',
 'We agreed to accept, possibly up to ten, non-criminal refugees, who may have skills that are in short demand locally. This is a goodwill agreement in which we will maintain the full discretion to accept or reject any recommended person',None,'other',
 [('His comments came as Antigua and Barbuda and Dominica confirmed on Monday that they have agreed to accept a limited number of third-country nationals currently in the United States.','on Monday'),
  ('Antigua and Barbuda’s Prime Minister Gaston Browne also confirmed his country’s participation, saying the twin-island nation has agreed to accept up to 10 non-criminal refugees, subject to screening and final approval by the government.\n“We agreed to accept, possibly up to ten, non-criminal refugees, who may have skills that are in short demand locally. This is a goodwill agreement in which we will maintain the full discretion to accept or reject any recommended person,” Browne said.',None)],
 [('third_country_removals','favor','high','The prime minister confirms Antigua agreed to take up to ten non-criminal refugees from the US, calling it a goodwill agreement under its own discretion.')],
 lang='en')
write('chunk_03.jsonl')
