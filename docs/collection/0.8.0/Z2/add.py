import json,sys
def add(chunk, obj):
    with open(chunk,'a',encoding='utf-8') as f: f.write(json.dumps(obj,ensure_ascii=False)+"\n")
def src(chunk,url,title,publisher,date,stype="news_article",orig=None,author=None):
    add(chunk,{"kind":"source","url":url,"title":title,"publisher":publisher,"original_publisher":orig,"author":author,"published_date":date,"source_type":stype,"language":"es","accessed_date":"2026-12-04"})
def actor(chunk,aid,name,atype,country,aff,role):
    add(chunk,{"kind":"actor","actor_id":aid,"name":name,"actor_type":atype,"country":country,"affiliation_id":aff,"role":role})
def stm(chunk,aid,date,source,stype,text,text_en,channel,evidence,stances,event=None):
    ev=[{"excerpt":e[0],"date_cue":e[1]} for e in evidence]
    st=[{"target":s[0],"stance":s[1],"confidence":s[2],"rationale":s[3],"annotator_id":"ann-a"} for s in stances]
    add(chunk,{"kind":"statement","actor_id":aid,"date":date,"source":source,"event_id":event,"statement_type":stype,"text":text,"language":"es","text_en":text_en,"channel":channel,"evidence":ev,"stances":st})
