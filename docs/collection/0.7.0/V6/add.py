import json,sys
# usage: python3 add.py chunk_NN.jsonl < python-literal list of dicts
chunk=sys.argv[1]
objs=eval(sys.stdin.read())
with open(chunk,'a',encoding='utf-8') as f:
    for o in objs:
        if o['kind']=='statement':
            o.setdefault('event_id',None); o.setdefault('language','es')
            for s in o['stances']: s.setdefault('annotator_id','ann-a')
        if o['kind']=='source':
            o.setdefault('original_publisher',None); o.setdefault('author',None); o.setdefault('accessed_date','2026-12-04')
        f.write(json.dumps(o,ensure_ascii=False)+'\n')
print('ok',len(objs))
