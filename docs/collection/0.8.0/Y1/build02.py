from lib import *
actor("katie-hobbs","Katie Hobbs","person","USA",None,"Governor of Arizona (2023– )")
U1="https://www.einpresswire.com/article/717321932/governor-katie-hobbs-releases-statement-on-house-passing-job-killing-hcr-2060"
src(U1,"[headline not shown in the stored copy]","EIN Presswire","2024-06-04","press_release",orig="Office of the Arizona Governor")
st("katie-hobbs","2024-06-04",U1,"direct_quote",
 "Today’s Executive Order announced by the Biden Administration is a critical tool for curbing unlawful entry and upholding humanitarian protections. However, we need comprehensive solutions and congressional support to secure our border.",
 "press_release",[("Phoenix, AZ – Today, following the passage of HCR 2060 out of the Arizona State House, Governor Katie Hobbs released the following statement:","Today"),
 ("“While I continue to prioritize public safety and make sure we are doing everything we can to keep our communities safe, Arizona cannot continue cleaning up the federal government’s mess. Today’s Executive Order announced by the Biden Administration is a critical tool for curbing unlawful entry and upholding humanitarian protections. However, we need comprehensive solutions and congressional support to secure our border.",None)],
 [("asylum_restrictions","favor","high","She calls the June 2024 executive order limiting asylum a critical tool against unlawful entry.")])
U2="https://azcapitoltimes.com/news/2023/05/08/hobbs-title-42-response-will-depend-on-need-on-the-ground/"
src(U2,"Hobbs: Title 42 response will depend on ‘need … on the ground’","Arizona Capitol Times","2023-05-08","news_article")
st("katie-hobbs","2023-05-08",U2,"direct_quote",
 "The state of Arizona stands ready to assist our border communities and NGOs in any way that we can",
 "press_conference",[("With changes to federal immigration policy set for this week, Gov. Katie Hobbs outlined her administration’s “approach” to managing a potential increase in migrant arrivals in Arizona.",None),
 ("“The state of Arizona stands ready to assist our border communities and NGOs in any way that we can,” Hobbs said at the May 8 conference.","at the May 8 conference")],
 [("humanitarian_assistance","favor","medium","She pledges state help to border communities and NGOs receiving migrants as Title 42 ends.")])
actor("senators-asylum-rule-comment-2023-03","Senators Elizabeth Warren, Bob Menendez, Alex Padilla and nine other senators (public comment on the proposed asylum rule, March 2023)","legislature","USA","us-senate","Signatories of a public comment against the proposed Circumvention of Lawful Pathways rule")
U3="https://www.warren.senate.gov/oversight/letters/warren-menendez-padilla-senators-submit-public-comment-against-biden-administrations-proposed-asylum-transit-ban-rule"
src(U3,"Warren, Menendez, Padilla, Senators Submit Public Comment Against Biden Administration's Proposed Asylum Transit Ban Rule","Office of U.S. Senator Elizabeth Warren","2023-03-29","press_release")
ev3=("March 29, 2023\n\nWarren, Menendez, Padilla, Senators Submit Public Comment Against Biden Administration's Proposed Asylum Transit Ban Rule","March 29, 2023")
st("senators-asylum-rule-comment-2023-03","2023-03-29",U3,"direct_quote",
 "The proposed rule is a revised version of asylum bans put in place during the prior administration—bans that were struck down by the courts",
 "letter",[ev3,("“The proposed rule is a revised version of asylum bans put in place during the prior administration—bans that were struck down by the courts,” wrote the senators to officials of the U.S. Department of Homeland Security and the U.S. Department of Justice.",None)],
 [("asylum_restrictions","against","high","The senators liken the proposed rule to asylum bans struck down in court.")])
st("senators-asylum-rule-comment-2023-03","2023-03-29",U3,"direct_quote",
 "Although we support the administration’s goal of managing migration at the U.S.-Mexico border by creating new efficiencies in the asylum system, this rule violates our legal obligations to protect refugees fleeing persecution and usurps Congressional authority by adding unlawful bars to asylum eligibility",
 "letter",[ev3,("“Although we support the administration’s goal of managing migration at the U.S.-Mexico border by creating new efficiencies in the asylum system, this rule violates our legal obligations to protect refugees fleeing persecution and usurps Congressional authority by adding unlawful bars to asylum eligibility,” added the senators.",None)],
 [("asylum_restrictions","against","high","They say the rule adds unlawful bars to asylum and breaks refugee obligations.")])


U4="https://txcivilrights.org/post/civil-rights-groups-sue-customs-and-border-protection-for-disability-rights-compliance-records-perta"
src(U4,"[headline not shown in the stored copy]","Texas Civil Rights Project","2024-05-08","press_release")
ev4=("FOR IMMEDIATE RELEASE\nMay 8, 2024\nContact: TCRP, media@texascivilrightsproject.org\nCREEC, lmurchie@creeclaw.org\n(Los Angeles, CA) - Al Otro Lado and The Civil Rights Education and Enforcement Center (CREEC), on behalf of The Texas Civil Rights Project (TCRP), have filed a Freedom of Information Act (FOIA) lawsuit to compel the government to release information on its policies and practices relating to CBP One","May 8, 2024")
st("texas-civil-rights-project","2024-05-08",U4,"document_excerpt",
 "This error-ridden smartphone application, fraught with malfunctions and inaccessible features, has become an insurmountable barrier for countless individuals, particularly those with disabilities. Getting an appointment can take up to seven months, leaving vulnerable asylum seekers trapped in some of the most dangerous cities in the world.",
 "press_release",[ev4,("For over a year now, Customs and Border Protection (CBP) has forced asylum seekers to make appointments through the CBP One application in order to present themselves at a port of entry to enter the U.S. and request asylum. This error-ridden smartphone application, fraught with malfunctions and inaccessible features, has become an insurmountable barrier for countless individuals, particularly those with disabilities. Getting an appointment can take up to seven months, leaving vulnerable asylum seekers trapped in some of the most dangerous cities in the world.",None)],
 [("cbp_one","against","high","The release calls the CBP One app an error-ridden, insurmountable barrier that strands asylum seekers for months.")])
st("texas-civil-rights-project","2024-05-08",U4,"document_excerpt",
 "The right to save one’s life shouldn’t depend on a glitchy app or one’s physical or mental capabilities.",
 "press_release",[ev4,("Al Otro Lado, CREEC, and TCRP’s lawsuit against CBP is a pivotal action to safeguard the rights of people with disabilities and to ensure government accountability and transparency. The right to save one’s life shouldn’t depend on a glitchy app or one’s physical or mental capabilities.",None)],
 [("cbp_one","against","medium","It objects to making access to asylum depend on the CBP One app.")])


U5="https://homeland.house.gov/2023/06/22/chairman-green-on-fox-news-secretary-mayorkas-is-using-the-cbp-one-app-to-mask-the-real-crisis-at-the-border/"
src(U5,"Chairman Green on Fox News: Secretary Mayorkas is Using the CBP One App to Mask the Real Crisis at the Border","House Committee on Homeland Security","2023-06-22","press_release")
st("mark-green","2023-06-22",U5,"direct_quote",
 "And what’s happened since Title 42 is he’s using this CBP One app to actually mask the numbers. So, a person comes to the border, they’re telling them to voluntarily return to Mexico, fill out the app, and then come in.",
 "interview",[("June 22, 2023\n\nChairman Green on Fox News: Secretary Mayorkas is Using the CBP One App to Mask the Real Crisis at the Border\n\nWASHINGTON, D.C. – Today, House Committee on Homeland Security Chairman Mark E. Green, MD (R-TN) joined Fox News’ Your World with Neil Cavuto","Today"),
 ("“They had another month of 200,000 plus migrant [encounters]. And what’s happened since Title 42 is he’s using this CBP One app to actually mask the numbers. So, a person comes to the border, they’re telling them to voluntarily return to Mexico, fill out the app, and then come in. And they’re immediately released; they’re giving them parole into the United States against the Immigration and Naturalization Act.",None)],
 [("cbp_one","against","high","He accuses DHS of using the CBP One app to hide border numbers and parole people unlawfully.")])
U6="https://homeland.house.gov/2024/03/21/chairmen-higgins-bishop-deliver-opening-statements-in-hearing-on-secretary-mayorkas-cbp-one-mass-parole-scheme"
src(U6,"Chairmen Higgins, Bishop Deliver Opening Statements in Hearing on Secretary Mayorkas’ CBP One Mass-Parole Scheme","House Committee on Homeland Security","2024-03-21","transcript")
st("clay-higgins","2024-03-21",U6,"document_excerpt",
 "Secretary Mayorkas’ open border policies, fueled by the expansion of CBP One App, has allowed virtually any foreign national from abroad to make an appointment and enter the country. Simply put, this application’s users know that a CBP One appointment is their ticket into the United States.",
 "speech",[("March 21, 2024\nWASHINGTON D.C. — Today, House Homeland Security Subcommittee on Border Security and Enforcement Chairman Clay Higgins (R-LA) and Subcommittee on Oversight, Investigations, and Accountability Chairman Dan Bishop (R-NC) delivered the following opening statements in a hearing","March 21, 2024"),
 ("DHS continues to fail in its basic homeland security mission: to secure the border. Secretary Mayorkas’ open border policies, fueled by the expansion of CBP One App, has allowed virtually any foreign national from abroad to make an appointment and enter the country. Simply put, this application’s users know that a CBP One appointment is their ticket into the United States.",None)],
 [("cbp_one","against","high","He portrays CBP One appointments as an open ticket into the country under failed policies.")])
U7="https://welcomewithdignity.org/biden-asylum-ban-abysmal-abdication-of-leadership"
src(U7,"Biden Asylum Ban: “Abysmal Abdication of Leadership”","Welcome With Dignity","2023-05-10","press_release")
actor("pedro-de-velasco","Pedro De Velasco","person","USA","kino-border-initiative","Director of Education and Advocacy, Kino Border Initiative (2023)")
st("pedro-de-velasco","2023-05-10",U7,"direct_quote",
 "The stories of so many families and individuals weigh heavily on my conscience as I continue witnessing stricter and inhumane border restrictions being implemented one day before the end of Title 42",
 "press_release",[("FOR IMMEDIATE RELEASE: May 10, 2023","May 10, 2023"),
 ("“The stories of so many families and individuals weigh heavily on my conscience as I continue witnessing stricter and inhumane border restrictions being implemented one day before the end of Title 42,” said Pedro De Velasco, Director of Education and Advocacy for the Kino Border Initiative.",None)],
 [("asylum_restrictions","against","high","He calls the new border restrictions replacing Title 42 inhumane.")])
U8="https://www.nilc.org/2024/05/09/nilc-statement-on-biden-admin-asylum-change/"
src(U8,"NILC Statement on Biden Admin Asylum Change","National Immigration Law Center","2024-05-09","press_release")
actor("raha-wala","Raha Wala","person","USA","nilc","Vice President of Strategic Partnerships and Advocacy, National Immigration Law Center (2024)")
st("raha-wala","2024-05-09",U8,"direct_quote",
 "These counterproductive changes to asylum would make an already painful and arduous process harder for migrant families seeking safety and a better life. They represent another step in the wrong direction by President Biden",
 "press_release",[("NILC Statement on Biden Admin Asylum Change  \n\nMay 9, 2024","May 9, 2024"),
 ("WASHINGTON — Raha Wala, VP of strategic partnerships and advocacy at the National Immigration Law Center, issued the following statement in response to the Biden administration’s new proposed regulation to change the asylum process:\n\n“These counterproductive changes to asylum would make an already painful and arduous process harder for migrant families seeking safety and a better life. They represent another step in the wrong direction by President Biden",None)],
 [("asylum_restrictions","against","high","He calls the proposed asylum screening changes counterproductive and harmful to families.")])
write("chunk_02.jsonl")
