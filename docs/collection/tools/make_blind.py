"""Write a blind file for a reliability round: a stratified random sample (year x language) of
the statements added since a baseline, with speaker, role, date, channel and words (and, with
--evidence, the evidence passages); never the labels.

usage: python make_blind.py FRACTION OUT.jsonl --baseline IDS [--extra IDS] [--seed N] [--evidence]
  IDS files: statement ids, one per line. --baseline: the previous release's ids (left out);
  --extra: baseline ids to include anyway (records given new words in this release).
Round 8 used: 1.0 --seed 8 (no evidence); round 9: 1.0 --seed 9 --evidence.
"""

import argparse
import csv
import json
import math
import random
from collections import defaultdict
from pathlib import Path

D = Path(__file__).resolve().parents[3] / "data"
ap = argparse.ArgumentParser()
ap.add_argument("fraction", type=float)
ap.add_argument("out", type=Path)
ap.add_argument("--baseline", type=Path, required=True)
ap.add_argument("--extra", type=Path)
ap.add_argument("--seed", type=int, default=9)
ap.add_argument("--evidence", action="store_true")
args = ap.parse_args()
base = set(args.baseline.read_text().split())
if args.extra:
    base -= set(args.extra.read_text().split())
evid: dict[str, list[str]] = {}
for e in csv.DictReader(open(D / "evidence.csv", encoding="utf-8")):
    evid.setdefault(e["record_id"], []).append(e["excerpt"])
actors = {a["actor_id"]: a for a in csv.DictReader(open(D / "actors.csv", encoding="utf-8"))}
new = [s for s in csv.DictReader(open(D / "statements.csv", encoding="utf-8")) if s["statement_id"] not in base]
strata = defaultdict(list)
for s in new:
    strata[(s["date"][:4], s["language"])].append(s)
rng = random.Random(args.seed)
sample = []
for k in sorted(strata):
    rows = sorted(strata[k], key=lambda r: r["statement_id"])
    sample += rng.sample(rows, max(1, math.ceil(args.fraction * len(rows))))
sample.sort(key=lambda r: r["statement_id"])
with open(args.out, "w", encoding="utf-8") as f:
    for s in sample:
        a = actors[s["actor_id"]]
        line = {
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
        }
        if args.evidence:
            line["evidence"] = evid.get(s["statement_id"], [])
        f.write(json.dumps(line, ensure_ascii=False) + "\n")
print(f"{len(new)} new statements, {len(sample)} sampled -> {args.out}")
