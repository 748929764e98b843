"""usage: python ctx.py CHUNK -- context for review: actor existence, same-actor statements (same date +-3d), events same date, source existence"""
import csv, json, sys, datetime as dt
D='/work/main/data/'
st=list(csv.DictReader(open(D+'statements.csv',encoding='utf-8')))
ac={r['actor_id']:r for r in csv.DictReader(open(D+'actors.csv',encoding='utf-8'))}
ev=list(csv.DictReader(open(D+'events.csv',encoding='utf-8')))
so={r['source_id']:r for r in csv.DictReader(open(D+'sources.csv',encoding='utf-8'))}
urls={r['url']:r['source_id'] for r in so.values()}
staged_actors=set()
base=set(open('/work/main/docs/collection/0.7.0/tools/baseline_stm_ids.txt').read().split())
def near(a,b,n=3):
    try: return abs((dt.date.fromisoformat(a)-dt.date.fromisoformat(b)).days)<=n
    except: return False
for n,raw in enumerate(open(sys.argv[1],encoding='utf-8'),1):
    c=json.loads(raw); k=c['kind']
    if k=='source':
        print(n,'SOURCE exists as',urls.get(c['url']), '| pubdate',c.get('published_date'))
    elif k=='actor':
        staged_actors.add(c['actor_id'])
        print(n,'ACTOR',c['actor_id'],'already in actors.csv!' if c['actor_id'] in ac else 'new')
        last=c['name'].split()[-1].lower()
        for a in ac.values():
            if last in a['name'].lower(): print('   similar:',a['actor_id'],a['name'],a['role'])
    elif k=='statement':
        a=c['actor_id']
        print(n,'STM',a,c['date'],'actor:',(ac[a]['name']+' | '+ac[a]['role'] +' | aff '+ac[a]['affiliation_id']) if a in ac else ('STAGED' if a in staged_actors else 'MISSING'))
        s=c['source']
        if s in so: print('   source',s,so[s]['url'],'|',so[s]['published_date'],'|',so[s]['title'][:80])
        for r in st:
            if r['actor_id']==a and near(r['date'],c['date']):
                print('   existing:' if r['statement_id'] in base else '   NEW(0.7 merged):',r['statement_id'],r['date'],r['source_id'],r['text'][:160])
    elif k=='event':
        print(n,'EVENT',c['date_start'])
        for e in ev:
            if near(e['date_start'],c['date_start'],7): print('   evt:',e['event_id'],e['date_start'],e['title'][:120])
