import json,sys,csv
SRC=set(r['url'] for r in csv.DictReader(open('/work/main/data/sources.csv')))
def srcid(url):
    for r in csv.DictReader(open('/work/main/data/sources.csv')):
        if r['url']==url: return r['source_id']
    return None
def w(path, objs):
    with open(path,'a',encoding='utf-8') as f:
        for o in objs: f.write(json.dumps(o,ensure_ascii=False)+'\n')
def source(url,title,publisher,date,stype='news_article',orig=None,author=None,lang='es'):
    return {"kind":"source","url":url,"title":title,"publisher":publisher,"original_publisher":orig,"author":author,"published_date":date,"source_type":stype,"language":lang,"accessed_date":"2026-12-04"}
def actor(aid,name,atype,country,aff=None,role=None):
    return {"kind":"actor","actor_id":aid,"name":name,"actor_type":atype,"country":country,"affiliation_id":aff,"role":role}
def st(aid,date,src,stype,text,en,channel,ev,stances,event=None):
    return {"kind":"statement","actor_id":aid,"date":date,"source":src,"event_id":event,"statement_type":stype,"text":text,"language":"es","text_en":en,"channel":channel,"evidence":[{"excerpt":e,"date_cue":c} for e,c in ev],"stances":[{"target":t,"stance":s,"confidence":c,"rationale":r,"annotator_id":"ann-a"} for t,s,c,r in stances]}
