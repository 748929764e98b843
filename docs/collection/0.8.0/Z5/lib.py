import json
ACC="2026-12-04"
def src(url,title,publisher,pub_date,stype="news_article",orig=None,author=None,lang="es"):
    return {"kind":"source","url":url,"title":title,"publisher":publisher,"original_publisher":orig,"author":author,"published_date":pub_date,"source_type":stype,"language":lang,"accessed_date":ACC}
def actor(aid,name,atype,country,aff,role):
    return {"kind":"actor","actor_id":aid,"name":name,"actor_type":atype,"country":country,"affiliation_id":aff,"role":role}
def st(aid,date,source,text,text_en,channel,evidence,stances,stype="direct_quote",event=None):
    ev=[{"excerpt":e[0],"date_cue":e[1]} for e in evidence]
    ss=[{"target":s[0],"stance":s[1],"confidence":s[2],"rationale":s[3],"annotator_id":"ann-a"} for s in stances]
    return {"kind":"statement","actor_id":aid,"date":date,"source":source,"event_id":event,"statement_type":stype,"text":text,"language":"es","text_en":text_en,"channel":channel,"evidence":ev,"stances":ss}
def write(fn,rows):
    with open(fn,"w",encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r,ensure_ascii=False)+"\n")
