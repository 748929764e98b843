"""round 9: record ann-j's labels and the adjudicated stance rows.

usage: python apply_r8.py ../R9/ann-j.jsonl ../R9/adjudication.json
adjudication.json: {"STM-x": [{"target","stance","confidence","rationale"}, ...]} for statements whose
stance rows change; every other sampled statement keeps its primary stance rows.
"""

import json
import sys
from pathlib import Path

from mppdata.curation.corrections import apply_reliability_round
from mppdata.curation.merge import read_tables, retired_ids, write_tables

folder = Path("/work/main/data")
blind = [json.loads(line) for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines() if line.strip()]
adj = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))
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
    rows, reliability=reliability, annotator_id="ann-j", final=final, retired_ids=retired_ids(folder)
)
print(out)
if out["retired"]:
    with open(folder / "retired_ids.txt", "a", encoding="utf-8") as f:
        for i in out["retired"]:
            f.write(f"{i} stance dropped in reliability round 9 adjudication\n")
write_tables(folder, rows)
