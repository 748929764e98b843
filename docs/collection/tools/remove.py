"""Remove merged statements (ids retired) and the sources/actors only they used.

usage: python remove.py "reason" STM-x [STM-y ...]
"""

import sys
from pathlib import Path

from cli_guard import require_args, write_or_exit

from mppdata.curation.corrections import drop_unused_actors, drop_unused_sources, remove_statements, retire
from mppdata.curation.merge import read_tables

require_args(__doc__, 2)

REPO = Path(__file__).resolve().parents[3]  # docs/collection/tools/ -> repository root
folder = REPO / "data"
reason, ids = sys.argv[1], sys.argv[2:]
rows = {n: f.to_dict("records") for n, f in read_tables(folder).items()}
gone = remove_statements(rows, ids)
dropped = drop_unused_actors(rows), drop_unused_sources(rows)
print(gone, dropped)
write_or_exit(folder, rows)
retire(folder, gone["statements"] + gone["stances"], reason)
retire(folder, dropped[1], "source no record rests on any more (" + reason + ")")
