"""usage: python add.py CHUNK  <<< JSON lines of [line, check, severity, why, fix]  ; then marks reviewed"""
import json, sys
chunk = sys.argv[1]
out = open("/work/main/docs/collection/0.6.0/X2/findings.jsonl", "a", encoding="utf-8")
for l in sys.stdin:
    l = l.strip()
    if not l: continue
    line, check, sev, why, fix = json.loads(l)
    out.write(json.dumps({"chunk": chunk, "line": line, "check": check, "severity": sev, "why": why, "fix": fix}, ensure_ascii=False) + "\n")
out.close()
open("/work/main/docs/collection/0.6.0/X2/reviewed.txt", "a").write(chunk + "\n")
