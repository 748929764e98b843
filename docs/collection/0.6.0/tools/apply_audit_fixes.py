"""Apply the audit's fix-only findings that the curator accepted (docs/collection/0.6.0/audit/).

usage: python apply_audit_fixes.py   (writes data/ through write_tables, which validates)
"""

import json
from pathlib import Path

from mppdata.curation.corrections import correct_records, drop_unused_actors, retire
from mppdata.curation.merge import read_tables, write_tables

folder = Path("/work/main/data")
audit = Path(__file__).parent.parent / "audit"
findings = {}
for k in "ABCD":
    for line in (audit / f"findings_{k}.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            f = json.loads(line)
            findings.setdefault(f["record_id"], []).append(f)

ORG = {  # re-attributed to the organisation whose release the passage shows (S1)
    "STM-00083": "amnesty-international-usa", "STM-00333": "aila", "STM-00334": "aila",
    "STM-00349": "nilc", "STM-00454": "texas-governor", "STM-00508": "fair", "STM-00509": "fair",
    "STM-00656": "aclu-san-diego", "STM-00657": "aclu-san-diego", "STM-00796": "alianza-americas",
    "STM-00833": "cgrs", "STM-00834": "nilc", "STM-00835": "nilc", "STM-00836": "nilc",
    "STM-00850": "global-refuge", "STM-00851": "global-refuge", "STM-00852": "refugees-international",
    "STM-00895": "amnesty-international-usa", "STM-00896": "amnesty-international-usa",
    "STM-00910": "aila", "STM-00843": "refugees-international", "STM-00263": "cem",
    "STM-00557": "rick-allen", "STM-00503": "kevin-hern",
}
KEEP_TYPE = {"STM-00843", "STM-00263", "STM-00557", "STM-00503", "STM-00083"}
changes: dict[str, dict[str, str]] = {}
for sid, actor in ORG.items():
    changes[sid] = {"actor_id": actor}
    if sid not in KEEP_TYPE:
        changes[sid]["statement_type"] = "document_excerpt"
changes["STM-00363"] = {"actor_id": "us-state-department"}
changes["STM-00329"] = {"statement_type": "document_excerpt"}
# texts: paraphrases cut to their passages (S4), quotes widened to the sentence naming their
# subject (S6), a tweet's leading period and a PDF's line breaks (S2), an outlet's English
# rendering of Ebrard turned into a paraphrase (S2)
TEXT = ["STM-00192", "STM-00322", "STM-00323", "STM-00359", "STM-00371", "STM-00401", "STM-00462",
        "STM-00545", "STM-00600", "STM-00603", "STM-00607", "STM-00633", "STM-00660", "STM-00879",
        "STM-00087", "STM-00271", "STM-00284", "STM-00432", "STM-00859", "STM-00536", "STM-00897",
        "STM-00016"]
for sid in TEXT:
    fix = next(f["fix"] for f in findings[sid] if f["severity"] == "fix" and f["check"] in ("S2", "S4", "S6"))
    if fix.startswith("statement_type paraphrase; text: "):
        changes.setdefault(sid, {})["statement_type"] = "paraphrase"
        fix = fix.split("text: ", 1)[1]
    elif fix.startswith("text: "):
        fix = fix[len("text: "):]
    changes.setdefault(sid, {})["text"] = fix
ROLES = {
    "marco-rubio": "U.S. Senator (R-Florida) in 2021–2022; U.S. Secretary of State (2025– )",
    "kamala-harris": "U.S. Senator (D-California) in 2019; Vice President of the US and Democratic presidential nominee (2024)",
    "melissa-crow": "Senior supervising attorney, Southern Poverty Law Center (2019); Director of Litigation, Center for Gender & Refugee Studies (2025)",
    "omer-badilla": "Vice-minister of Interior and Police (Gobernación y Policía) and director of Migración y Extranjería, Costa Rica (2025)",
}
rows = {n: f.to_dict("records") for n, f in read_tables(folder).items()}
print(len(correct_records(rows, changes)), "statements corrected")
for r in rows["actors"]:
    if r["actor_id"] in ROLES:
        r["role"] = ROLES[r["actor_id"]]
dropped = drop_unused_actors(rows)
print("actors no statement uses any more:", dropped)
write_tables(folder, rows)
retire(folder, dropped, "actor no record refers to any more (0.6.0 audit: statements re-attributed to the organisation whose release the passage shows)")
