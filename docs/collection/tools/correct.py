"""Apply field corrections to existing statements/events/sources: python correct.py changes.json
changes.json: {"EVT-00419": {"instrument": "..."}, "SRC-01790": {"published_date": null}, ...}.
Source rows take title, publisher, published_date, author and source_type. Validates on write
(nothing written on failure).
"""

import sys
from pathlib import Path

from cli_guard import fail, read_json, require_args, write_or_exit

from mppdata.curation.corrections import correct_records
from mppdata.curation.merge import read_tables

require_args(__doc__, 1, (1,))

REPO = Path(__file__).resolve().parents[3]  # docs/collection/tools/ -> repository root
folder = REPO / "data"
rows = {n: f.to_dict("records") for n, f in read_tables(folder).items()}
changes = read_json(sys.argv[1])
sources = {r["source_id"]: r for r in rows["sources"]}
for sid in [k for k in changes if k.startswith("SRC-")]:
    fields = changes.pop(sid)
    bad = set(fields) - {"title", "publisher", "published_date", "author", "source_type"}
    if sid not in sources or bad:
        fail(f"{sys.argv[1]}: {sid} is not a source of this data or {sorted(bad)} not correctable")
    sources[sid].update(fields)
    print(sid, fields)
try:
    print(correct_records(rows, changes))
except KeyError as exc:
    fail(f"{sys.argv[1]}: {exc.args[0]}")
write_or_exit(folder, rows)
