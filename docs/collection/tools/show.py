"""Print a chunk's candidates for reading, with the reviewers' findings for each line.

The findings are read from every X*/findings.jsonl of the chunk's collection folder.

usage: python show.py CHUNK.jsonl [--short]
"""

import json
import sys
from pathlib import Path

path = Path(sys.argv[1])
short = "--short" in sys.argv
root = path.resolve().parent.parent  # the collection folder (docs/collection/<version>)
rel = f"{path.parent.name}/{path.name}"
find = {}
for fp in sorted(root.glob("X*/findings.jsonl")):
    if not fp.exists():
        continue
    for line in fp.read_text(encoding="utf-8").splitlines():
        if line.strip():
            f = json.loads(line)
            if f.get("chunk") == rel:
                find.setdefault(f["line"], []).append(f)
srcs = {}
for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
    c = json.loads(raw)
    k = c["kind"]
    if k == "source":
        print(
            f"{n} SOURCE {c['url']} | {c.get('title', '')[:90]} | {c.get('publisher')} | {c.get('published_date')}"
        )
    elif k == "actor":
        print(f"{n} ACTOR {c['actor_id']} | {c['name']} | {c.get('role')} | {c.get('affiliation_id')}")
    elif k == "statement":
        print(
            f"{n} STM {c['actor_id']} {c['date']} {c['statement_type']} {c['channel']} src={str(c['source'])[:60]} evt={c.get('event_id')}"
        )
        print(f"   TEXT: {c['text']}")
        if not short:
            print(f"   EN: {c.get('text_en')}")
            for e in c["evidence"]:
                print(f"   EV[{e.get('date_cue')}]: {e['excerpt']}")
            print(
                "   ST: "
                + "; ".join(f"{s['target']}={s['stance']}/{s['confidence']}" for s in c.get("stances") or [])
            )
    elif k == "event":
        print(f"{n} EVENT {c['date_start']} {c['event_type']} {c['title']} | {c['description']}")
        if not short:
            for e in c["evidence"]:
                print(f"   EV[{e.get('date_cue')}]: {e['excerpt']}")
    else:
        print(f"{n} {k.upper()} {json.dumps(c, ensure_ascii=False)[:300]}")
    for f in find.get(n, []):
        print(f"   >>> X {f['severity'].upper()} {f['check']}: {f['why']} | fix={f.get('fix')}")
