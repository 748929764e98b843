import json,sys
# usage: add.py chunk '[{"line":..,"check":..,"severity":..,"why":..,"fix":..}, ...]'
chunk=sys.argv[1]; items=json.loads(sys.argv[2])
with open('/work/main/docs/collection/0.8.0/X6/findings.jsonl','a') as f:
    for it in items:
        d={"chunk":chunk,"line":it["line"],"check":it["check"],"severity":it["severity"],"why":it["why"],"fix":it.get("fix")}
        f.write(json.dumps(d,ensure_ascii=False)+"\n")
with open('/work/main/docs/collection/0.8.0/X6/reviewed.txt','a') as f: f.write(chunk+"\n")
print("ok",len(items))
