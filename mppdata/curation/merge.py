"""Merging a checked batch into a data folder: new ids, sorted CSVs, fresh descriptor, validation.

Ids continue after the highest id ever used in a table (live or retired, see
``data/retired_ids.txt``), so a retired id is never given out again. The folder is changed only
if the merged data validates; otherwise every file is put back as it was.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mppdata.contract.errors import MppdataError, ValidationError
from mppdata.contract.tables import TABLES
from mppdata.curation.checks import CandidateProblem, check_batch
from mppdata.curation.staging import Candidate, as_list, read_batch

if TYPE_CHECKING:
    import pandas as pd

RETIRED = "retired_ids.txt"
PREFIX = {
    "sources": "SRC",
    "events": "EVT",
    "statements": "STM",
    "figures": "FIG",
    "stances": "STN",
    "evidence": "EVD",
}


class CurationError(MppdataError):
    """A batch could not be merged (the data would not validate); nothing was changed."""


@dataclass
class MergeReport:
    """What :func:`merge_batch` did: ids given per table and the candidates it rejected."""

    added: dict[str, list[str]] = field(default_factory=dict)
    rejected: list[CandidateProblem] = field(default_factory=list)
    dry_run: bool = False

    def __str__(self) -> str:
        verb = "would add" if self.dry_run else "added"
        counts = ", ".join(f"{len(ids)} {name}" for name, ids in self.added.items() if ids) or "nothing"
        lines = [f"{verb}: {counts}"]
        if self.rejected:
            lines.append(f"rejected {len({p.line for p in self.rejected})} candidate(s):")
            lines += [f"  {p}" for p in self.rejected]
        return "\n".join(lines)


def read_tables(folder: Path) -> dict[str, pd.DataFrame]:
    """Read every table file of ``folder`` as text (empty cells ``""``), strictly.

    Examples
    --------
    >>> from mppdata.storage.resources import bundled_data_dir
    >>> sorted(read_tables(bundled_data_dir()))[:2]
    ['actors', 'annotations']
    """
    from mppdata.storage.reading import read_raw

    return {name: read_raw(folder / spec.file).fillna("") for name, spec in TABLES.items()}


def retired_ids(folder: Path) -> set[str]:
    """Return the ids listed in ``folder/retired_ids.txt`` (first word of each line).

    Examples
    --------
    >>> from mppdata.storage.resources import bundled_data_dir
    >>> "EVT-00002" in retired_ids(bundled_data_dir())
    True
    """
    path = folder / RETIRED
    if not path.is_file():
        return set()
    return {
        line.split()[0]
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }


class _Ids:
    def __init__(self, tables: dict[str, pd.DataFrame], retired: set[str]) -> None:
        self.next: dict[str, int] = {}
        for table, prefix in PREFIX.items():
            key = TABLES[table].primary_key[0]
            used = list(tables[table][key]) + [r for r in retired if r.startswith(prefix + "-")]
            numbers = [int(m.group(1)) for u in used if (m := re.fullmatch(rf"{prefix}-([0-9]+)", str(u)))]
            self.next[table] = max(numbers, default=0) + 1

    def take(self, table: str) -> str:
        number = self.next[table]
        self.next[table] += 1
        return f"{PREFIX[table]}-{number:05d}"


def merge_batch(
    batch: str | Path, data_dir: str | Path | None = None, *, dry_run: bool = False
) -> MergeReport:
    r"""Check a staged batch and merge the candidates that pass into ``data_dir``.

    Parameters
    ----------
    batch : str or Path
        A JSON Lines file in the staging format (:mod:`mppdata.curation.staging`).
    data_dir : str or Path, optional
        The data folder (default: the repository's ``data/``).
    dry_run : bool, default False
        Check and assign ids, but write nothing.

    Returns
    -------
    MergeReport
        The ids added per table and every rejected candidate with the check it failed.

    Raises
    ------
    CurationError
        If the merged data would not validate; the folder is left unchanged.

    Examples
    --------
    >>> import tempfile, shutil, pathlib, json
    >>> from mppdata.storage.resources import bundled_data_dir
    >>> folder = pathlib.Path(tempfile.mkdtemp()) / "data"
    >>> _ = shutil.copytree(bundled_data_dir(), folder)
    >>> batch = folder.parent / "b.jsonl"
    >>> _ = batch.write_text(json.dumps({"kind": "actor", "actor_id": "example-ngo", "name": "Example NGO", "actor_type": "ngo"}) + "\n")
    >>> merge_batch(batch, folder).added["actors"]
    ['example-ngo']
    """
    from mppdata.storage.resources import bundled_data_dir

    if data_dir is None:
        folder = bundled_data_dir()
        if not (folder.parent / "pyproject.toml").is_file():
            raise CurationError(
                f"{folder} is the data of an installed package, not a source checkout; merge into a "
                "checkout's data/ or pass the folder to change (--data DIR)"
            )
    else:
        folder = Path(data_dir)
        if not folder.is_dir():
            raise CurationError(f"{folder} is not a folder; pass the data folder holding the table files")
    candidates = read_batch(batch)
    tables = read_tables(folder)
    retired = retired_ids(folder)
    rejected = check_batch(candidates, tables, retired)
    bad = {p.line for p in rejected}
    accepted = [c for c in candidates if c.line not in bad]
    rows = {name: frame.to_dict("records") for name, frame in tables.items()}
    added = _apply(accepted, rows, _Ids(tables, retired))
    report = MergeReport(added=added, rejected=rejected, dry_run=dry_run)
    if not dry_run and any(added.values()):
        write_tables(folder, rows)
    return report


def _apply(
    candidates: list[Candidate], rows: dict[str, list[dict[str, Any]]], ids: _Ids
) -> dict[str, list[str]]:
    added: dict[str, list[str]] = {name: [] for name in TABLES}
    url_to_id = {r["url"]: r["source_id"] for r in rows["sources"]}

    def source_id(ref: str) -> str:
        return url_to_id.get(ref, ref)

    def evidence(record: str, source: str, item: dict[str, Any]) -> None:
        eid = ids.take("evidence")
        rows["evidence"].append(
            {
                "evidence_id": eid,
                "record_id": record,
                "source_id": source,
                "excerpt": item["excerpt"],
                "date_cue": item.get("date_cue") or "",
            }
        )
        added["evidence"].append(eid)

    columns = {name: _columns(name) for name in TABLES}
    for c in (c for c in candidates if c.kind == "source"):
        sid = ids.take("sources")
        row = {col: _cell(c.get(col)) for col in columns["sources"]}
        row["source_id"] = sid
        rows["sources"].append(row)
        url_to_id[row["url"]] = sid
        added["sources"].append(sid)
    for c in (c for c in candidates if c.kind == "actor"):
        rows["actors"].append({col: _cell(c.get(col)) for col in columns["actors"]})
        added["actors"].append(c.get("actor_id"))
    for c in (c for c in candidates if c.kind == "place"):
        row = {col: _cell(c.get(col)) for col in columns["places"]}
        row["source_id"] = source_id(row["source_id"]) if row["source_id"] else ""
        rows["places"].append(row)
        added["places"].append(c.get("place_id"))
    for c in (c for c in candidates if c.kind == "event"):
        eid = ids.take("events")
        row = {col: _cell(c.get(col)) for col in columns["events"]}
        row.update(event_id=eid, source_ids=";".join(source_id(s) for s in as_list(c.get("sources"))))
        row["actor_ids"] = ";".join(as_list(c.get("actor_ids")))
        rows["events"].append(row)
        added["events"].append(eid)
        for item in c.get("evidence"):
            evidence(eid, source_id(str(item["source"])), item)
    for c in (c for c in candidates if c.kind == "statement"):
        sid = ids.take("statements")
        row = {col: _cell(c.get(col)) for col in columns["statements"]}
        row.update(statement_id=sid, source_id=source_id(c.get("source")))
        rows["statements"].append(row)
        added["statements"].append(sid)
        for item in c.get("evidence"):
            evidence(sid, row["source_id"], item)
        for stance in c.get("stances") or []:
            tid = ids.take("stances")
            rows["stances"].append(
                {
                    "stance_id": tid,
                    "statement_id": sid,
                    **{k: stance[k] for k in ("target", "stance", "confidence", "rationale")},
                }
            )
            rows["annotations"].append(
                {
                    "statement_id": sid,
                    "target": stance["target"],
                    "annotator_id": stance.get("annotator_id", "ann-a"),
                    "stance": stance["stance"],
                    "pass": "primary",
                }
            )
            added["stances"].append(tid)
    for c in (c for c in candidates if c.kind == "figure"):
        fid = ids.take("figures")
        row = {col: _cell(c.get(col)) for col in columns["figures"]}
        row.update(figure_id=fid, source_id=source_id(c.get("source")))
        rows["figures"].append(row)
        added["figures"].append(fid)
        for item in c.get("evidence"):
            evidence(fid, row["source_id"], item)
    by_event = {r["event_id"]: r for r in rows["events"]}
    by_statement = {r["statement_id"]: r for r in rows["statements"]}
    for c in (c for c in candidates if c.kind == "evidence"):
        sid = source_id(c.get("source"))
        record = c.get("record_id")
        if c.get("cite") and record in by_event and sid not in as_list(by_event[record]["source_ids"]):
            by_event[record]["source_ids"] = ";".join([*as_list(by_event[record]["source_ids"]), sid])
        if c.get("cite") and record in by_statement and by_statement[record]["source_id"] != sid:
            # re-sourced: the statement now rests on this page; its old evidence rows go with the old page
            old = by_statement[record]["source_id"]
            by_statement[record]["source_id"] = sid
            rows["evidence"] = [
                e for e in rows["evidence"] if not (e["record_id"] == record and e["source_id"] == old)
            ]
        evidence(record, sid, c.fields)
    return added


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, list):
        return ";".join(str(v) for v in value)
    return str(value)


def _columns(name: str) -> list[str]:
    from mppdata.storage.resources import table_schema

    return [f["name"] for f in table_schema(name)["fields"]]


def write_tables(folder: Path, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Write the tables sorted by key, regenerate datapackage.json and validate; undo on failure.

    Examples
    --------
    >>> import tempfile, shutil, pathlib
    >>> from mppdata.storage.resources import bundled_data_dir
    >>> folder = pathlib.Path(tempfile.mkdtemp()) / "data"
    >>> _ = shutil.copytree(bundled_data_dir(), folder)
    >>> write_tables(folder, {n: f.to_dict("records") for n, f in read_tables(folder).items()})
    """
    from mppdata import __version__
    from mppdata.release.generate import _dump, datapackage
    from mppdata.storage import checksums, resources
    from mppdata.validation.checks import validate

    before = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    known = {_key(p) for p in validate(folder).problems}
    try:
        for name, spec in TABLES.items():
            columns = _columns(name)
            key = list(spec.primary_key)
            ordered = sorted(rows[name], key=lambda r: tuple(str(r[k]) for k in key))
            out = io.StringIO()
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(columns)
            writer.writerows([[_cell(r.get(c)) for c in columns] for r in ordered])
            (folder / spec.file).write_text(out.getvalue(), encoding="utf-8")
        (folder / resources.DESCRIPTOR).write_text(
            _dump(datapackage(folder, __version__)), encoding="utf-8", newline="\n"
        )
        resources._read_descriptor.cache_clear()
        checksums._VERIFIED.clear()
        # the merge may not make the data worse: a problem it did not bring is reported by
        # `mppdata validate`, not blamed on the batch
        new = [p for p in validate(folder).problems if _key(p) not in known]
        if new:
            raise ValidationError(new)
    except BaseException as exc:
        for name, data in before.items():
            (folder / name).write_bytes(data)
        for path in folder.iterdir():
            if path.is_file() and path.name not in before:
                path.unlink()  # a file this merge created (e.g. the first datapackage.json)
        resources._read_descriptor.cache_clear()
        if isinstance(exc, ValidationError):
            raise CurationError(f"the merged data would not validate, nothing was changed:\n{exc}") from None
        raise


def _key(problem: Any) -> tuple[Any, ...]:
    """A problem without its row number (sorting after a merge moves rows)."""
    return (problem.file, problem.rule, problem.column, str(problem.value))
