from lib import *
U1="https://www.dhs.gov/news/2022/04/01/statement-secretary-mayorkas-cdcs-title-42-order-termination"
src(U1,"Statement by Secretary Mayorkas on CDC’s Title 42 Order Termination","U.S. Department of Homeland Security","2022-04-01","press_release")
e_date=("Statement by Secretary Mayorkas on CDC’s Title 42 Order Termination\n\nRelease Date: April 1, 2022\n\nWASHINGTON – Secretary of Homeland Security Alejandro N. Mayorkas released the following statement in response to the Centers for Disease Control and Prevention’s (CDC) determination that it will, effective May 23, 2022, terminate its Title 42 public health Order.","April 1, 2022")
st("alejandro-mayorkas","2022-04-01",U1,"document_excerpt",
 "Title 42 is not an immigration authority, but rather a public health authority used by the Centers for Disease Control and Prevention to protect against the spread of communicable disease. Title 42 remains in place until May 23 and, until then, DHS will continue to expel single adults and families encountered at the Southwest border.",
 "press_release",[e_date,("“Title 42 is not an immigration authority, but rather a public health authority used by the Centers for Disease Control and Prevention to protect against the spread of communicable disease. Title 42 remains in place until May 23 and, until then, DHS will continue to expel single adults and families encountered at the Southwest border.",None)],
 [("asylum_restrictions","neutral","medium","He explains Title 42's public-health basis and that expulsions continue until its set end date, without judging the policy.")])
st("alejandro-mayorkas","2022-04-01",U1,"document_excerpt",
 "Once the Title 42 Order is no longer in place, DHS will process individuals encountered at the border pursuant to Title 8, which is the standard procedure we use to place individuals in removal proceedings.",
 "press_release",[e_date,("“Once the Title 42 Order is no longer in place, DHS will process individuals encountered at the border pursuant to Title 8, which is the standard procedure we use to place individuals in removal proceedings. Nonetheless, we know that smugglers will spread misinformation to take advantage of vulnerable migrants.",None)],
 [("asylum_restrictions","neutral","medium","He describes the procedure that replaces Title 42 expulsions once the order ends.")])
U2="https://www.sinema.senate.gov/sinema-kelly-speak-homeland-security-secretary-discuss-title-42/"
src(U2,"Sinema, Kelly Speak with Homeland Security Secretary, Discuss Title 42","Office of U.S. Senator Kyrsten Sinema","2022-03-30","press_release")
ev2=("Sinema, Kelly Speak with Homeland Security Secretary, Discuss Title 42\n\nMar 30, 2022\n\nBoth Senators said Title 42 border authority should not end without implementing comprehensive plan","Mar 30, 2022")
st("kyrsten-sinema","2022-03-30",U2,"direct_quote",
 "Ending Title 42 without a comprehensive plan in place puts at risk the health and safety of migrants and Arizona communities.",
 "press_release",[ev2,("“Ending Title 42 without a comprehensive plan in place puts at risk the health and safety of migrants and Arizona communities. We’ll keep working with Arizona local leaders, DHS agents and officers, and community organizations serving on the front lines of the migrant crisis to hold the Administration accountable to ensure we secure the border, keep Arizona communities safe, and ensure the fair and humane treatment of migrants,” said Senator Sinema, Chair of the Senate Subcommittee on Border Management.",None)],
 [("asylum_restrictions","favor","medium","She opposes ending Title 42 until a plan is in place, i.e. wants the expulsion authority kept for now.")])
st("mark-kelly","2022-03-30",U2,"direct_quote",
 "There is still not an adequate plan or sufficient coordination to end Title 42 without further straining our law enforcement, border communities, and nonprofits providing humanitarian assistance to migrants.",
 "press_release",[ev2,("“From day one, I have worked to ensure a secure, humane, and orderly process at our southern border. There is still not an adequate plan or sufficient coordination to end Title 42 without further straining our law enforcement, border communities, and nonprofits providing humanitarian assistance to migrants. We’ll continue to push the Biden administration for the resources and support Arizona needs amid this crisis at our southern border,” said Senator Kelly.",None)],
 [("asylum_restrictions","favor","medium","He argues Title 42 should not end yet because no adequate plan exists.")])
U3="https://www.breitbart.com/clips/2023/05/19/sinema-there-is-devastation-to-border-communities-and-a-growing-humanitarian-crisis/"
src(U3,"[headline not shown in the stored copy]","Breitbart","2023-05-19","news_article",author="Ian Hanchett")
ev3a=("During an interview with Bloomberg on Thursday, Sen. Kyrsten Sinema (I-AZ) stated that the burden of the Biden administration ending Title 42 without a good plan has fallen on border communities","on Thursday")
st("kyrsten-sinema","2023-05-18",U3,"direct_quote",
 "When the administration ended Title 42 without an appropriate plan in place, once again, the burden falls on the shoulders of Arizona’s border communities. And, of course, this is a growing humanitarian crisis for the migrants themselves.",
 "interview",[ev3a,("Sinema said, “When the administration ended Title 42 without an appropriate plan in place, once again, the burden falls on the shoulders of Arizona’s border communities. And, of course, this is a growing humanitarian crisis for the migrants themselves.",None)],
 [("asylum_restrictions","favor","medium","She criticises the way Title 42 was ended, implying the expulsion authority should have stayed until a plan existed.")])
st("kyrsten-sinema","2023-05-18",U3,"direct_quote",
 "So, Sen. Tillis (R-NC) and I have introduced a bill to extend the elements of Title 42 so that the administration can do what it should have done over the last two years, which is prepare for the end of this program.",
 "interview",[ev3a,("So, Sen. Tillis (R-NC) and I have introduced a bill to extend the elements of Title 42 so that the administration can do what it should have done over the last two years, which is prepare for the end of this program.”",None)],
 [("asylum_restrictions","favor","high","She promotes her bill to extend Title 42-type expulsion powers.")])


U4="https://dailycaller.com/2023/05/23/texas-ag-sues-biden-admin-over-major-immigration-program/"
src(U4,"[headline not shown in the stored copy]","The Daily Caller","2023-05-23","news_article")
st("ken-paxton","2023-05-23",U4,"direct_quote",
 "The Biden Administration deliberately conceived of this phone app with the goal of illegally pre-approving more foreign aliens to enter the country and go where they please once they arrive.",
 "press_release",[("Republican Texas Attorney General Ken Paxton is suing the Biden administration over its alleged illegal use of a signature migrant admissions program through a phone app known as CBP One, his office announced Tuesday.",None),
 ("“The Biden Administration deliberately conceived of this phone app with the goal of illegally pre-approving more foreign aliens to enter the country and go where they please once they arrive. Joe Biden, Alejandro Mayorkas, and the entire Biden Administration have prioritized creating and protecting new ways for illegal aliens to stream into this country, no matter the cost or consequence to struggling American citizens,” Paxton said in a statement Tuesday.","in a statement Tuesday")],
 [("cbp_one","against","high","He attacks the CBP One app as an unlawful pre-approval of entries and sues to stop it.")])
U5="https://caimmigrant.org/cipc-statement-regarding-president-bidens-executive-order-on-asylum/"
src(U5,"CIPC Statement Regarding President Biden’s Executive Order on Asylum","California Immigrant Policy Center","2024-06-04","press_release")
actor("california-immigrant-policy-center","California Immigrant Policy Center","ngo","USA",None,None)
actor("masih-fouladi","Masih Fouladi","person","USA","california-immigrant-policy-center","Executive Director, California Immigrant Policy Center (2024)")
ev5=("Los Angeles (June 4, 2024) – The California Immigrant Policy Center (CIPC) issued the following statement regarding the executive order signed by President Biden today allowing him to deny people their right to seek asylum at the southern border when certain conditions are met.","June 4, 2024")
st("masih-fouladi","2024-06-04",U5,"direct_quote",
 "The right to seek asylum is a human right. Period. President Biden’s executive order signed today allowing him to suspend longtime protections for people seeking asylum in the United States is disappointing and dangerous",
 "press_release",[ev5,("“The right to seek asylum is a human right. Period. President Biden’s executive order signed today allowing him to suspend longtime protections for people seeking asylum in the United States is disappointing and dangerous,” said CIPC Executive Director Masih Fouladi.",None)],
 [("asylum_restrictions","against","high","He calls the June 2024 asylum order disappointing and dangerous.")])
st("masih-fouladi","2024-06-04",U5,"direct_quote",
 "Instead of rehashing cruel policies used by the previous administration, President Biden should work with all levels of government to provide nonprofit and community-based organizations along the border the resources necessary to safely and humanely welcome people with dignity.",
 "press_release",[ev5,("“Instead of rehashing cruel policies used by the previous administration, President Biden should work with all levels of government to provide nonprofit and community-based organizations along the border the resources necessary to safely and humanely welcome people with dignity.",None)],
 [("humanitarian_assistance","favor","high","He asks for resources for border organisations that receive migrants."),("asylum_restrictions","against","medium","He calls the policies being revived cruel.")])
U6="https://www.wcbu.org/2024-06-06/some-democrats-say-bidens-ban-on-most-asylum-seekers-goes-too-far"
src(U6,"Some Democrats say Biden's ban on most asylum-seekers goes too far","WCBU Peoria Public Radio","2024-06-06","transcript",orig="NPR")
st("alex-padilla","2024-06-06",U6,"direct_quote",
 "Well, there are some minor differences, but the fundamental framework of this executive order is very, very close to what was tried and failed during the Trump administration",
 "interview",[("President Biden's new executive order makes it harder for asylum-seekers to enter the U.S. Yesterday, we heard from Homeland Security Secretary Alejandro Mayorkas, who defended the policy. Today, we're going to hear from a member of the president's own party who thinks it goes too far. That's Senator Alex Padilla.","Today, we're going to hear from a member of the president's own party"),
 ("PADILLA: Well, there are some minor differences, but the fundamental framework of this executive order is very, very close to what was tried and failed during the Trump administration, and that's one of my frustrations with both this executive order, the bipartisan bill that was negotiated in the Senate a few months ago.",None)],
 [("asylum_restrictions","against","high","He likens the June 2024 asylum order to a failed Trump-era policy.")])


U7="https://gov.texas.gov/news/post/operation-lone-star-surges-border-resources-as-title-42-ends"
src(U7,"Operation Lone Star Surges Border Resources As Title 42 Ends","Office of the Texas Governor","2023-05-12","press_release")
st("greg-abbott","2023-05-08",U7,"direct_quote",
 "With the ending of Title 42 on Thursday, President Biden is laying down the welcome mat to people across the entire world, but Texas is deploying our new Texas Tactical Border Force",
 "press_release",[("Operation Lone Star Surges Border Resources As Title 42 Ends\n\nMay 12, 2023 | Austin, Texas | Press Release",None),
 ("Governor Abbott on Monday announced the deployment of the new Texas Tactical Border Force to the Texas-Mexico border to respond to the growing border crisis. With President Biden ending Title 42 yesterday, the Governor is enhancing Texas’ unprecedented border security efforts","Governor Abbott on Monday announced"),
 ("“With the ending of Title 42 on Thursday, President Biden is laying down the welcome mat to people across the entire world, but Texas is deploying our new Texas Tactical Border Force,” said Governor Abbott.",None)],
 [("asylum_restrictions","favor","high","He condemns the end of Title 42 as an invitation to migrants, implying the expulsions should continue.")])


st("veronica-escobar","2023-05-11","SRC-00416","direct_quote",
 "Our local governments and NGOs work alongside U.S. Customs and Border Protection to provide migrants with food, a place to sleep, and assistance finding transportation to their next destination.",
 "speech",[("Secure the Border Act of 2023\n\nFloor Speech\n\nDate: May 11, 2023\nLocation: Washington, DC\n\nBREAK IN TRANSCRIPT\n\nMs. ESCOBAR. Mr. Speaker, I rise in opposition to H.R. 2","Date: May 11, 2023"),
 ("My community has been at the forefront of immigration for decades, and El Pasoans have always stepped up to help migrants.\n\nOur local governments and NGOs work alongside U.S. Customs and Border Protection to provide migrants with food, a place to sleep, and assistance finding transportation to their next destination. We collaborate the best we can, united in our shared humanity.",None)],
 [("humanitarian_assistance","favor","high","She praises El Paso's local governments and NGOs for feeding, sheltering and transporting migrants.")])
U8="https://castro.house.gov/media-center/press-releases/statement-from-congressman-castro-on-new-asylum-restrictions"
src(U8,"Statement from Congressman Castro on New Asylum Restrictions","Office of U.S. Representative Joaquin Castro","2024-06-04","press_release")
ev8=("June 04, 2024\n\nStatement from Congressman Castro on New Asylum Restrictions\n\nWASHINGTON — Today, Congressman Joaquin Castro (TX-20), the highest-ranking Democrat on the House Foreign Affairs Committee’s Subcommittee on the Western Hemisphere, released the following statement in response to a new executive order that will substantially limit access to asylum at the U.S.-Mexico border:","June 04, 2024")
st("joaquin-castro","2024-06-04",U8,"direct_quote",
 "The ‘daily threshold’ in this executive order would amount to a functional ban on asylum for many families escaping persecution and violence.",
 "press_release",[ev8,("“The United States of America became the strongest, most prosperous nation on earth because of - not despite - immigration. The ‘daily threshold’ in this executive order would amount to a functional ban on asylum for many families escaping persecution and violence.",None)],
 [("asylum_restrictions","against","high","He calls the June 2024 order a functional asylum ban.")])
st("joaquin-castro","2024-06-04",U8,"direct_quote",
 "If this executive order goes into effect, it’s likely that every future president, especially Republicans, will use and expand it to choke off immigration and the right to asylum.",
 "press_release",[ev8,("If this executive order goes into effect, it’s likely that every future president, especially Republicans, will use and expand it to choke off immigration and the right to asylum. The political pressure to keep the ban in effect will be too overwhelming.",None)],
 [("asylum_restrictions","against","high","He warns the order sets a precedent future presidents will use to choke off asylum.")])
U9="https://myrgv.com/featured/2022/05/19/cornyn-critical-of-biden-administration-as-border-policy-change-looms/"
src(U9,"Cornyn critical of Biden administration as border policy change looms","The Monitor (MyRGV)","2022-05-19","news_article",author="Francisco E. Jimenez; Valerie Gonzalez")
st("john-cornyn","2022-05-19",U9,"direct_quote",
 "Last month, more than 230,000 encounters occurred on our southern border, and almost 100,000 of those were removed under Title 42 — which as you know is a public health title designed to prevent the spread of COVID-19",
 "press_conference",[("Sen. John Cornyn was critical Thursday of the Biden administration’s response, or, in his opinion, lack thereof, pertaining to Title 42, a policy barring migrants from seeking asylum in the U.S. and whose implementation is anticipated to end come Monday.","Thursday"),
 ("“Last month, more than 230,000 encounters occurred on our southern border, and almost 100,000 of those were removed under Title 42 — which as you know is a public health title designed to prevent the spread of COVID-19,” Cornyn said.",None)],
 [("asylum_restrictions","neutral","medium","He reports how many border encounters ended in Title 42 removals, without evaluation in the quoted words.")])
write("chunk_01.jsonl")
