"""List where a blind reliability pass and the primary labels differ, per (statement, target).

usage: python compare_round.py BLIND_LABELS.jsonl  -> prints disagreements with text, for adjudication
"""

import csv
import json
import sys
from pathlib import Path

from cli_guard import require_args

require_args(__doc__, 1, (1,))

D = Path(__file__).resolve().parents[3] / "data"
blind = {
    json.loads(line)["statement_id"]: json.loads(line)
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines()
    if line.strip()
}
prim = {}
for r in csv.DictReader(open(D / "stances.csv", encoding="utf-8")):
    prim.setdefault(r["statement_id"], {})[r["target"]] = r
st = {r["statement_id"]: r for r in csv.DictReader(open(D / "statements.csv", encoding="utf-8"))}
n = agree = 0
for sid, b in sorted(blind.items()):
    bl = {x["target"]: x["stance"] for x in b["labels"]}
    pl = {t: r["stance"] for t, r in prim.get(sid, {}).items()}
    for t in sorted(set(bl) | set(pl)):
        n += 1
        if bl.get(t) == pl.get(t):
            agree += 1
            continue
        s = st[sid]
        print(
            f"{sid} {t}: primary={pl.get(t)} blind={bl.get(t)} | {s['actor_id']} {s['date']} | {s['text_en'] or s['text']}"
        )
print(f"units {n}, identical {agree}")
