import json
ACC="2026-12-04"
out=[]
def src(url,title,publisher,date,stype,orig=None,author=None,lang="en"):
    out.append(dict(kind="source",url=url,title=title,publisher=publisher,original_publisher=orig,author=author,published_date=date,source_type=stype,language=lang,accessed_date=ACC))
def actor(aid,name,atype,country,aff,role):
    out.append(dict(kind="actor",actor_id=aid,name=name,actor_type=atype,country=country,affiliation_id=aff,role=role))
def st(aid,date,source,stype,text,channel,ev,stances,event=None,lang="en",text_en=None):
    out.append(dict(kind="statement",actor_id=aid,date=date,source=source,event_id=event,statement_type=stype,text=text,language=lang,text_en=text_en,channel=channel,
      evidence=[dict(excerpt=e,date_cue=c) for e,c in ev],
      stances=[dict(target=t,stance=s,confidence=c,rationale=r,annotator_id="ann-a") for t,s,c,r in stances]))
def write(fn):
    with open(fn,"w") as f:
        for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
