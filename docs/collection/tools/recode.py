"""Re-code primary labels under a new codebook revision (primary pass and stance row together).

usage: python recode.py RECODE.json
RECODE.json: [{"statement_id": "STM-x", "target": "...", "stance": "favor|against|neutral",
               "confidence": "high|medium|low", "rationale": "...", "new_target": optional}, ...]
With "new_target" the unit moves to that target (it must not already be coded for the statement).
Each (statement, target) must already carry a stance row and a primary (ann-a) annotation; both
are set to the new label. Reliability passes are left as coded. Writes data/ through
write_tables, which validates; nothing is written when a pair is unknown.
"""

import sys
from pathlib import Path

from cli_guard import fail, read_json, require_args, write_or_exit

from mppdata.curation.merge import read_tables

require_args(__doc__, 1, (1,))

folder = Path(__file__).resolve().parents[3] / "data"
changes = read_json(sys.argv[1])
rows = {n: f.to_dict("records") for n, f in read_tables(folder).items()}
stance_rows = {(r["statement_id"], r["target"]): r for r in rows["stances"]}
primary = {
    (r["statement_id"], r["target"]): r for r in rows["annotations"] if r["pass"] == "primary"
}
missing = [
    f'{c["statement_id"]}/{c["target"]}'
    for c in changes
    if (c["statement_id"], c["target"]) not in stance_rows
    or (c["statement_id"], c["target"]) not in primary
]
missing += [
    f'{c["statement_id"]}/{c["new_target"]} (already coded)'
    for c in changes
    if c.get("new_target") and (c["statement_id"], c["new_target"]) in stance_rows
]
if missing:
    fail(f"{sys.argv[1]}: no stance row or primary label for {', '.join(missing)}")
for c in changes:
    key = (c["statement_id"], c["target"])
    old = stance_rows[key]["stance"]
    stance_rows[key].update(stance=c["stance"], confidence=c["confidence"], rationale=c["rationale"])
    primary[key]["stance"] = c["stance"]
    if c.get("new_target"):
        stance_rows[key]["target"] = primary[key]["target"] = c["new_target"]
    print(f"{key[0]} {key[1]}: {old} -> {c.get('new_target', key[1])} {c['stance']}")
write_or_exit(folder, rows)
