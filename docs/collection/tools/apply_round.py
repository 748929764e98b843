"""Record a blind reliability pass's labels and the adjudicated stance rows.

usage: python apply_round.py ANNOTATOR ROUND BLIND_LABELS.jsonl ADJUDICATION.json
  e.g. python apply_round.py ann-j 9 ../0.7.0/R9/ann-j.jsonl ../0.7.0/R9/adjudication.json
ADJUDICATION.json: {"STM-x": [{"target","stance","confidence","rationale"}, ...]} for statements
whose stance rows change; every other coded statement keeps its primary stance rows.
"""

import sys
from pathlib import Path

from cli_guard import read_json, require_args, write_or_exit

from mppdata.curation.corrections import apply_reliability_round
from mppdata.curation.merge import read_tables, retired_ids

require_args(__doc__, 4, (3, 4))

folder = Path(__file__).resolve().parents[3] / "data"
annotator, round_no = sys.argv[1], sys.argv[2]
blind = read_json(sys.argv[3], lines=True)
adj = read_json(sys.argv[4])
rows = {n: f.to_dict("records") for n, f in read_tables(folder).items()}
reliability = {
    b["statement_id"]: [{"target": x["target"], "stance": x["stance"]} for x in b["labels"]] for b in blind
}
final = {}
for sid in reliability:
    final[sid] = adj.get(sid) or [
        {k: r[k] for k in ("target", "stance", "confidence", "rationale")}
        for r in rows["stances"]
        if r["statement_id"] == sid
    ]
out = apply_reliability_round(
    rows, reliability=reliability, annotator_id=annotator, final=final, retired_ids=retired_ids(folder)
)
print(out)
if out["retired"]:
    with open(folder / "retired_ids.txt", "a", encoding="utf-8") as f:
        for i in out["retired"]:
            f.write(f"{i} stance dropped in reliability round {round_no} adjudication\n")
write_or_exit(folder, rows)
