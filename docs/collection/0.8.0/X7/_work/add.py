import json,sys
# usage: python3 add.py chunk < tsv-like json lines list
chunk=sys.argv[1]
items=json.load(sys.stdin)
with open('/work/main/docs/collection/0.8.0/X7/findings.jsonl','a') as f:
    for it in items:
        line,check,sev,why,fix=it
        f.write(json.dumps({"chunk":chunk,"line":line,"check":check,"severity":sev,"why":why,"fix":fix},ensure_ascii=False)+"\n")
with open('/work/main/docs/collection/0.8.0/X7/reviewed.txt','a') as f: f.write(chunk+"\n")
print("ok",len(items))
