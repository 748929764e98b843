import json,sys,csv
ACC="2026-12-04"
def _w(f,o):
    with open(f,'a',encoding='utf-8') as fh: fh.write(json.dumps(o,ensure_ascii=False)+"\n")
def known_url(u):
    for r in csv.DictReader(open('/work/main/data/sources.csv')):
        if r['url']==u: return r['source_id']
    return None
def src(f,url,title,pub,date,lang="es",stype="news_article",orig=None,author=None):
    sid=known_url(url)
    if sid: print("EXISTS",sid); return sid
    _w(f,{"kind":"source","url":url,"title":title,"publisher":pub,"original_publisher":orig,"author":author,"published_date":date,"source_type":stype,"language":lang,"accessed_date":ACC})
    return url
def actor(f,aid,name,atype,country,aff,role):
    _w(f,{"kind":"actor","actor_id":aid,"name":name,"actor_type":atype,"country":country,"affiliation_id":aff,"role":role})
def stm(f,aid,date,source,text,text_en,channel,ev,stances,stype="direct_quote",event_id=None):
    evs=[{"excerpt":e[0],"date_cue":e[1]} for e in ev]
    st=[{"target":t,"stance":s,"confidence":c,"rationale":r,"annotator_id":"ann-a"} for (t,s,c,r) in stances]
    _w(f,{"kind":"statement","actor_id":aid,"date":date,"source":source,"event_id":event_id,"statement_type":stype,"text":text,"language":"es","text_en":text_en,"channel":channel,"evidence":evs,"stances":st})
