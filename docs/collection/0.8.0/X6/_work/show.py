import json, sys, csv
B='/work/main/data/'
src={r['source_id']:r for r in csv.DictReader(open(B+'sources.csv'))}
srcurl={r['url']:r for r in src.values()}
act={r['actor_id']:r for r in csv.DictReader(open(B+'actors.csv'))}
stm=list(csv.DictReader(open(B+'statements.csv')))
path=sys.argv[1]
staged_src={}; staged_act={}
for i,l in enumerate(open(path),1):
    if not l.strip(): print(i,'BLANK'); continue
    d=json.loads(l)
    k=d['kind']
    print('='*100); print('LINE',i,k)
    if k=='source':
        staged_src[d['url']]=d
        print(json.dumps(d,ensure_ascii=False,indent=1))
        if d['url'] in srcurl: print('!!! URL ALREADY IN sources.csv', srcurl[d['url']]['source_id'])
    elif k=='actor':
        staged_act[d['actor_id']]=d
        print(json.dumps(d,ensure_ascii=False))
        if d['actor_id'] in act: print('!!! actor exists')
    elif k=='statement':
        a=d['actor_id']
        print('ACTOR:', staged_act.get(a) or act.get(a) or '!!! UNKNOWN')
        s=d['source']
        print('SOURCE:', json.dumps(staged_src.get(s) or src.get(s) or '!!! UNKNOWN',ensure_ascii=False))
        print('DATE',d['date'],'type',d['statement_type'],'chan',d['channel'],'lang',d['language'],'event',d.get('event_id'))
        print('TEXT:',d['text']); print('EN  :',d['text_en'])
        for e in d['evidence']:
            print('  EV[cue=%r]: %s'%(e.get('date_cue'),e['excerpt']))
        for st in d['stances']: print('  ST',st['target'],st['stance'],st['confidence'],'|',st['rationale'])
        ex=[r for r in stm if r['actor_id']==a]
        print('  existing stmts by actor: %d'%len(ex))
        for r in ex:
            if r['date'][:7]==d['date'][:7] or r['source_id']==s:
                print('    EX',r['statement_id'],r['date'],r['source_id'],r['text'][:150])
    else:
        print(json.dumps(d,ensure_ascii=False,indent=1))
