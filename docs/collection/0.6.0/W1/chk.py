import csv,sys
D='/work/main/data/'
src={r['url']:r['source_id'] for r in csv.DictReader(open(D+'sources.csv'))}
st=list(csv.DictReader(open(D+'statements.csv')))
act={r['actor_id']:r for r in csv.DictReader(open(D+'actors.csv'))}
for a in sys.argv[1:]:
    if a.startswith('u:'):
        u=a[2:]; key=u.split('//')[-1].replace('www.','')[:70]
        print('URL',u, src.get(u) or [(k,v) for k,v in src.items() if key in k])
    elif a.startswith('t:'):
        t=a[2:].lower()
        for s in st:
            if t in s['text'].lower(): print('STM',s['statement_id'],s['actor_id'],s['date'],s['source_id'],s['text'][:120])
    elif a.startswith('a:'):
        t=a[2:].lower()
        for k,r in act.items():
            if t in k.lower() or t in r['name'].lower(): print('ACT',k,r['name'],r['role'])
    elif a.startswith('d:'):
        aid,d=a[2:].split('@')
        for s in st:
            if s['actor_id']==aid and s['date'].startswith(d): print('STM',s['statement_id'],s['date'],s['source_id'],s['text'][:150])
