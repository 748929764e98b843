import json,sys
def w(path, recs):
    with open(path,'a',encoding='utf-8') as f:
        for r in recs:
            f.write(json.dumps(r,ensure_ascii=False)+"\n")
def src(url,title,publisher,pub,stype='news_article',orig=None,author=None,lang='es'):
    return {"kind":"source","url":url,"title":title,"publisher":publisher,"original_publisher":orig,"author":author,"published_date":pub,"source_type":stype,"language":lang,"accessed_date":"2026-12-04"}
def actor(aid,name,atype,country,aff,role):
    return {"kind":"actor","actor_id":aid,"name":name,"actor_type":atype,"country":country,"affiliation_id":aff,"role":role}
def stm(aid,date,source,stype,text,text_en,channel,evidence,stances,event=None):
    return {"kind":"statement","actor_id":aid,"date":date,"source":source,"event_id":event,"statement_type":stype,"text":text,"language":"es","text_en":text_en,"channel":channel,"evidence":[{"excerpt":e,"date_cue":c} for e,c in evidence],"stances":[{"target":t,"stance":s,"confidence":c,"rationale":r,"annotator_id":"ann-a"} for t,s,c,r in stances]}
