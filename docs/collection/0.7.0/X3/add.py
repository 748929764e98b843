"""usage: python add.py CHUNK LINE CHECK SEVERITY WHY [FIX]"""
import json, sys
a=sys.argv
d={"chunk":a[1],"line":int(a[2]),"check":a[3],"severity":a[4],"why":a[5],"fix":a[6] if len(a)>6 and a[6]!='null' else None}
assert d['severity'] in ('remove','fix','note')
open('/work/main/docs/collection/0.7.0/X3/findings.jsonl','a',encoding='utf-8').write(json.dumps(d,ensure_ascii=False)+'\n')
