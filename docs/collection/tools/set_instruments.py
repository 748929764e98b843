"""Set docket numbers on court events with the passages that print them.

usage: python set_instruments.py ../D2/instruments.json
instruments.json: {"EVT-x": {"instrument": "...", "add_source_url": url, [urls] or null,
                   "evidence": [{"source": "SRC-x" or url, "excerpt": "...", "date_cue": null}]}}
Every url must already be a source (merge the source lines first). Writes data/ through
write_tables, which validates (evidence must be verbatim from a source the event cites).
"""

import sys
from pathlib import Path

from cli_guard import fail, read_json, require_args, write_or_exit

from mppdata.curation.merge import read_tables

require_args(__doc__, 1, (1,))

REPO = Path(__file__).resolve().parents[3]  # docs/collection/tools/ -> repository root
folder = REPO / "data"
rows = {n: f.to_dict("records") for n, f in read_tables(folder).items()}
by_url = {r["url"]: r["source_id"] for r in rows["sources"]}
events = {r["event_id"]: r for r in rows["events"]}
last = max(int(r["evidence_id"].split("-")[1]) for r in rows["evidence"])
specs = read_json(sys.argv[1])
known = set(by_url) | {r["source_id"] for r in rows["sources"]}


def added_urls(spec: dict) -> list[str]:
    """The spec's ``add_source_url`` as a list (it may be one url, a list or null)."""
    urls = spec.get("add_source_url") or []
    return [urls] if isinstance(urls, str) else urls


for eid, spec in specs.items():  # check every spec before changing anything
    if eid not in events:
        fail(f"{sys.argv[1]}: {eid} is not an event of this data")
    refs = added_urls(spec) + [item["source"] for item in spec.get("evidence", [])]
    if unknown := [r for r in refs if r not in known]:
        fail(f"{sys.argv[1]}: {eid}: {', '.join(unknown)} not a source of this data (merge the source lines first)")
for eid, spec in specs.items():
    ev = events[eid]
    ids = [s for s in ev["source_ids"].split(";") if s]
    for url in added_urls(spec):
        sid = by_url[url]
        if sid not in ids:
            ids.append(sid)
    ev["source_ids"] = ";".join(ids)
    ev["instrument"] = spec["instrument"]
    for item in spec["evidence"]:
        last += 1
        src = item["source"] if item["source"].startswith("SRC-") else by_url[item["source"]]
        rows["evidence"].append(
            {"evidence_id": f"EVD-{last:05d}", "record_id": eid, "source_id": src,
             "excerpt": item["excerpt"], "date_cue": item["date_cue"] or ""}
        )
    print(eid, ev["instrument"], ev["source_ids"])
write_or_exit(folder, rows)
