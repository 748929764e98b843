"""Give an existing English record the speaker's own Spanish words, keeping its id.

usage: python upgrade.py STM-new=STM-old [...]
STM-new is a statement just merged from a U1 chunk (its "replaces" field named STM-old). The old
record takes the new one's words, type, language, translation, channel and source; the new
one's evidence, stances and primary annotations move to the old id; the old record's evidence
rows from the same page stay, those from another page are retired; its old stances are retired; STM-new is deleted
(never released). Writes data/ through write_tables, which validates.
"""

import sys
from pathlib import Path

from cli_guard import require_args, write_or_exit

from mppdata.curation.corrections import retire
from mppdata.curation.merge import read_tables

require_args(__doc__, 1)

REPO = Path(__file__).resolve().parents[3]  # docs/collection/tools/ -> repository root
folder = REPO / "data"
rows = {n: f.to_dict("records") for n, f in read_tables(folder).items()}
st = {r["statement_id"]: r for r in rows["statements"]}
old_stances = []
old_evidence = []
for pair in sys.argv[1:]:
    new, sep, old = pair.partition("=")
    if not sep or new not in st or old not in st:
        sys.exit(f"upgrade.py: {pair!r} is not STM-new=STM-old with both ids in data/statements.csv; nothing written")
    n, o = st[new], st[old]
    if n["actor_id"] != o["actor_id"] or n["date"] != o["date"]:
        sys.exit(f"upgrade.py: {new} and {old} differ in speaker or day; nothing written")
    for k in ("text", "language", "text_en", "statement_type", "channel", "source_id"):
        o[k] = n[k]
    if not o["event_id"]:
        o["event_id"] = n["event_id"]
    old_stances += [r["stance_id"] for r in rows["stances"] if r["statement_id"] == old]
    # the old record's passages from another page cannot stay (a record's evidence cites its source)
    old_evidence += [r["evidence_id"] for r in rows["evidence"] if r["record_id"] == old and r["source_id"] != n["source_id"]]
    rows["evidence"] = [r for r in rows["evidence"] if r["evidence_id"] not in old_evidence]
    rows["stances"] = [r for r in rows["stances"] if r["statement_id"] != old]
    rows["annotations"] = [r for r in rows["annotations"] if r["statement_id"] != old]
    for table, key in (("stances", "statement_id"), ("annotations", "statement_id"), ("evidence", "record_id")):
        for r in rows[table]:
            if r[key] == new:
                r[key] = old
    rows["statements"] = [r for r in rows["statements"] if r["statement_id"] != new]
    print(f"{old} <- {new}: {o['text'][:70]}")
write_or_exit(folder, rows)
if old_evidence:
    retire(folder, old_evidence, "passage of the page a record's English paraphrase rested on (record given the speaker's Spanish words from another page)")
retire(folder, old_stances, "stance of a record given the speaker's own Spanish words (relabelled)")
