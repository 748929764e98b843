import json, csv, sys, glob, os
D='/work/main/data/'
T='/work/main/docs/collection/0.8.0/tools/'
base=set(open(T+'baseline_stm_ids.txt').read().split())|set(open(T+'r10_extra_ids.txt').read().split())
actors={r['actor_id']:r for r in csv.DictReader(open(D+'actors.csv'))}
srcs={r['source_id']:r for r in csv.DictReader(open(D+'sources.csv'))}
srcurl={r['url'].rstrip('/'):r for r in srcs.values()}
stm=list(csv.DictReader(open(D+'statements.csv')))
evs=list(csv.DictReader(open(D+'events.csv')))
fn=sys.argv[1]
lines=[json.loads(l) for l in open(fn) if l.strip()]
# other staged chunks
others=[]
for g in glob.glob('/work/main/docs/collection/0.8.0/*/chunk_*.jsonl'):
    if os.path.abspath(g)==os.path.abspath(fn) or 'prepped' in g: continue
    for i,l in enumerate(open(g),1):
        try: o=json.loads(l)
        except: continue
        if o.get('kind')=='statement': others.append((g.split('0.8.0/')[1],i,o))
staged_a={}; staged_s={}
for i,x in enumerate(lines,1):
    k=x['kind']
    print(f"\n===== LINE {i} [{k}]")
    if k=='source':
        staged_s[x['url']]=x
        print(json.dumps(x,ensure_ascii=False))
        if x['url'].rstrip('/') in srcurl: print("!!! URL ALREADY IN sources.csv", srcurl[x['url'].rstrip('/')]['source_id'])
    elif k=='actor':
        staged_a[x['actor_id']]=x
        print(json.dumps(x,ensure_ascii=False))
        if x['actor_id'] in actors: print("!!! actor already exists")
    elif k=='statement':
        a=staged_a.get(x['actor_id']) or actors.get(x['actor_id'])
        print("ACTOR:", x['actor_id'], '|', a and (a['name'], a.get('role'), a.get('country'), a.get('affiliation_id')), '' if x['actor_id'] in staged_a else '(existing)')
        s=staged_s.get(x['source']) or srcs.get(x['source'])
        print("SOURCE:", x['source'])
        if s: print("   ", s.get('title'),'|',s.get('publisher'),'| orig',s.get('original_publisher'),'| pub',s.get('published_date'),'|',s.get('source_type'),'|',s.get('url'))
        else: print("!!! SOURCE NOT FOUND")
        print("DATE:", x['date'], "TYPE:", x['statement_type'], "CH:", x['channel'], "LANG:", x['language'], "EVT:", x.get('event_id'))
        print("TEXT:", x['text'])
        print("EN:  ", x['text_en'])
        intxt=any(x['text'] in e['excerpt'] for e in x['evidence'])
        for j,e in enumerate(x['evidence']):
            print(f"  EV{j}: cue={e['date_cue']!r}\n      {e['excerpt']}")
            if e['date_cue'] and e['date_cue'] not in e['excerpt']: print("  !!! cue not in excerpt")
        if not intxt: print("!!! TEXT NOT VERBATIM IN EVIDENCE")
        for st in x['stances']:
            print(f"  STANCE {st['target']} {st['stance']} {st['confidence']} -- {st['rationale']}")
        same=[r for r in stm if r['actor_id']==x['actor_id']]
        print(f"  existing by actor: {len(same)}")
        for r in [r for r in same if r["date"][:7]==x["date"][:7]]:
            flag='' if r['statement_id'] in base else ' [SESSION-MERGED]'
            mark=' <<< SAME DATE' if r['date']==x['date'] else ''
            print(f"    {r['statement_id']} {r['date']} {r['source_id']}{flag}{mark}: {r['text'][:200]}")
        for r in stm:
            if x['text'][:40] in r['text'] or r['text'][:40] in x['text']:
                print("  !!! text overlaps", r['statement_id'], r['actor_id'], r['date'])
        for (g,li,o) in others:
            if o['actor_id']==x['actor_id'] and o['date']==x['date']:
                print(f"  !!! staged elsewhere same actor+date: {g}:{li}: {o['text'][:120]}")
            elif x['text'][:40] in o['text']:
                print(f"  !!! staged elsewhere text overlap: {g}:{li} {o['actor_id']}")
    elif k=='event':
        print(json.dumps({kk:v for kk,v in x.items() if kk!='evidence'},ensure_ascii=False,indent=0))
        for j,e in enumerate(x['evidence']):
            print(f"  EV{j}: src={e['source']} cue={e['date_cue']!r}\n      {e['excerpt']}")
        for r in evs:
            if r['date_start'][:7]==x['date_start'][:7]:
                print("   same-month event:", r['event_id'], r['date_start'], r['title'])
