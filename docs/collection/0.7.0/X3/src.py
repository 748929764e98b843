import csv, sys
for r in csv.DictReader(open('/work/main/data/sources.csv', encoding='utf-8')):
    if any(x in (r['source_id'], r['url']) or x in r['url'] for x in sys.argv[1:]):
        print(r)
