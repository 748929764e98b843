import json,sys
# usage: add.py chunk '[ [line,check,severity,why,fix], ...]'
chunk=sys.argv[1]; items=json.loads(sys.argv[2])
with open('/work/main/docs/collection/0.8.0/X5/findings.jsonl','a') as f:
    for l,c,s,w,fx in items:
        f.write(json.dumps({"chunk":chunk,"line":l,"check":c,"severity":s,"why":w,"fix":fx},ensure_ascii=False)+'\n')
with open('/work/main/docs/collection/0.8.0/X5/reviewed.txt','a') as f: f.write(chunk+'\n')
print('ok',chunk,len(items))
