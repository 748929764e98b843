"""Record-level differences between two releases or two folders of table files.

``diff(old, new)`` compares each table by primary key and lists the records added, removed
and changed, with every changed field's old and new value. ``old`` and ``new`` are folders
holding the CSV files, or version strings (the bundled version is read locally, others
from the Hub).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mppdata.contract.errors import MppdataError
from mppdata.contract.tables import TABLES

if TYPE_CHECKING:
    import pandas as pd


@dataclass
class TableDiff:
    """Differences in one table: ids added and removed, and changed fields per id."""

    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, dict[str, tuple[Any, Any]]] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        """True when nothing differs."""
        return not (self.added or self.removed or self.changed)


@dataclass
class DiffReport:
    """Per-table differences between ``old`` and ``new``."""

    old: str
    new: str
    tables: dict[str, TableDiff]

    def to_dict(self) -> dict[str, Any]:
        """Return the report as a JSON-ready dict.

        Examples
        --------
        >>> DiffReport("a", "b", {"sources": TableDiff()}).to_dict()["tables"]["sources"]["added"]
        []
        """
        return {
            "old": self.old,
            "new": self.new,
            "tables": {
                name: {
                    "added": d.added,
                    "removed": d.removed,
                    "changed": {
                        k: {f: {"old": o, "new": n} for f, (o, n) in v.items()} for k, v in d.changed.items()
                    },
                }
                for name, d in self.tables.items()
            },
        }

    def to_json(self) -> str:
        """Return :meth:`to_dict` as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2)

    def __str__(self) -> str:
        lines = [f"diff {self.old} -> {self.new}"]
        for name, d in self.tables.items():
            lines.append(f"{name}: {len(d.added)} added, {len(d.removed)} removed, {len(d.changed)} changed")
            lines += [f"  + {i}" for i in d.added]
            lines += [f"  - {i}" for i in d.removed]
            for key, fields in d.changed.items():
                lines.append(f"  ~ {key}")
                lines += [f"      {f}: {o!r} -> {n!r}" for f, (o, n) in fields.items()]
        return "\n".join(lines)


def _as_text(frame: pd.DataFrame) -> pd.DataFrame:
    """Render every cell as its CSV text so both sides compare exactly."""
    import pandas as pd

    out = {}
    for col in frame.columns:
        values = []
        for v in frame[col]:
            if isinstance(v, list):
                values.append(";".join(v))
            elif v is None or (not isinstance(v, str) and pd.isna(v)):
                values.append("")
            elif isinstance(v, pd.Timestamp):
                values.append(v.date().isoformat())
            else:
                values.append(str(v))
        out[col] = values
    return pd.DataFrame(out)


class DiffError(MppdataError):
    """A side of a diff cannot be read as a release (missing, malformed or ambiguous tables)."""


def _load_side(side: str | Path) -> dict[str, pd.DataFrame]:
    from mppdata import __version__

    if str(side).strip() == "":
        raise DiffError("an empty path was given; pass a folder of table files or a version like 0.2.0")
    path = Path(side)
    if path.is_dir():
        return _read_folder(path)
    version = str(side).removeprefix("v")
    if version and version[0].isdigit() and "/" not in version:
        from mppdata.loading.loaders import load_table

        return {
            name: _as_text(load_table(name, version=version if version != __version__ else None))
            for name in TABLES
        }
    raise DiffError(f"{side!r} is neither a folder nor a version like 0.2.0")


def _read_folder(path: Path) -> dict[str, pd.DataFrame]:
    from mppdata.storage.reading import read_table_text

    tables = {}
    present = [spec for spec in TABLES.values() if (path / spec.file).exists()]
    if not present:
        raise DiffError(
            f"{path} holds none of the table files ({', '.join(s.file for s in TABLES.values())})"
        )
    for name, spec in TABLES.items():
        if spec not in present:
            continue  # a table this release does not have (e.g. evidence before 0.3.0): absent
        frame, problems = read_table_text(path / spec.file, file=spec.file)
        if problems:
            first = problems[0]
            where = f", row {first.row}" if first.row is not None else ""
            raise DiffError(
                f"cannot compare {path / spec.file}{where}: [{first.rule}] {first.message}; "
                f"run `mppdata validate {path}` for every problem"
            )
        assert frame is not None
        key = list(spec.primary_key)
        absent = [k for k in key if k not in frame.columns]
        if absent:
            raise DiffError(
                f"{path / spec.file} has no {', '.join(absent)} column, so its records have no ids"
            )
        ids = frame[key].fillna("").agg("|".join, axis=1)
        repeated = ids[ids.duplicated()]
        if len(repeated):
            raise DiffError(
                f"{path / spec.file}: id {repeated.iloc[0]!r} occurs more than once "
                f"(row {int(repeated.index[0]) + 1}); a diff needs unique ids"
            )
        tables[name] = _as_text(frame)
    return tables


def _record_ids(frame: pd.DataFrame, key: list[str]) -> pd.Index:
    import pandas as pd

    if not len(frame):
        return pd.Index([], dtype=object)
    return pd.Index(frame[key].agg("|".join, axis=1))


def diff(old: str | Path, new: str | Path) -> DiffReport:
    """Compare two releases (folders or versions) record by record.

    Parameters
    ----------
    old, new : str or Path
        Folders holding the table CSV files, or data versions (``"0.1.0"`` or ``"v0.1.0"``).

    Returns
    -------
    DiffReport
        Per table: ids added, ids removed, and for changed ids each changed field's old and
        new value. Ids are the primary key (joined with ``|`` for composite keys).

    Examples
    --------
    >>> import mppdata
    >>> report = mppdata.diff(mppdata.__version__, mppdata.__version__)
    >>> all(d.empty for d in report.tables.values())
    True
    """
    a, b = _load_side(old), _load_side(new)
    tables = {}
    for name, spec in TABLES.items():
        if name not in a and name not in b:
            continue
        key = list(spec.primary_key)
        empty = (b if name in b else a)[name].iloc[0:0]
        a.setdefault(name, empty)  # a table one release lacks: all its records added or removed
        b.setdefault(name, empty)
        ta = a[name].set_index(_record_ids(a[name], key))
        tb = b[name].set_index(_record_ids(b[name], key))
        d = TableDiff(
            added=sorted(set(tb.index) - set(ta.index)),
            removed=sorted(set(ta.index) - set(tb.index)),
        )
        common_cols = [c for c in tb.columns if c in ta.columns]
        for rid in sorted(set(ta.index) & set(tb.index)):
            ra, rb = ta.loc[rid], tb.loc[rid]
            changed = {c: (ra[c] or None, rb[c] or None) for c in common_cols if ra[c] != rb[c]}
            if changed:
                d.changed[rid] = changed
        tables[name] = d
    return DiffReport(str(old), str(new), tables)
