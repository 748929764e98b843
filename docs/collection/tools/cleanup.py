"""Drop actors and sources no record uses any more (after a merge left one behind)."""

from pathlib import Path

from cli_guard import write_or_exit

from mppdata.curation.corrections import drop_unused_actors, drop_unused_sources
from mppdata.curation.merge import read_tables

REPO = Path(__file__).resolve().parents[3]  # docs/collection/tools/ -> repository root
folder = REPO / "data"
rows = {n: f.to_dict("records") for n, f in read_tables(folder).items()}
print(drop_unused_actors(rows), drop_unused_sources(rows))
write_or_exit(folder, rows)
