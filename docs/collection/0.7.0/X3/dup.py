"""usage: python dup.py ACTOR_ID [DATE] [PHRASE] -- show existing statements of actor (optionally on date / containing phrase)"""
import csv, sys
a = sys.argv[1]; d = sys.argv[2] if len(sys.argv)>2 else None; p = sys.argv[3].lower() if len(sys.argv)>3 else None
for r in csv.DictReader(open('/work/main/data/statements.csv', encoding='utf-8')):
    if r['actor_id']!=a and a!='*': continue
    if d and d!='*' and r['date']!=d: continue
    if p and p not in r['text'].lower(): continue
    print(r['statement_id'], r['actor_id'], r['date'], r['source_id'], r['text'][:200])
