"""Rewrite the rows of docs/codebook.md's table "Every round recomputed on the shipped labels"
from mppdata.agreement() on the current data (run after records are removed).
"""

import csv
import re
from pathlib import Path

import mppdata

REPO = Path(__file__).resolve().parents[3]
p = REPO / "docs" / "codebook.md"
with open(REPO / "data" / "annotations.csv", encoding="utf-8") as f:
    reliability = sorted({r["annotator_id"] for r in csv.DictReader(f)} - {"ann-a"})
s = p.read_text(encoding="utf-8")
for ann in reliability:
    r = mppdata.agreement(annotator_b=ann)
    row = (
        f"| `{ann}` | {r.n_units} | {r.n_statements} | {r.alpha:.3f} | {r.kappa:.3f} | "
        f"{r.raw_agreement:.3f} | {r.alpha_with_target_choice:.3f} | {r.units_coded_by_one_pass} |"
    )
    s, n = re.subn(rf"^\| `{ann}` \| .*$", row, s, count=1, flags=re.M)
    print(row if n else f"no row for {ann}")
p.write_text(s, encoding="utf-8")
