"""Corrections applied to records already in the data: actor merges and quote trimming.

Both work on the text rows of :func:`mppdata.curation.merge.read_tables` and are written back
with :func:`mppdata.curation.merge.write_tables`, so a correction is validated like a merge.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mppdata.curation.merge import RETIRED, read_tables, write_tables
from mppdata.curation.staging import as_list

Rows = dict[str, list[dict[str, Any]]]


def merge_actors(rows: Rows, mapping: dict[str, str]) -> dict[str, int]:
    """Merge duplicate actors: drop each ``old`` id and point every reference to ``new``.

    Returns how many references were remapped per table.

    Examples
    --------
    >>> rows = {"actors": [{"actor_id": "a", "affiliation_id": ""}, {"actor_id": "b", "affiliation_id": ""}],
    ...         "statements": [{"actor_id": "b"}], "events": [{"actor_ids": "a;b"}]}
    >>> merge_actors(rows, {"b": "a"}), rows["events"][0]["actor_ids"]
    ({'statements': 1, 'events': 1, 'actors': 0}, 'a')
    """
    for old, new in mapping.items():
        if old == new or not any(r["actor_id"] == new for r in rows["actors"]):
            raise ValueError(f"cannot merge {old!r} into {new!r}: the kept id must be another existing actor")
    counts = {"statements": 0, "events": 0, "actors": 0}
    rows["actors"] = [r for r in rows["actors"] if r["actor_id"] not in mapping]
    for r in rows["statements"]:
        if r["actor_id"] in mapping:
            r["actor_id"] = mapping[r["actor_id"]]
            counts["statements"] += 1
    for r in rows["events"]:
        ids = as_list(r["actor_ids"])
        if any(i in mapping for i in ids):
            remapped = list(dict.fromkeys(mapping.get(i, i) for i in ids))
            r["actor_ids"] = ";".join(remapped)
            counts["events"] += 1
    for r in rows["actors"]:
        if r.get("affiliation_id") in mapping:
            r["affiliation_id"] = mapping[r["affiliation_id"]]
            counts["actors"] += 1
    return counts


# punctuation that closes the reporting sentence ("…," she said), not the speaker's words
REPORTING_PUNCTUATION = ",;:"


def trim_reporting_punctuation(rows: Rows) -> list[str]:
    """Drop a trailing comma, semicolon or colon from direct quotes and document excerpts.

    Returns the ids of the statements changed.

    Examples
    --------
    >>> rows = {"statements": [{"statement_id": "STM-1", "statement_type": "direct_quote", "text": "We will not sign,"}]}
    >>> trim_reporting_punctuation(rows), rows["statements"][0]["text"]
    (['STM-1'], 'We will not sign')
    """
    changed = []
    for r in rows["statements"]:
        if r["statement_type"] not in ("direct_quote", "document_excerpt"):
            continue
        trimmed = r["text"].rstrip().rstrip(REPORTING_PUNCTUATION).rstrip()
        if trimmed != r["text"]:
            r["text"] = trimmed
            changed.append(r["statement_id"])
    return changed


def retire(folder: Path, ids: list[str], reason: str) -> None:
    r"""Append ids to ``retired_ids.txt`` so they are never given out again.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> retire(folder, ["irc"], "merged into international-rescue-committee")
    >>> (folder / "retired_ids.txt").read_text()
    'irc merged into international-rescue-committee\n'
    """
    path = folder / RETIRED
    with path.open("a", encoding="utf-8") as fh:
        for rid in ids:
            fh.write(f"{rid} {reason}\n")


def apply_corrections(folder: Path, actor_mapping: dict[str, str], *, trim_quotes: bool) -> dict[str, Any]:
    """Merge actors and trim quotes in ``folder``, validate, and record the retired ids.

    Examples
    --------
    >>> import tempfile, shutil, pathlib
    >>> from mppdata.storage.resources import bundled_data_dir
    >>> folder = pathlib.Path(tempfile.mkdtemp()) / "data"
    >>> _ = shutil.copytree(bundled_data_dir(), folder)
    >>> apply_corrections(folder, {}, trim_quotes=True)["trimmed"]
    []
    """
    tables = read_tables(folder)
    rows = {name: frame.to_dict("records") for name, frame in tables.items()}
    remapped = merge_actors(rows, actor_mapping) if actor_mapping else {}
    trimmed = trim_reporting_punctuation(rows) if trim_quotes else []
    write_tables(folder, rows)
    for old, new in actor_mapping.items():
        retire(folder, [old], f"merged into {new}")
    return {"remapped": remapped, "trimmed": trimmed}


def correct_records(rows: Rows, changes: dict[str, dict[str, str]]) -> list[str]:
    """Set fields of existing statements or events: ``{record_id: {column: new value}}``.

    Every correction is listed in CHANGELOG.md with its reason; this only applies it.

    Examples
    --------
    >>> rows = {"statements": [{"statement_id": "STM-1", "date": "2025-02-03"}], "events": []}
    >>> correct_records(rows, {"STM-1": {"date": "2025-02-04"}}), rows["statements"][0]["date"]
    (['STM-1'], '2025-02-04')
    """
    index = {r["statement_id"]: r for r in rows["statements"]}
    index.update({r["event_id"]: r for r in rows["events"]})
    done = []
    for record, fields in changes.items():
        if record not in index:
            raise KeyError(f"{record} is not a statement or event of this data")
        for column, value in fields.items():
            if column not in index[record] or column.endswith("_id") and column not in ("event_id", "place_id", "actor_id"):
                raise KeyError(f"{column!r} is not a correctable column of {record}")
            index[record][column] = value
        done.append(record)
    return done


_URL_DATE = (
    r"/(20[0-9]{2})/([01]?[0-9])/([0-3]?[0-9])(?:/|$)",  # /2019/01/29/
    r"[/_-](20[0-9]{2})-([01][0-9])-([0-3][0-9])(?:[/_.-]|$)",  # /2025-01-22/ or _2019-01-29.
)


def date_from_url(url: str) -> str | None:
    """Return the publication day an address pins (``/2019/01/29/``, ``-2025-01-22``), if any.

    Examples
    --------
    >>> date_from_url("https://example.org/news/2019/01/29/mpp-begins/")
    '2019-01-29'
    >>> date_from_url("https://example.org/news/2019/01/mpp-begins/") is None
    True
    """
    import re
    from datetime import date

    for pattern in _URL_DATE:
        m = re.search(pattern, url)
        if m:
            try:
                return date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
            except ValueError:
                return None
    return None


def fill_published_dates(rows: Rows) -> list[str]:
    """Set ``published_date`` from the address where it is empty and the address pins a day.

    Examples
    --------
    >>> rows = {"sources": [{"source_id": "SRC-1", "url": "https://x.org/2020/3/11/a", "published_date": ""}]}
    >>> fill_published_dates(rows), rows["sources"][0]["published_date"]
    (['SRC-1'], '2020-03-11')
    """
    changed = []
    for r in rows["sources"]:
        if r["published_date"]:
            continue
        day = date_from_url(r["url"])
        if day is not None:
            r["published_date"] = day
            changed.append(r["source_id"])
    return changed


def drop_unused_sources(rows: Rows) -> list[str]:
    """Remove sources no statement, event, figure, place or evidence row cites any more.

    Examples
    --------
    >>> rows = {"sources": [{"source_id": "SRC-1"}, {"source_id": "SRC-2"}], "statements": [{"source_id": "SRC-1"}],
    ...         "events": [], "evidence": []}
    >>> drop_unused_sources(rows), [r["source_id"] for r in rows["sources"]]
    (['SRC-2'], ['SRC-1'])
    """
    used = {r["source_id"] for r in rows["statements"]} | {r["source_id"] for r in rows["evidence"]}
    for r in rows["events"]:
        used.update(as_list(r["source_ids"]))
    for r in rows.get("figures", []):
        used.add(r["source_id"])
    for r in rows.get("places", []):
        used.add(r["source_id"])
    dropped = [r["source_id"] for r in rows["sources"] if r["source_id"] not in used]
    rows["sources"] = [r for r in rows["sources"] if r["source_id"] in used]
    return dropped


def remove_statements(rows: Rows, ids: list[str]) -> dict[str, list[str]]:
    """Remove statements with their stances, annotations and evidence; return the ids removed.

    Used for records whose page cannot be found again and that no other page supports; the
    statement and stance ids are retired, never reused.

    Examples
    --------
    >>> rows = {"statements": [{"statement_id": "STM-1"}], "stances": [{"stance_id": "STN-1", "statement_id": "STM-1"}],
    ...         "annotations": [{"statement_id": "STM-1"}], "evidence": [{"record_id": "STM-1"}]}
    >>> remove_statements(rows, ["STM-1"])
    {'statements': ['STM-1'], 'stances': ['STN-1']}
    """
    gone = set(ids)
    missing = gone - {r["statement_id"] for r in rows["statements"]}
    if missing:
        raise KeyError(f"not statements of this data: {sorted(missing)}")
    stances = [r["stance_id"] for r in rows["stances"] if r["statement_id"] in gone]
    rows["statements"] = [r for r in rows["statements"] if r["statement_id"] not in gone]
    rows["stances"] = [r for r in rows["stances"] if r["statement_id"] not in gone]
    rows["annotations"] = [r for r in rows["annotations"] if r["statement_id"] not in gone]
    rows["evidence"] = [r for r in rows["evidence"] if r["record_id"] not in gone]
    return {"statements": sorted(gone), "stances": stances}


def drop_unused_actors(rows: Rows) -> list[str]:
    """Remove actors no statement, event, figure or other actor refers to any more.

    Examples
    --------
    >>> rows = {"actors": [{"actor_id": "a", "affiliation_id": ""}, {"actor_id": "b", "affiliation_id": ""}],
    ...         "statements": [{"actor_id": "a"}], "events": []}
    >>> drop_unused_actors(rows)
    ['b']
    """
    dropped: list[str] = []
    while True:  # an organisation may have been used only as a dropped person's affiliation
        used = {r["actor_id"] for r in rows["statements"]} | {r["affiliation_id"] for r in rows["actors"]}
        for r in rows["events"]:
            used.update(as_list(r["actor_ids"]))
        used.update(r["producer_id"] for r in rows.get("figures", []))
        now = [r["actor_id"] for r in rows["actors"] if r["actor_id"] not in used]
        if not now:
            return dropped
        dropped += now
        rows["actors"] = [r for r in rows["actors"] if r["actor_id"] in used]


def apply_reliability_round(
    rows: Rows,
    *,
    reliability: dict[str, list[dict[str, str]]],
    annotator_id: str,
    final: dict[str, list[dict[str, str]]],
    primary: dict[str, list[dict[str, str]]] | None = None,
    retired_ids: set[str] | frozenset[str] = frozenset(),
) -> dict[str, list[str]]:
    """Record a reliability round and its adjudication for a sample of statements.

    Parameters
    ----------
    rows : dict
        Text rows of every table (:func:`mppdata.curation.merge.read_tables`).
    reliability : dict
        ``{statement_id: [{"target", "stance"}, ...]}``: the blind annotator's labels, added as
        ``pass = reliability`` annotations of ``annotator_id``.
    annotator_id : str
        The reliability annotator (a new id per round).
    final : dict
        ``{statement_id: [{"target", "stance", "confidence", "rationale"}, ...]}``: the
        adjudicated stance rows that replace the statement's stance rows. A kept target keeps
        its ``stance_id``; a new target gets the next id; a dropped target's id is returned to
        be retired.
    primary : dict, optional
        Re-coded primary labels (same shape as ``reliability``) that replace the statement's
        ``ann-a`` primary annotations (a primary re-code under a revised codebook).
    retired_ids : set of str, optional
        Ids never to give out again (``data/retired_ids.txt``); new stance ids follow the
        highest live or retired one.

    Returns
    -------
    dict
        ``{"added": [new stance ids], "retired": [dropped stance ids]}``.

    Examples
    --------
    >>> rows = {"stances": [{"stance_id": "STN-00001", "statement_id": "STM-1", "target": "mpp",
    ...          "stance": "favor", "confidence": "medium", "rationale": "r"}],
    ...         "annotations": [{"statement_id": "STM-1", "target": "mpp", "annotator_id": "ann-a",
    ...          "stance": "favor", "pass": "primary"}]}
    >>> out = apply_reliability_round(rows, reliability={"STM-1": [{"target": "mpp", "stance": "favor"}]},
    ...     annotator_id="ann-x", final={"STM-1": [{"target": "mpp", "stance": "favor",
    ...     "confidence": "high", "rationale": "r"}]})
    >>> out, len(rows["annotations"]), rows["stances"][0]["confidence"]
    ({'added': [], 'retired': []}, 2, 'high')
    """
    import re

    sample = set(final)
    if set(reliability) != sample:
        raise ValueError("reliability labels and final rows must cover the same statements")
    if primary is not None:
        rows["annotations"] = [
            a
            for a in rows["annotations"]
            if not (a["statement_id"] in primary and a["annotator_id"] == "ann-a" and a["pass"] == "primary")
        ]
        for sid, labels in primary.items():
            rows["annotations"] += [
                {"statement_id": sid, "target": x["target"], "annotator_id": "ann-a", "stance": x["stance"], "pass": "primary"}
                for x in labels
            ]
    for sid, labels in reliability.items():
        rows["annotations"] += [
            {"statement_id": sid, "target": x["target"], "annotator_id": annotator_id, "stance": x["stance"], "pass": "reliability"}
            for x in labels
        ]
    used = [r["stance_id"] for r in rows["stances"]] + list(retired_ids)
    numbers = [int(m.group(1)) for u in used if (m := re.fullmatch(r"STN-([0-9]+)", u))]
    next_number = max(numbers, default=0) + 1
    kept, added, retired = [], [], []
    existing = {(r["statement_id"], r["target"]): r for r in rows["stances"] if r["statement_id"] in sample}
    for sid, stances in final.items():
        for s in stances:
            row = existing.pop((sid, s["target"]), None)
            if row is None:
                row = {"stance_id": f"STN-{next_number:05d}", "statement_id": sid, "target": s["target"]}
                next_number += 1
                added.append(row["stance_id"])
            row.update(stance=s["stance"], confidence=s["confidence"], rationale=s["rationale"])
            kept.append(row)
    retired = sorted(r["stance_id"] for r in existing.values())
    rows["stances"] = [r for r in rows["stances"] if r["statement_id"] not in sample] + kept
    return {"added": added, "retired": retired}
