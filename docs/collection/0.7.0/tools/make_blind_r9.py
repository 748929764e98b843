"""round 9: stratified random sample (year x language) of the statements added since 0.6.0 (and the records given new words),
written blind (speaker, role, date, channel, words and the evidence passages; no labels) for ann-j.

usage: python make_blind_r9.py FRACTION OUT.jsonl   (seed 9)
"""

import csv
import json
import math
import random
import sys
from collections import defaultdict
from pathlib import Path

D = Path("/work/main/data")
T = Path(__file__).parent
base = set(T.joinpath("baseline_stm_ids.txt").read_text().split())
base -= set(T.joinpath("r9_extra_ids.txt").read_text().split())  # upgraded records, relabelled
frac = float(sys.argv[1])
out = Path(sys.argv[2])
evid = {}
for e in csv.DictReader(open(D / "evidence.csv", encoding="utf-8")):
    evid.setdefault(e["record_id"], []).append(e["excerpt"])
actors = {a["actor_id"]: a for a in csv.DictReader(open(D / "actors.csv", encoding="utf-8"))}
new = [
    s for s in csv.DictReader(open(D / "statements.csv", encoding="utf-8")) if s["statement_id"] not in base
]
strata = defaultdict(list)
for s in new:
    strata[(s["date"][:4], s["language"])].append(s)
rng = random.Random(9)
sample = []
for k in sorted(strata):
    rows = sorted(strata[k], key=lambda r: r["statement_id"])
    sample += rng.sample(rows, max(1, math.ceil(frac * len(rows))))
sample.sort(key=lambda r: r["statement_id"])
with open(out, "w", encoding="utf-8") as f:
    for s in sample:
        a = actors[s["actor_id"]]
        f.write(
            json.dumps(
                {
                    "statement_id": s["statement_id"],
                    "speaker": a["name"],
                    "role": a["role"],
                    "actor_type": a["actor_type"],
                    "country": a["country"],
                    "date": s["date"],
                    "channel": s["channel"],
                    "statement_type": s["statement_type"],
                    "text": s["text"],
                    "text_en": s["text_en"],
                    "evidence": evid.get(s["statement_id"], []),
                },
                ensure_ascii=False,
            )
            + "\n"
        )
print(f"{len(new)} new statements, {len(sample)} sampled -> {out}")
