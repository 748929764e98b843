"""Prepare a closed chunk for merging: drop lines, reconcile sources/actors with data/.

usage: python prep.py CHUNK.jsonl [--drop N ...] [--fix N field=value ...]
Writes CHUNK.prepped.jsonl. Line numbers are the chunk's own (1-based, every line).
Drops: the given lines; source lines whose url is already in data/sources.csv (refs by url
resolve); actor lines whose id or name is already in data/actors.csv (statements remapped to
the existing id); then sources/actors no kept candidate uses.
"""

import csv
import json
import sys
from pathlib import Path

from cli_guard import require_args

from mppdata.validation.checks import normalize_name

require_args(__doc__, 1, (1,))

REPO = Path(__file__).resolve().parents[3]  # docs/collection/tools/ -> repository root
DATA = REPO / "data"


def main(argv):
    """Prepare one chunk (see the module docstring)."""
    path = Path(argv[0])
    drop = set()
    fixes = {}
    mode = None
    i = 1
    while i < len(argv):
        a = argv[i]
        if a == "--drop":
            mode = "drop"
        elif a == "--fix":
            n = int(argv[i + 1])
            k, v = argv[i + 2].split("=", 1)
            fixes.setdefault(n, {})[k] = json.loads(v) if v[:1] in '[{"' or v == "null" else v
            i += 2
        elif mode == "drop":
            drop.add(int(a))
        i += 1
    lines = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    urls = {r["url"]: r["source_id"] for r in csv.DictReader(open(DATA / "sources.csv", encoding="utf-8"))}
    actors = list(csv.DictReader(open(DATA / "actors.csv", encoding="utf-8")))
    ids = {a["actor_id"] for a in actors}
    names = {normalize_name(a["name"] or ""): a["actor_id"] for a in actors}
    remap = {}
    kept = []
    for n, c in enumerate(lines, 1):
        if n in drop:
            print(f"drop line {n} ({c['kind']})")
            continue
        for k, v in fixes.get(n, {}).items():
            print(f"fix line {n}: {k} = {v!r}")
            c[k] = v
        if c["kind"] == "source" and c["url"] in urls:
            print(f"line {n}: url exists as {urls[c['url']]}")
            continue
        if c["kind"] == "actor":
            if c["actor_id"] in ids:
                print(f"line {n}: actor {c['actor_id']} exists")
                continue
            if normalize_name(c["name"] or "") in names:
                remap[c["actor_id"]] = names[normalize_name(c["name"] or "")]
                print(f"line {n}: actor {c['actor_id']} -> {remap[c['actor_id']]}")
                continue
        kept.append(c)
    for c in kept:
        if c.get("actor_id") in remap and c["kind"] != "actor":
            c["actor_id"] = remap[c["actor_id"]]
        if c["kind"] == "event":
            c["actor_ids"] = [remap.get(a, a) for a in (c.get("actor_ids") or [])]
        if c["kind"] == "actor" and c.get("affiliation_id") in remap:
            c["affiliation_id"] = remap[c["affiliation_id"]]
    # actors used only as a dropped actor's affiliation go too: compute use from kept non-actor lines first
    used_src = set()
    used_act = set()
    for c in kept:
        if c["kind"] == "statement":
            used_src.add(c["source"])
            used_act.add(c["actor_id"])
        if c["kind"] == "event":
            used_src.update(c.get("sources") or [])
            used_act.update(c.get("actor_ids") or [])
            used_src.update(e.get("source") for e in c.get("evidence") or [])
        if c["kind"] == "evidence":
            used_src.add(c["source"])
    for c in kept:
        if c["kind"] == "actor" and c["actor_id"] in used_act and c.get("affiliation_id"):
            used_act.add(c["affiliation_id"])
    out = []
    for c in kept:
        if c["kind"] == "source" and c["url"] not in used_src:
            print(f"unused source {c['url'][:70]}")
            continue
        if c["kind"] == "actor" and c["actor_id"] not in used_act:
            print(f"unused actor {c['actor_id']}")
            continue
        out.append(c)
    dest = path.with_suffix(".prepped.jsonl")
    dest.write_text("".join(json.dumps(c, ensure_ascii=False) + "\n" for c in out), encoding="utf-8")
    print(
        f"{dest}: {sum(c['kind'] == 'statement' for c in out)} statements, {sum(c['kind'] == 'event' for c in out)} events, {sum(c['kind'] == 'source' for c in out)} sources, {sum(c['kind'] == 'actor' for c in out)} actors"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
