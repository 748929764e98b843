from lib import *
U1="http://www.substancenews.net/articles.php?page=7946&section=Article"
src(U1,"Do not just show up at the border. Stay where you are ... Bidens tells Migrants from the Oval Office","Substance News","2023-01-05","news_article")
st("joe-biden","2023-01-05",U1,"direct_quote",
 "Do not just show up at the border. Stay where you are and apply legally from there",
 "speech",[("“Do not just show up at the border. Stay where you are and apply legally from there,” Biden announces new program to curb illegal migration as he prepares for visit to border addressing potential migrants",None),
 ("Remarks by President Biden on Border Security and Enforcement\n\nJanuary 05, 2023\nRoosevelt Room\n11:54 A.M. EST\n\nThese are Biden's words today during a news conference at the White House.","January 05, 2023")],
 [("cbp_one","favor","medium","He tells migrants to apply through legal channels from where they are instead of coming to the border.")])
U2="https://www.wola.org/2022/10/weekly-u-s-mexico-border-update-new-title-42-policys-impact-on-venezuelan-migration-from-the-border-to-south-america/"
src(U2,"Weekly U.S.-Mexico Border Update: new Title 42 policy’s impact on Venezuelan migration, from the border to South America","Washington Office on Latin America (WOLA)","2022-10-21","ngo_report")
st("wola","2022-10-21",U2,"document_excerpt",
 "Mexico agrees to accept land-border expulsions of its own citizens, as well as those of El Salvador, Guatemala, Honduras, and now—as of October 12—citizens of Venezuela.",
 "official_document",[("WOLA: Advocacy for Human Rights in the Americas\n21 Oct 2022 | News\n\nWeekly U.S.-Mexico Border Update: new Title 42 policy’s impact on Venezuelan migration, from the border to South America","21 Oct 2022"),
 ("Under the Title 42 pandemic authority, begun by the Trump administration and prolonged by the Biden administration and then by a federal court order, all migrants are subject to rapid expulsion regardless of their expressed need for asylum. Mexico agrees to accept land-border expulsions of its own citizens, as well as those of El Salvador, Guatemala, Honduras, and now—as of October 12—citizens of Venezuela.",None)],
 [("mexico_accepts_returnees","neutral","high","It reports which nationalities Mexico accepts back under Title 42 without evaluating it.")])
U3="https://www.wola.org/2023/02/us-mexico-border-update-asylum-title-42-humanitarian-parole-cbp-one/"
src(U3,"Weekly U.S.-Mexico Border Update: “Fast-tracking” asylum, Title 42 reduces migration, Humanitarian parole, CBP One issues","Washington Office on Latin America (WOLA)","2023-02-02","ngo_report")
evw=("2 Feb 2023 | News\n\nWeekly U.S.-Mexico Border Update: “Fast-tracking” asylum, Title 42 reduces migration, Humanitarian parole, CBP One issues","2 Feb 2023")
st("wola","2023-02-02",U3,"document_excerpt",
 "All along the border, media reports are pointing to chronic, mostly fixable problems with the CBP One smartphone app, which the agency is using to allow asylum seekers to apply for Title 42 exemptions.",
 "official_document",[evw,("All along the border, media reports are pointing to chronic, mostly fixable problems with the CBP One smartphone app, which the agency is using to allow asylum seekers to apply for Title 42 exemptions. One of the hardest-hit populations appears to be Haitian asylum seekers",None)],
 [("cbp_one","against","medium","It highlights chronic problems with the CBP One app used for Title 42 exemptions.")])
st("wola","2023-02-02",U3,"document_excerpt",
 "The early January expansion of Title 42 expulsions into Mexico, which now encompasses citizens of eight countries, appears to have contributed to a 40 percent reduction in border migrant encounters from December to January.",
 "official_document",[evw,("The early January expansion of Title 42 expulsions into Mexico, which now encompasses citizens of eight countries, appears to have contributed to a 40 percent reduction in border migrant encounters from December to January.",None)],
 [("mexico_accepts_returnees","neutral","medium","It reports the expansion of expulsions into Mexico to eight nationalities and its apparent effect."),("asylum_restrictions","neutral","medium","It describes the effect of expanded Title 42 expulsions on encounters without judging them.")])


U4="https://dailycaller.com/2023/05/12/aclu-sues-block-biden-asylum-ban/"
src(U4,"[headline not shown in the stored copy]","The Daily Caller","2023-05-12","news_article")
st("aclu","2023-05-12",U4,"direct_quote",
 "We are suing to stop Biden’s new asylum ban, which closes off access to safety for the majority of people seeking asylum in the United States.",
 "social_media",[("BREAKING: We are suing to stop Biden’s new asylum ban, which closes off access to safety for the majority of people seeking asylum in the United States. — ACLU (@ACLU) May 12, 2023","May 12, 2023")],
 [("asylum_restrictions","against","high","The ACLU announces a lawsuit against the new asylum ban, saying it closes off access to safety.")])


U5="https://www.catholicculture.org/news/headlines/index.cfm?storyid=58217"
src(U5,"USCCB: Biden administration’s proposed asylum restrictions are ‘unlawful, unjust, and unwise’","Catholic World News (CatholicCulture.org)","2023-03-30","news_article")
st("usccb","2023-03-27",U5,"direct_quote",
 "The USCCB has repeatedly affirmed the right to seek asylum and is thus deeply troubled by policy changes that undermine that right.",
 "letter",[("The United States Conference of Catholic Bishops’ general counsel and associate general counsel have urged the Biden administration not to implement proposed restrictions that would bar asylum applications from migrants who have not previously sought asylum in nations through which they have traveled on the way to the US.",None),
 ("Echoing an earlier statement by the bishops’ migration committee chairman, Anthony Picarello, Jr. and Carlos Cisneros said in their March 27 letter that “the Church does recognize the right of countries to uphold their borders as an exercise of their sovereignty and self-determination.”","in their March 27 letter"),
 ("“The USCCB has repeatedly affirmed the right to seek asylum and is thus deeply troubled by policy changes that undermine that right.”",None)],
 [("asylum_restrictions","against","high","The bishops' counsel object to the proposed transit-based asylum restrictions as undermining the right to seek asylum.")])
actor("hias","HIAS","ngo","USA",None,None)
actor("mark-hetfield","Mark Hetfield","person","USA","hias","President and CEO, HIAS")
U6="https://hias.org/es/statements/hias-decries-shutdown-u-s-mexico-border"
src(U6,"HIAS Decries Shutdown at the U.S.-Mexico Border","HIAS","2024-06-04","press_release")
st("hias","2024-06-04",U6,"document_excerpt",
 "HIAS decries the executive order introduced today by the Biden Administration, which would effectively seal the U.S.-Mexico border to people seeking safety. Like the similar policies of the previous administration, it flies in the face of U.S. and international law, which guarantees the right to seek asylum",
 "press_release",[("HIAS Decries Shutdown at the U.S.-Mexico Border\nJun 4, 2024\nSILVER SPRING, Md. — HIAS decries the executive order introduced today by the Biden Administration, which would effectively seal the U.S.-Mexico border to people seeking safety. Like the similar policies of the previous administration, it flies in the face of U.S. and international law, which guarantees the right to seek asylum for individuals fleeing violence and danger.","Jun 4, 2024")],
 [("asylum_restrictions","against","high","HIAS condemns the June 2024 order as sealing the border to asylum seekers in breach of law.")])
U7="https://www.interfaithimmigration.org/2023/01/23/faith-orgs-leaders-to-biden-administration-end-all-asylum-bans/"
src(U7,"Faith Orgs + Leaders to Biden Administration: End All Asylum Bans","Interfaith Immigration Coalition","2023-01-23","press_release")
st("mark-hetfield","2023-01-23",U7,"direct_quote",
 "The U.S. now has asylum laws, but the Biden transit ban will literally place those laws out of reach. This is illegal and immoral.",
 "press_conference",[("Washington, DC – In a press call today, faith leaders announced the delivery of a letter to President Biden, Vice President Harris, Secretary of State Blinken, and Secretary of the Department of Homeland Security, Alejandro Mayorkas, denouncing their plans to create a new asylum ban through the federal rulemaking process.","In a press call today"),
 ("said Mark Hetfield, President and CEO, HIAS. “The United States turned the ship back to Europe, and 254 of its passengers perished in the Holocaust. Asserting that never again would people be trapped inside their country of persecution, the international community established—and the United States ratified—the Refugee Convention. The U.S. now has asylum laws, but the Biden transit ban will literally place those laws out of reach. This is illegal and immoral.",None)],
 [("asylum_restrictions","against","high","He calls the planned transit ban illegal and immoral.")])


write("chunk_04.jsonl")
