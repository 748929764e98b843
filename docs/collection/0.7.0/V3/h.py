import csv,sys
D='/work/main/data/'
cmd=sys.argv[1]
if cmd=='url':
    for u in sys.argv[2:]:
        hit=[r['source_id'] for r in csv.DictReader(open(D+'sources.csv')) if r['url'].rstrip('/')==u.rstrip('/')]
        print(u,hit)
elif cmd=='st':
    a=sys.argv[2]; d=sys.argv[3] if len(sys.argv)>3 else ''
    for r in csv.DictReader(open(D+'statements.csv')):
        if r['actor_id']==a and r['date'].startswith(d):
            print(r['statement_id'],r['date'],r['source_id'],r['text'][:150])
elif cmd=='txt':
    s=sys.argv[2].lower()
    for r in csv.DictReader(open(D+'statements.csv')):
        if s in r['text'].lower(): print(r['statement_id'],r['actor_id'],r['date'],r['text'][:120])
elif cmd=='actor':
    s=sys.argv[2].lower()
    for r in csv.DictReader(open(D+'actors.csv')):
        if s in (r['actor_id']+r['name']+r['role']).lower(): print(r)
