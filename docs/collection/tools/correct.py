"""Apply field corrections to existing statements/events: python correct.py changes.json
changes.json: {"EVT-00419": {"instrument": "..."}, ...}. Validates on write (undone on failure).
"""

import json
import sys
from pathlib import Path

from cli_guard import require_args

from mppdata.curation.corrections import correct_records
from mppdata.curation.merge import read_tables, write_tables

require_args(__doc__, 1, (1,))

REPO = Path(__file__).resolve().parents[3]  # docs/collection/tools/ -> repository root
folder = REPO / "data"
rows = {n: f.to_dict("records") for n, f in read_tables(folder).items()}
print(correct_records(rows, json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))))
write_tables(folder, rows)
