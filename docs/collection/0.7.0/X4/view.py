"""usage: python view.py CHUNK -- print every line of a chunk fully, with context"""
import csv, json, sys, datetime as dt
D='/work/main/data/'
st=list(csv.DictReader(open(D+'statements.csv',encoding='utf-8')))
ac={r['actor_id']:r for r in csv.DictReader(open(D+'actors.csv',encoding='utf-8'))}
ev=list(csv.DictReader(open(D+'events.csv',encoding='utf-8')))
so={r['source_id']:r for r in csv.DictReader(open(D+'sources.csv',encoding='utf-8'))}
urls={r['url']:r['source_id'] for r in so.values()}
staged={}
def near(a,b,n=3):
    try: return abs((dt.date.fromisoformat(a)-dt.date.fromisoformat(b)).days)<=n
    except: return False
for n,raw in enumerate(open(sys.argv[1],encoding='utf-8'),1):
    c=json.loads(raw); k=c['kind']
    print('='*30, n, k)
    if k=='source':
        staged[c['url']]=c
        print(json.dumps(c,ensure_ascii=False,indent=0))
        print('   URL already in sources.csv as', urls.get(c['url']))
    elif k=='actor':
        print(json.dumps(c,ensure_ascii=False))
        print('   ', 'ALREADY in actors.csv' if c['actor_id'] in ac else 'new')
        last=c['name'].split()[-1].lower()
        for a in ac.values():
            if last in a['name'].lower(): print('   similar:',a['actor_id'],a['name'],a['role'])
    elif k=='statement':
        a=c['actor_id']
        print('ACTOR',a,'|',(ac[a]['name']+' | '+ac[a]['role']+' | aff '+ac[a]['affiliation_id']) if a in ac else 'staged/missing')
        s=c['source']
        if s in so: print('SOURCE',s,so[s]['url'],'| pub',so[s]['published_date'],'|',so[s]['title'][:100], '|', so[s]['publisher'])
        elif s in staged: print('SOURCE staged', s, '| pub', staged[s].get('published_date'), '|', staged[s].get('title'))
        else: print('SOURCE ???', s)
        for f in ('date','event_id','statement_type','language','channel'): print(f, '=', c.get(f))
        print('TEXT:', c['text']); print('EN  :', c.get('text_en'))
        for e in c.get('evidence',[]): print('  EV:', e.get('excerpt')); print('     cue:', e.get('date_cue'))
        for x in c.get('stances',[]): print('  ST:', x['target'], x['stance'], x['confidence'], '-', x.get('rationale'))
        for r in st:
            if r['actor_id']==a and near(r['date'],c['date'],5):
                print('   EXISTING:',r['statement_id'],r['date'],r['source_id'],r['text'][:200])
    elif k=='event':
        for f in c:
            if f!='evidence': print(f,'=',c[f])
        for e in c.get('evidence',[]): print('  EV[%s]:'%e.get('source'), e.get('excerpt')); print('     cue:', e.get('date_cue'))
        for e in ev:
            if near(e['date_start'],c['date_start'],10): print('   evt:',e['event_id'],e['date_start'],e['title'][:140])
