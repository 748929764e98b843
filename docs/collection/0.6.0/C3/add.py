import json,sys
# usage: python add.py chunk_01.jsonl < records (python literal list via exec)
path=sys.argv[1]
src=sys.stdin.read()
recs=eval(src)
with open(path,'a',encoding='utf-8') as f:
    for r in recs:
        f.write(json.dumps(r,ensure_ascii=False)+"\n")
print(len(recs),"written")
