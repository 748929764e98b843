import csv,sys
S={r['source_id']:r for r in csv.DictReader(open('/work/main/data/sources.csv'))}
E=list(csv.DictReader(open('/work/main/data/evidence.csv')))
ST=list(csv.DictReader(open('/work/main/data/statements.csv')))
for sid in sys.argv[1:]:
    s=S[sid]
    print('#################',sid,s['published_date'],s['publisher'],s['original_publisher'],s['url']); print('TITLE:',s['title'])
    for st in ST:
        if st['source_id']==sid: print('  STM',st['statement_id'],st['actor_id'],st['date'],st['statement_type'],'|',st['text'][:200])
    for e in E:
        if e['source_id']==sid: print('---',e['evidence_id'],e['record_id'],'CUE=',e['date_cue']); print(e['excerpt'])
