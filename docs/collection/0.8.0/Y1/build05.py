from lib import *
actor("new-mexico-immigrant-law-center","New Mexico Immigrant Law Center (NMILC)","ngo","USA",None,None)
actor("sophia-genovese","Sophia Genovese","person","USA","new-mexico-immigrant-law-center","Managing Attorney, asylum and detention programs, New Mexico Immigrant Law Center (2024)")
U1="https://nmilc.org/press-release-archive/injustice-mm9bp-7y2lp"
src(U1,"The New Mexico Immigrant Law Center Rejects President Biden’s Asylum Executive Order","New Mexico Immigrant Law Center","2024-06-05","press_release")
st("sophia-genovese","2024-06-05",U1,"direct_quote",
 "President Biden’s Executive Order is based on the same failed playbook that former President Trump used to drive migrants further into shadows and into the hands of dangerous smugglers, while also depriving people of basic due process and the right to seek asylum.",
 "press_release",[("June 5, 2024 ALBUQUERQUE, N.M. — On June 4, 2024, President Biden released an Executive Order effectively barring access to the asylum system when levels of migrants arriving to the US are perceived to be high.","June 5, 2024"),
 ("Genovese continues: “President Biden’s Executive Order is based on the same failed playbook that former President Trump used to drive migrants further into shadows and into the hands of dangerous smugglers, while also depriving people of basic due process and the right to seek asylum.”",None)],
 [("asylum_restrictions","against","high","She says the June 2024 order repeats a failed Trump playbook and denies the right to seek asylum.")])
st("sophia-genovese","2024-06-05",U1,"direct_quote",
 "Nearly every asylum seeker whom NMILC has worked with has been robbed, kidnapped, and extorted by government officials and criminal syndicates in Mexico while awaiting entry into the United States.",
 "press_release",[("June 5, 2024 ALBUQUERQUE, N.M. — On June 4, 2024, President Biden released an Executive Order effectively barring access to the asylum system when levels of migrants arriving to the US are perceived to be high.","June 5, 2024"),
 ("“NMILC has observed firsthand the disastrous and violent consequences of President Biden’s border policies through our work with people detained in New Mexico’s ICE detention facilities. Nearly every asylum seeker whom NMILC has worked with has been robbed, kidnapped, and extorted by government officials and criminal syndicates in Mexico while awaiting entry into the United States.”",None)],
 [("asylum_restrictions","against","medium","She links the border policies that make people wait in Mexico to robbery, kidnapping and extortion.")])
actor("nakasec","National Korean American Service and Education Consortium (NAKASEC)","ngo","USA",None,None)
U2="https://nakasec.org/news/nakasec-condemns-biden-new-executive-order/"
src(U2,"NAKASEC Condemns Biden New Executive Order","NAKASEC","2024-06-04","press_release")
st("nakasec","2024-06-04",U2,"document_excerpt",
 "Restore access to asylum at our nation’s border by properly staffing ports of entry along the U.S. border to efficiently and safely process people seeking safety; and immediately increasing the number of CBP One appointments available and expanding the program to all ports.",
 "press_release",[("For immediate release\nJune 4, 2024\nNAKASEC Condemns Biden New Executive Order\nWashington, D.C. – Today, President Biden signed a new Executive Order effectively dismantling the asylum system and subjecting already-vulnerable communities to further harm and chaos.","June 4, 2024"),
 ("We uplift the four management solutions from the national campaign, #WelcomeWithDignity:\n- Restore access to asylum at our nation’s border by properly staffing ports of entry along the U.S. border to efficiently and safely process people seeking safety; and immediately increasing the number of CBP One appointments available and expanding the program to all ports.",None)],
 [("cbp_one","favor","high","It calls for more CBP One appointments and expanding the program to all ports."),("asylum_restrictions","against","medium","It asks to restore access to asylum at the border.")])
U3="https://cgrs.uclawsf.edu/news/cgrs-urges-senators-reject-anti-asylum-bill"
src(U3,"CGRS Urges Senators to Reject Anti-Asylum Bill","Center for Gender & Refugee Studies","2023-05-11","press_release")
st("kate-jastram","2023-05-11",U3,"direct_quote",
 "The Biden administration recently announced new measures that will drastically limit access to asylum, including a sweeping ban that shuts the door to most people seeking protection at the southern border",
 "press_release",[("CGRS Urges Senators to Reject Anti-Asylum Bill\n\nMay 11, 2023","May 11, 2023"),
 ("“The Biden administration recently announced new measures that will drastically limit access to asylum, including a sweeping ban that shuts the door to most people seeking protection at the southern border,” Kate Jastram, CGRS Director of Policy & Advocacy, added.",None)],
 [("asylum_restrictions","against","high","She criticises the new asylum ban as shutting the door to most people seeking protection.")])


U4="https://chc.house.gov/media-center/press-releases/chc-chair-barragan-statement-senate-border-deal-text"
src(U4,"CHC Chair Barragán Statement on Senate Border Deal Text","Congressional Hispanic Caucus","2024-02-05","press_release")
ev4=("CHC Chair Barragán Statement on Senate Border Deal Text\n\nFebruary 5, 2024\n\nWashington, D.C. – Today, Congressional Hispanic Caucus (CHC) Chair Rep. Nanette Barragán (CA-44) released the following statement in response to the Senate Border Deal text included in the Senate National Security Supplemental Appropriations Act","February 5, 2024")
st("nanette-barragan","2024-02-05",U4,"direct_quote",
 "But we cannot just throw up our hands and accept bad immigration policies that gut asylum and could set back real bipartisan comprehensive immigration reform ten to fifteen years, for temporary aid.",
 "press_release",[ev4,("But we cannot just throw up our hands and accept bad immigration policies that gut asylum and could set back real bipartisan comprehensive immigration reform ten to fifteen years, for temporary aid.",None)],
 [("asylum_restrictions","against","high","She rejects the Senate deal's asylum limits as policies that gut asylum.")])
write("chunk_05.jsonl")
