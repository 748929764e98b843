from lib import *
st("dan-stein","2022-12-19","SRC-01497","direct_quote",
 "Because the Biden administration has arbitrarily canceled, or refused to enforce, every policy designed to deter mass illegal immigration, Title 42, a public health provision that was invoked at the onset of the COVID pandemic, remains the only functioning policy preventing unchecked illegal immigration.",
 "press_release",[("WASHINGTON, Dec. 19, 2022 /PRNewswire/ -- The following statement was issued by Dan Stein, president of the Federation for American Immigration Reform (FAIR) in response to today's stay by Supreme Court halting the end to Title 42.","Dec. 19, 2022"),
 ("\"Because the Biden administration has arbitrarily canceled, or refused to enforce, every policy designed to deter mass illegal immigration, Title 42, a public health provision that was invoked at the onset of the COVID pandemic, remains the only functioning policy preventing unchecked illegal immigration.",None)],
 [("asylum_restrictions","favor","high","He defends Title 42 as the only working tool against irregular entry.")])
U1="https://www.kait8.com/prnewswire/2022/04/26/fair-applauds-court-order-blocking-biden-administration-inflicting-further-grievous-harm-border/"
src(U1,"[headline not shown in the stored copy]","KAIT (PR Newswire)","2022-04-25","press_release",orig="PR Newswire")
st("dan-stein","2022-04-25",U1,"direct_quote",
 "From a purely public health perspective, Title 42 is still urgently needed.",
 "press_release",[("WASHINGTON, April 25, 2022 -- The following statement was issued by Dan Stein, president of the Federation for American Immigration Reform (FAIR) in response to an impending Temporary Restraining Order (TRO) preventing the Biden administration from ending Title 42:","April 25, 2022"),
 ("\"From a purely public health perspective, Title 42 is still urgently needed. Not only is the national emergency declaration still in place, a new strain of COVID currently has the city of Shanghai, China under lockdown",None)],
 [("asylum_restrictions","favor","high","He says Title 42 is still urgently needed.")])
U2="https://www.wilx.com/prnewswire/2022/05/20/fair-applauds-preliminary-injunction-against-lifting-title-42/"
src(U2,"[headline not shown in the stored copy]","WILX (PR Newswire)","2022-05-20","press_release",orig="PR Newswire")
st("dan-stein","2022-05-20",U2,"direct_quote",
 "The Federation for American Immigration Reform (FAIR) applauds Judge Robert R. Summerhays' preliminary injunction ruling blocking the Biden administration from lifting Title 42, the only remaining mechanism for controlling our southern border.",
 "press_release",[("WASHINGTON, May 20, 2022 /PRNewswire/ -- The following statement was issued by Dan Stein, president of the Federation for American Immigration Reform (FAIR) in response to a preliminary injunction blocking the Biden administration's plan to cancel Title 42, effective Monday:","May 20, 2022"),
 ("\"The Federation for American Immigration Reform (FAIR) applauds Judge Robert R. Summerhays' preliminary injunction ruling blocking the Biden administration from lifting Title 42, the only remaining mechanism for controlling our southern border.",None)],
 [("asylum_restrictions","favor","high","He applauds the injunction keeping Title 42 in place.")])
U3="https://www.tucsonsentinel.com/local/report/040522_title_42_lawsuit/arizona-joins-red-states-suing-stop-biden-admin-from-ending-title-42-asylum-policy/"
src(U3,"[headline not shown in the stored copy]","Tucson Sentinel","2022-04-05","news_article")
st("mark-kelly","2022-04-01",U3,"direct_quote",
 "It’s unacceptable to end Title 42 without a plan and coordination in place to ensure a secure, orderly, and humane process at the border.",
 "press_release",[("The three Republican attorneys general filed the suit Sunday in the Western District of Louisiana after the U.S. Centers for Disease Control and Prevention and the Biden administration announced Friday that they would lift the order starting May 23.",None),
 ("“This is the wrong decision,” Kelly said in a press release Friday. “It’s unacceptable to end Title 42 without a plan and coordination in place to ensure a secure, orderly, and humane process at the border.","in a press release Friday")],
 [("asylum_restrictions","favor","medium","He opposes ending Title 42 without a plan in place.")])


U4="https://jayapal.house.gov/2024/06/04/ranking-member-jayapal-expresses-profound-disappointment-over-border-executive-action/?ref=liberalcurrents.com"
src(U4,"Ranking Member Jayapal Expresses Profound Disappointment Over Border Executive Action","Office of U.S. Representative Pramila Jayapal","2024-06-04","press_release")
st("pramila-jayapal","2024-06-04",U4,"direct_quote",
 "It is extremely disappointing to see the Biden administration severely restricting access to asylum using section 212(f) of the Immigration and Nationality Act.",
 "press_release",[("WASHINGTON — Today Representative Pramila Jayapal (WA-07), Ranking Member of the Immigration Integrity, Security, and Enforcement Subcommittee, issued the following statement in response to the Biden Administration’s executive action on the border:","Today"),
 ("“Seeking asylum is legal under this country’s immigration laws and international treaty obligations. It is extremely disappointing to see the Biden administration severely restricting access to asylum using section 212(f) of the Immigration and Nationality Act.",None)],
 [("asylum_restrictions","against","high","She criticises the June 2024 executive action for severely restricting asylum.")])
st("amy-fischer","2024-06-04","SRC-01094","direct_quote",
 "President Biden’s action sets a dangerous international precedent as a first-of-its-kind numerical cap on asylum, limiting the number of people who can claim asylum in the U.S. and effectively shutting down the U.S.-Mexico border",
 "press_release",[("Amnesty International USA’s Reaction to Biden Administration’s Executive Order on Asylum \n\nJune 4, 2024","June 4, 2024"),
 ("“President Biden’s action sets a dangerous international precedent as a first-of-its-kind numerical cap on asylum, limiting the number of people who can claim asylum in the U.S. and effectively shutting down the U.S.-Mexico border, using the same legal authority that the Trump administration used to implement the dangerous and xenophobic Muslim and African travel bans.",None)],
 [("asylum_restrictions","against","high","She calls the numerical cap on asylum a dangerous precedent that shuts the border.")])
st("amy-fischer","2024-02-22","SRC-01095","direct_quote",
 "This cruel policy would send people fleeing for their lives back to the very danger from which they were trying to escape. This is not a fair or orderly proposal, but one that would lead to more death, more suffering, and more chaos.",
 "press_release",[("Executive Action Restricting the Right to Seek Asylum Would Lead to More Death, Suffering, and Chaos at the Border\n\nFebruary 22, 2024\n\nIn response to the executive action President Biden is considering that would restrict the right to seek asylum in the U.S., Amy Fischer, Director of Refugee and Migrant Rights with Amnesty International USA, made the following statement:","February 22, 2024"),
 ("“This cruel policy would send people fleeing for their lives back to the very danger from which they were trying to escape. This is not a fair or orderly proposal, but one that would lead to more death, more suffering, and more chaos. It will certainly not contribute to a safer or more orderly border.",None)],
 [("asylum_restrictions","against","high","She warns the contemplated asylum restriction would return refugees to danger.")])


actor("thom-tillis","Thom Tillis","person","USA","us-senate","U.S. Senator (R-North Carolina)")
U5="https://www.sinema.senate.gov/sinema-tillis-introduce-bipartisan-bill-creating-temporary-border-management-authority-ahead-title/"
src(U5,"Sinema, Tillis Introduce Bipartisan Bill Creating Temporary Border Management Authority, Ahead of Title 42’s End","Office of U.S. Senator Kyrsten Sinema","2023-05-04","press_release")
st("thom-tillis","2023-05-04",U5,"direct_quote",
 "The Biden Administration has failed to secure the border and the situation will get even worse once Title 42 is allowed to expire. It’s clear that Congress must immediately step in",
 "press_release",[("Sinema, Tillis Introduce Bipartisan Bill Creating Temporary Border Management Authority, Ahead of Title 42’s End\n\nMay 4, 2023","May 4, 2023"),
 ("“The Biden Administration has failed to secure the border and the situation will get even worse once Title 42 is allowed to expire. It’s clear that Congress must immediately step in, and the bipartisan bill I’m introducing with Senator Sinema will help prevent the catastrophic fallout at the border we will soon see if no action is taken,” said Tillis.",None)],
 [("asylum_restrictions","favor","high","He warns against Title 42's expiry and backs a bill to keep expulsion powers.")])
U6="https://www.tillis.senate.gov/2023/5/tillis-releases-video-on-the-consequences-of-biden-administration-ending-title-42"
src(U6,"[headline not shown in the stored copy]","Office of U.S. Senator Thom Tillis","2023-05-11","press_release")
st("thom-tillis","2023-05-11",U6,"direct_quote",
 "Our bill provides the administration with two-year expulsion authority to quickly expel illegal immigrants. It mirrors Title 42 with the only major difference being it’s not dependent on a public health emergency.",
 "social_media",[("May 11 2023\n\nWASHINGTON, D.C. – Today, U.S. Senator Thom Tillis (R-NC) released a video statement on how the crisis at the border will become a catastrophe after President Biden allows Title 42 to expire at midnight.","Today"),
 ("Our bill provides the administration with two-year expulsion authority to quickly expel illegal immigrants. It mirrors Title 42 with the only major difference being it’s not dependent on a public health emergency.",None)],
 [("asylum_restrictions","favor","high","He promotes a two-year expulsion authority modelled on Title 42.")])
U7="https://www.mondaq.com:443/unitedstates/terrorism-homeland-security-defence/1351920/national-security-advisor-discusses-legal-pathways-initiative39-with-mexico"
src(U7,"[headline not shown in the stored copy]","Mondaq","2023-07-28","news_article")
st("jake-sullivan","2023-07-28",U7,"direct_quote",
 "We also commit to accept refugee resettlement referrals from qualified individuals from Cuba, Haiti, Nicaragua, and Venezuela who are already in Mexico.",
 "press_release",[("U.S. National Security Advisor Jake Sullivan released a statement on July 28, 2023, announcing additional steps the United States is taking \"to expand access to safe, orderly, legal migration pathways\" following meetings in Mexico between Mexican President Andres Manuel Lopez Obrador and a U.S. delegation led by White House Homeland Security Advisor Elizabeth Sherwood-Randall.","released a statement on July 28, 2023"),
 ("Mr. Sullivan announced the United States' \"full support\" for \"an international multipurpose space that the Government of Mexico plans to establish in southern Mexico to offer new refugee and labor options for the most vulnerable people who are currently in Mexico. We also commit to accept refugee resettlement referrals from qualified individuals from Cuba, Haiti, Nicaragua, and Venezuela who are already in Mexico.\"",None)],
 [("us_mexico_cooperation","favor","high","He announces US commitments tied to a Mexican plan for migrants in southern Mexico.")])


U8="https://www.thewellnews.com/immigration/dhs-secretary-grilled-over-title-42-immigration-plans/"
src(U8,"DHS Secretary Grilled Over Title 42, Immigration Plans","The Well News","2022-04-29","news_article",author="Reece Nations")
st("alejandro-mayorkas","2022-04-28",U8,"direct_quote",
 "With the Title 42 public health order set to be lifted, we expect migration levels to increase.",
 "testimony",[("April 29, 2022 by Reece Nations",None),
 ("On Thursday, Mayorkas testified before the House Judiciary Committee where he answered inquiries on Customs and Border Protection operations, the rapid influx of migrant crossings and immigration courts’ backlog of detainee processing.","On Thursday, Mayorkas testified"),
 ("“Our department has been executing a comprehensive strategy to secure our borders and rebuild our immigration system,” Mayorkas said in his opening statement before the Judiciary Committee. “With the Title 42 public health order set to be lifted, we expect migration levels to increase.”",None)],
 [("asylum_restrictions","neutral","medium","He states the expected effect of lifting Title 42 without judging the order.")])
U9="https://tribunodelpueblo.org/hope-border-institute-responds-to-biden-administrations-proposal-to-manage-regional-migration"
src(U9,"[headline not shown in the stored copy]","Tribuno del Pueblo","2023-05-03","ngo_report",orig="Hope Border Institute")
st("hope-border-institute","2023-05-03",U9,"document_excerpt",
 "In line with the expected final asylum transit ban, the announcement also indicates plans to limit access to the asylum to those who apply through the CBP One application, which continues to be rife with technical issues and inequities.",
 "press_release",[("The following article was published by Hope Border Institute on May 3, 2023.","published by Hope Border Institute on May 3, 2023"),
 ("At the border, the US will significantly increase expedited removals under Title 8, which comes with a 5-year ban from readmission, and use expedited and rushed processes of adjudication while people are still in CBP custody. In line with the expected final asylum transit ban, the announcement also indicates plans to limit access to the asylum to those who apply through the CBP One application, which continues to be rife with technical issues and inequities.",None)],
 [("cbp_one","against","high","It criticises tying asylum access to the CBP One app, calling it rife with technical issues and inequities."),("asylum_restrictions","against","medium","It presents the transit ban and related limits as diminishing access to asylum.")])
st("hope-border-institute","2023-05-03",U9,"document_excerpt",
 "The extensive plan includes an expansion of refugee resettlement and family reunification parole as well as significant punitive policies for those seeking protection along the U.S.-Mexico Border which will further diminish access to asylum.",
 "press_release",[("The following article was published by Hope Border Institute on May 3, 2023.","published by Hope Border Institute on May 3, 2023"),
 ("El Paso, TX – In preparation for the termination of Title 42 on May 11, the Biden Administration has announced a plan to address regional migration. The extensive plan includes an expansion of refugee resettlement and family reunification parole as well as significant punitive policies for those seeking protection along the U.S.-Mexico Border which will further diminish access to asylum.",None)],
 [("asylum_restrictions","against","high","It says the post-Title 42 plan's punitive measures will further diminish access to asylum.")])
write("chunk_03.jsonl")
