import json, csv, sys
D='/work/main/data/'
SRC={r['url']:r['source_id'] for r in csv.DictReader(open(D+'sources.csv'))}
ACT={r['actor_id'] for r in csv.DictReader(open(D+'actors.csv'))}
L=[]
staged_urls=set(); staged_actors=set()
def source(url,title,publisher,date,stype='news_article',orig=None,author=None,lang='es'):
    if url in SRC: return SRC[url]
    if url not in staged_urls:
        L.append(dict(kind='source',url=url,title=title,publisher=publisher,original_publisher=orig,author=author,published_date=date,source_type=stype,language=lang,accessed_date='2026-12-04'))
        staged_urls.add(url)
    return url
def actor(aid,name,atype,country,aff=None,role=None):
    if aid in ACT or aid in staged_actors: return aid
    L.append(dict(kind='actor',actor_id=aid,name=name,actor_type=atype,country=country,affiliation_id=aff,role=role)); staged_actors.add(aid); return aid
def st(aid,date,src,text,text_en,channel,ev,stances,stype='direct_quote',event=None,sdr=False):
    evl=[{'excerpt':e[0],'date_cue':e[1]} for e in ev]
    sl=[dict(target=s[0],stance=s[1],confidence=s[2],rationale=s[3],annotator_id='ann-a') for s in stances]
    L.append(dict(kind='statement',actor_id=aid,date=date,source=src,event_id=event,statement_type=stype,text=text,language='es',text_en=text_en,channel=channel,evidence=evl,stances=sl))
    if sdr: L[-1]['same_day_report']=True
def write(fn):
    with open(fn,'w') as f:
        for x in L: f.write(json.dumps(x,ensure_ascii=False)+'\n')
    print(len(L),'lines ->',fn)
def event(ds,etype,title,desc,country,loc,actors,sources,evid,instrument=None,prec='day',de=None):
    L.append(dict(kind='event',date_start=ds,date_end=de,date_precision=prec,event_type=etype,title=title,description=desc,country=country,location=loc,actor_ids=actors,sources=sources,instrument=instrument,evidence=[{'source':e[0],'excerpt':e[1],'date_cue':e[2]} for e in evid]))
