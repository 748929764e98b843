import json, csv, sys
D='/work/main/data/'
def src_id(url):
    for r in csv.DictReader(open(D+'sources.csv')):
        if r['url'].rstrip('/')==url.rstrip('/'): return r['source_id']
    return None
def actor(aid):
    for r in csv.DictReader(open(D+'actors.csv')):
        if r['actor_id']==aid: return r
    return None
L=[]
def source(url,title,publisher,pub_date,stype="news_article",orig=None,author=None,lang="es"):
    s=src_id(url)
    if s: return s
    L.append(dict(kind='source',url=url,title=title,publisher=publisher,original_publisher=orig,author=author,published_date=pub_date,source_type=stype,language=lang,accessed_date='2026-12-04'))
    return url
def act(aid,name,atype,country,aff,role):
    if actor(aid): return
    L.append(dict(kind='actor',actor_id=aid,name=name,actor_type=atype,country=country,affiliation_id=aff,role=role))
def st(aid,date,src,stype,text,text_en,channel,ev,stances,event=None,lang='es'):
    L.append(dict(kind='statement',actor_id=aid,date=date,source=src,event_id=event,statement_type=stype,text=text,language=lang,text_en=text_en if lang!='en' else None,channel=channel,
      evidence=[dict(excerpt=e[0],date_cue=e[1]) for e in ev],
      stances=[dict(target=t,stance=s,confidence=c,rationale=r,annotator_id='ann-a') for (t,s,c,r) in stances]))
def write(fn):
    with open(fn,'w') as f:
        for x in L: f.write(json.dumps(x,ensure_ascii=False)+'\n')
def ev(date,etype,title,desc,country,location,actors,sources,evid,instrument=None,prec='day'):
    L.append(dict(kind='event',date_start=date,date_end=None,date_precision=prec,event_type=etype,title=title,description=desc,country=country,location=location,actor_ids=actors,sources=sources,instrument=instrument,
      evidence=[dict(source=s,excerpt=e,date_cue=c) for (s,e,c) in evid]))
