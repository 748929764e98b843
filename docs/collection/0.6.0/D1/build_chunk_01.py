import json
A="2026-12-04"
U_HUI="https://case-law.vlex.com/vid/huisha-huisha-v-mayorkas-929046314"
U_PJES="https://case-law.vlex.com/vid/p-j-s-v-888669602"
U_544="https://www.supremecourt.gov/docket/docketfiles/html/public/22a544.html"
U_21A21="http://www.supremecourt.gov/DocketPDF/21/21A21/188463/20210824185014969_Biden%20v.%20Texas%2021A21%20-%20Reply%20iso%20stay%20application%20final.pdf"
U_SB="https://www.scotusblog.com/?p=533246"
U_IDLC="https://vdocuments.site/attorneys-for-plaintiffs-and-putative-class-members-.html"
U_CCC="http://climatecasechart.com/case/arizona-v-mayorkas/"
U_FOIA="https://pdfslide.net/documents/united-states-district-court-northern-district-of-government-filed-a-petition.html"
U_CAIR="https://clearinghouse.net/case/17247/"
def src(url,title,pub,date,stype,orig=None):
    return {"kind":"source","url":url,"title":title,"publisher":pub,"original_publisher":orig,"author":None,"published_date":date,"source_type":stype,"language":"en","accessed_date":A}
NS="[headline not shown in the stored copy]"
lines=[
 src(U_HUI,"Huisha-Huisha v. Mayorkas","vLex","2022-11-15","court_document"),
 src(U_PJES,"P.J.E.S. v. Wolf, Civ. Action No. 20-2245 (EGS)","vLex","2020-11-18","court_document"),
 src(U_544,NS,"Supreme Court of the United States",None,"court_document"),
 src(U_21A21,NS,"Supreme Court of the United States (docket filing)",None,"court_document"),
 src(U_SB,"Noem v. Al Otro Lado","SCOTUSblog",None,"reference"),
 src(U_IDLC,"attorneys for plaintiffs and putative class members","vdocuments.site (copy of a court filing)","2021-11-02","court_document"),
 src(U_CCC,"Arizona v. Mayorkas","Climate Case Chart",None,"reference"),
 src(U_FOIA,NS,"pdfslide.net (copy of a court filing)","2020-05-13","court_document"),
 src(U_CAIR,"Capital Area Immigrants' Rights (CAIR) Coalition v. Trump; I.A. v. Barr","Civil Rights Litigation Clearinghouse",None,"reference"),
]
def ev(rid,s,ex,cue=None):
    return {"kind":"evidence","record_id":rid,"source":s,"excerpt":ex,"date_cue":cue,"cite":True}
H544="No. 22A544\nTitle:Arizona, et al., Applicants\nv.\nAlejandro Mayorkas, Secretary of Homeland Security\nDocketed:December 19, 2022\nLinked with 22-592\nLower Ct:United States Court of Appeals for the District of Columbia Circuit\n   Case Numbers:(22-5325)"
R21A21="IN THE SUPREME COURT OF THE UNITED STATES\\n_______________\\nNo. 21A21\\n_______________\\nJOSEPH R. BIDEN, JR., PRESIDENT OF THE UNITED STATES, ET AL.,\\nAPPLICANTS\\nv.\\nSTATE OF TEXAS, ET AL.\\n_______________\\nREPLY IN SUPPORT OF APPLICATION FOR A STAY\\nAND REQUEST FOR AN ADMINISTRATIVE STAY"
evs=[
 ev("EVT-00419",U_HUI,"Huisha-Huisha v. Mayorkas\n\nDecision Date15 November 2022\nDocket NumberCivil Action 21-100 (EGS)\nPartiesNANCY GIMENA HUISHA-HUISHA, et al., Plaintiffs, v. ALEJANDRO MAYORKAS, in his official capacity, Secretary, Department of Homeland Security, et al., Defendants.\nCourtU.S. District Court — District of Columbia\nMEMORANDUM OPINION\n\nEmmet G. Sullivan United States District Judge","15 November 2022"),
 ev("EVT-00427",U_PJES,"P.J.E.S. v. Wolf, Civ. Action No. 20-2245 (EGS)\n\nCourtUnited States District Courts. United States District Court (Columbia)\nWriting for the CourtEmmet G. Sullivan, United States District Judge\nCitation502 F.Supp.3d 492"),
 ev("EVT-00427",U_PJES,"Decision Date18 November 2020\nDocket NumberCiv. Action No. 20-2245 (EGS)","18 November 2020"),
 ev("EVT-00417",U_544,H544),
 ev("EVT-00417",U_544,"Dec 19 2022Upon consideration of the application of counsel for the applicants, it is ordered that the November 15, 2022 order of the United States District Court for the District of Columbia, case No. 1:21-cv-00100, is hereby stayed pending further order of The Chief Justice or of the Court.","Dec 19 2022"),
 ev("EVT-00418",U_544,H544),
 ev("EVT-00418",U_544,"Dec 27 2022Application (22A544) for stay pending certiorari presented to The Chief Justice and by him referred to the Court is granted. The November 15, 2022 order of the United States District Court for the District of Columbia, case No. 1:21– cv–00100, is hereby stayed. Applicants suggested this Court treat the application as a petition for a writ of certiorari; doing so, the petition is granted.","Dec 27 2022"),
 ev("EVT-00370",U_21A21,R21A21),
 ev("EVT-00363",U_21A21,R21A21),
 ev("EVT-00423",U_SB,"Noem v. Al Otro Lado\n| Docket No. | Op. Below | Argument | Opinion | Vote | Author | Term |\n|---|---|---|---|---|---|---|\n| 25-5 | 9th Cir. | Mar 24, 2026 | TBD | TBD | TBD | OT 2025 |"),
 ev("EVT-00423",U_SB,"- Supreme Court agrees to hear case on border crossings (Amy Howe, November 17, 2025)","November 17, 2025"),
 ev("EVT-00463",U_IDLC,"UNITED STATES DISTRICT COURT CENTRAL DISTRICT OF CALIFORNIA EASTERN DIVISION IMMIGRANT DEFENDERS LAW CENTER, et al., Plaintiffs, v. ALEJANDRO MAYORKAS, et al., Defendants. Case No. 2:20-cv-09893-JGB-SHK PLAINTIFFS’ MEMORANDUM OF POINTS AND AUTHORITIES IN SUPPORT OF EX PARTE APPLICATION FOR TEMPORARY RESTRAINING ORDER Judge: Honorable Jesus G. Bernal Crtrm: 1 Action Filed: October 28, 2020 Case 2:20-cv-09893-JGB-SHK Document 157-1 Filed 11/02/21 Page 1 of 32 Page ID #:1971","Filed 11/02/21"),
 ev("EVT-00428",U_CCC,"Arizona v. Mayorkas\n\nFiling Date: 2021\nCase Categories:\n  • Federal Statutory Claims\n    • NEPA\nPrincipal Laws:\nAdministrative Procedure Act (APA), National Environmental Policy Act (NEPA)\nDescription: Lawsuit asserting that the Biden administration should have complied with the National Environmental Policy Act before changing course on immigration polices.\n  • Arizona v. Mayorkas\n    Docket number(s): 2:21-cv-00617\n    Court/Admin Entity: D. Ariz."),
 ev("EVT-00461",U_FOIA,"Attorneys for Plaintiffs AMERICAN IMMIGRATION COUNCIL, AMERICAN IMMIGRATION LAWYERS ASSOCIATION and HUMAN RIGHTS WATCH UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF CALIFORNIA AMERICAN IMMIGRATION COUNCIL, AMERICAN IMMIGRATION LAWYERS ASSOCIATION, and HUMAN RIGHTS WATCH, Plaintiffs, v. UNITED STATES CITIZENSHIP AND IMMIGRATION SERVICES, UNITED STATES CUSTOMS AND BORDER PROTECTION, and UNITED STATES IMMIGRATION AND CUSTOMS ENFORCEMENT, Defendants. Case No. COMPLAINT FOR DECLARATORY AND INJUNCTIVE RELIEF Case 3:20-cv-03266 Document 1 Filed 05/13/20 Page 1 of 68","Filed 05/13/20"),
 ev("EVT-00449",U_CAIR,"Case: Capital Area Immigrants' Rights (CAIR) Coalition v. Trump; I.A. v. Barr\n\n1:19-cv-02117 | U.S. District Court for the District of Columbia\n\nFiled Date: July 16, 2019"),
]
for e in evs:
    assert len(e["excerpt"])<=600,(e["record_id"],len(e["excerpt"]))
    if e["date_cue"]: assert e["date_cue"] in e["excerpt"]
    print(e["record_id"],len(e["excerpt"]))
with open("/work/main/docs/collection/0.6.0/D1/chunk_01.jsonl","w",encoding="utf-8") as f:
    for l in lines+evs: f.write(json.dumps(l,ensure_ascii=False)+"\n")
