"""append findings: python fnd.py CHUNK <<< 'line|check|severity|why|fix'  (fix 'null' for none)"""
import json, sys
chunk = sys.argv[1]
with open("/work/main/docs/collection/0.6.0/X1/findings.jsonl", "a", encoding="utf-8") as f:
    for l in sys.stdin.read().splitlines():
        if not l.strip(): continue
        line, check, sev, why, fix = l.split("|", 4)
        assert sev in ("remove", "fix", "note") and check in ("S1","S2","S3","S4","S5","S6","S7","E1","E2","E3","E4")
        f.write(json.dumps({"chunk": chunk, "line": int(line), "check": check, "severity": sev, "why": why.strip(), "fix": None if fix.strip() == "null" else fix.strip()}, ensure_ascii=False) + "\n")
        print("added", line, check, sev)
