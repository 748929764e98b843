from h import *
C='chunk_02.jsonl'
u=src(C,'https://poresto.net/mexico/2019/8/28/no-negociar-que-mexico-sea-tercer-pais-seguro.html','[headline not shown in the stored copy]','Por Esto!','2019-08-27',stype='news_article',orig='Notimex')
actor(C,'mx-senate-jucopo','Junta de Coordinación Política del Senado de la República (Jucopo)','legislature','MEX','mx-senate','Governing board of the Mexican Senate, made up of the coordinators of all parliamentary groups')
E1='CIUDAD DE MEXICO, 27 de agosto (NTX).- La Junta de Coordinación Política (Jucopo) del Senado de la República estableció que un acuerdo de tercer país seguro con Estados Unidos no está en el interés nacional, y que bajo el principio de respeto a la soberanía de los Estados, es imperativo que el Ejecutivo federal se abstenga de esa clase de negociaciones.'
q='Es por esto por lo que consideramos imperativo que el Ejecutivo se abstenga de negociar un acuerdo de tercer país seguro con Estados Unidos'
E2='“'+q+'”, indicó la Jucopo en el documento.'
st(C,'mx-senate-jucopo','2019-08-27',u,q,"That is why we consider it imperative that the Executive refrain from negotiating a safe third country agreement with the United States.",'official_document',
 ev=[{'excerpt':E1,'date_cue':'27 de agosto (NTX).-'},{'excerpt':E2,'date_cue':None}],
 stances=[('safe_third_country','against','high','The Senate board asks the executive not to negotiate a safe-third-country agreement with the US.')],event='EVT-00072',same_day=True)
