import json, csv, sys, os
D='/work/main/docs/collection/0.6.0/L1/'
SRC={r['url']:r['source_id'] for r in csv.DictReader(open('/work/main/data/sources.csv'))}
ACT={r['actor_id'] for r in csv.DictReader(open('/work/main/data/actors.csv'))}
def w(chunk, obj):
    with open(D+chunk,'a',encoding='utf-8') as f:
        f.write(json.dumps(obj,ensure_ascii=False)+'\n')
def src(chunk,url,title,publisher,pub_date,stype='news_article',orig=None,author=None,lang='es'):
    if url in SRC:
        print('EXISTS',url,SRC[url]); return SRC[url]
    w(chunk,{"kind":"source","url":url,"title":title,"publisher":publisher,"original_publisher":orig,"author":author,"published_date":pub_date,"source_type":stype,"language":lang,"accessed_date":"2026-12-04"})
    return url
def actor(chunk,aid,name,atype,country,aff,role):
    if aid in ACT: print('ACTOR EXISTS',aid); return
    w(chunk,{"kind":"actor","actor_id":aid,"name":name,"actor_type":atype,"country":country,"affiliation_id":aff,"role":role})
def st(chunk,aid,date,source,text,text_en,channel,ev,stances,stype='direct_quote',event=None,sdr=False):
    ev=[dict(excerpt=e[0],date_cue=e[1]) for e in ev]
    for e in ev:
        if e.get('date_cue') and e['date_cue'] not in e['excerpt']: print('CUE NOT IN EXCERPT',e['date_cue'])
        if len(e['excerpt'])>600: print('LONG EXCERPT',len(e['excerpt']))
    if not any(text in e['excerpt'] for e in ev): print('TEXT NOT IN EXCERPT:',text[:50])
    if len(text.split())>50: print('TOO LONG',len(text.split()))
    w(chunk,{"kind":"statement","actor_id":aid,"date":date,"source":source,"event_id":event,"statement_type":stype,"text":text,"language":"es","text_en":text_en,"channel":channel,"evidence":ev,"stances":[dict(target=t,stance=s,confidence=c,rationale=r,annotator_id='ann-a') for t,s,c,r in stances]}|({'same_day_report':True} if sdr else {}))
