"""Validation of a folder of table files: every problem at once, none as a traceback.

:func:`validate` reads each table file as text, checks the file itself (presence,
encoding, CSV syntax, header), runs the table's pandera model lazily, then checks the
rules that span tables. Each problem names file, row, column, value and the rule broken;
the rule codes are listed in :data:`RULES` and in docs/schema.md.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mppdata.contract.errors import MppdataError, Problem, ValidationError
from mppdata.contract.rules import RULES, display_pattern
from mppdata.contract.tables import TABLES, TableSpec
from mppdata.storage.reading import split_list

if TYPE_CHECKING:
    import pandas as pd

EARLIEST_DATE = date(2018, 1, 1)


SHOWN_PER_RULE = 20


class DataDirError(MppdataError, FileNotFoundError):
    """The folder to validate does not exist or is not a folder."""


@dataclass
class ValidationReport:
    """The outcome of :func:`validate`.

    Attributes
    ----------
    data_dir : str
        The folder that was validated.
    problems : list of Problem
        Every problem found, in file order.
    """

    data_dir: str
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when no problem was found."""
        return not self.problems

    def rules(self) -> set[str]:
        """Return the set of rule codes broken."""
        return {p.rule for p in self.problems}

    def raise_for_problems(self) -> None:
        """Raise :class:`ValidationError` if any problem was found."""
        if self.problems:
            raise ValidationError(self.problems)

    def __str__(self) -> str:
        return self.format()

    def format(self, per_rule: int | None = SHOWN_PER_RULE) -> str:
        """Render the report as text, at most ``per_rule`` problems per (file, rule).

        The rest of each group is counted on one line, so a file with 100,000 duplicate
        rows stays readable; ``per_rule=None`` shows everything (``problems`` always holds all).

        Examples
        --------
        >>> import mppdata
        >>> mppdata.validate().format().endswith(": valid")
        True
        """
        if self.ok:
            return f"{self.data_dir}: valid"
        lines = [f"{self.data_dir}: {len(self.problems)} problem(s)"]
        shown: dict[tuple[str, str], int] = {}
        for p in self.problems:
            key = (p.file, p.rule)
            shown[key] = shown.get(key, 0) + 1
            if per_rule is None or shown[key] <= per_rule:
                lines.append(f"  {p}")
        if per_rule is not None:
            lines += [
                f"  {file}: ... and {n - per_rule} more [{rule}] problem(s) not shown (--all or --json lists every one)"
                for (file, rule), n in shown.items()
                if n > per_rule
            ]
        return "\n".join(lines)


def validate(data_dir: str | Path | None = None) -> ValidationReport:
    """Validate a folder of table files (default: the bundled data).

    Parameters
    ----------
    data_dir : str or Path, optional
        Folder holding ``sources.csv``, ``actors.csv`` and the other table files.

    Returns
    -------
    ValidationReport
        ``report.ok`` is True when valid; ``report.problems`` lists every problem.

    Raises
    ------
    DataDirError
        If ``data_dir`` is not an existing folder.

    Examples
    --------
    >>> import mppdata
    >>> mppdata.validate().ok
    True
    """
    from mppdata.storage.resources import bundled_data_dir

    if data_dir is not None and str(data_dir).strip() == "":
        raise DataDirError("an empty path was given; pass the folder holding the table files")
    folder = bundled_data_dir() if data_dir is None else Path(data_dir)
    if not folder.is_dir():
        raise DataDirError(f"{folder} is not a folder; pass a folder holding the table files")
    problems: list[Problem] = _checksums(folder)
    raw: dict[str, pd.DataFrame] = {}
    for spec in TABLES.values():
        frame, found = _read_file(folder, spec)
        problems += found
        if frame is not None:
            raw[spec.name] = frame
    typed: dict[str, pd.DataFrame] = {}
    for name in list(raw):
        found, typed[name] = _check_model(TABLES[name], raw.pop(name))  # the text frame is freed here
        problems += found
    problems += _cross_table(typed)
    return ValidationReport(str(folder), problems)


def _read_file(folder: Path, spec: TableSpec) -> tuple[pd.DataFrame | None, list[Problem]]:
    from mppdata.storage.reading import read_table_text

    return read_table_text(folder / spec.file, file=spec.file, columns=_schema_columns(spec.name))


@cache
def _schema(name: str):  # type: ignore[no-untyped-def]
    from mppdata.contract.models import model_for

    return model_for(name).to_schema()


def _schema_columns(name: str) -> list[str]:
    return list(_schema(name).columns)


def _checksums(folder: Path) -> list[Problem]:
    """Compare each file with the sha256 in the folder's datapackage.json, if it has one."""
    import json

    from mppdata.storage.checksums import sha256_of
    from mppdata.storage.reading import file_problem
    from mppdata.storage.resources import DESCRIPTOR

    path = folder / DESCRIPTOR
    if file_problem(path, DESCRIPTOR) is not None:
        return []  # a folder without a descriptor has no recorded hashes to compare
    try:
        resources = json.loads(path.read_text(encoding="utf-8"))["resources"]
        recorded = {r["path"]: r["hash"].removeprefix("sha256:") for r in resources}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        return [Problem(DESCRIPTOR, "checksum", f"cannot read the recorded hashes from {path}: {exc}")]
    problems = []
    for spec in TABLES.values():
        target = folder / spec.file
        if spec.file not in recorded or file_problem(target, spec.file) is not None:
            continue
        try:
            actual = sha256_of(target)
        except OSError:
            continue  # reported as unreadable by the file check
        if actual != recorded[spec.file]:
            problems.append(
                Problem(
                    spec.file,
                    "checksum",
                    f"sha256 {actual} differs from {recorded[spec.file]} recorded in {DESCRIPTOR}; if the "
                    "edit is intended, run `python -m mppdata.release.generate` (or the curation merge) "
                    "to record the new hashes",
                )
            )
    return problems


# dataframe-level checks of the models, and the column each one is reported on
ROW_RULE_COLUMNS = {
    "end_before_start": "date_end",
    "precision_mismatch": "date_start",
    "translation_missing": "text_en",
    "quote_too_long": "text",
    "date_cue_not_in_excerpt": "date_cue",
}

_CHECK_RULES = {
    "not_nullable": "not_null",
    "field_uniqueness": "unique",
    "multiple_fields_uniqueness": "unique",
    "id_list": "list_format",
    "greater_than_or_equal_to": "out_of_range",
    "less_than_or_equal_to": "out_of_range",
}


def _rule_of(check: str) -> str:
    if check in _CHECK_RULES:
        return _CHECK_RULES[check]
    if check.startswith("str_matches"):
        return "pattern"
    if check.startswith("isin"):
        return "vocabulary"
    if check.startswith(("greater_than_or_equal_to", "less_than_or_equal_to", "in_range")):
        return "out_of_range"
    if check.startswith(("coerce_dtype", "dtype")):
        return "type"
    return check


@cache
def _schema_without_uniqueness(name: str):  # type: ignore[no-untyped-def]
    """The table's pandera schema minus its uniqueness checks (done here, in linear time)."""
    schema = _schema(name)
    unique_columns = [n for n, c in schema.columns.items() if c.unique]
    relaxed = schema.update_columns({n: {"unique": False} for n in unique_columns})
    relaxed.unique = None
    # the frame arrives typed (dates, categories, lists, text): pandera checks, never re-coerces
    relaxed = relaxed.update_columns({n: {"coerce": False} for n in relaxed.columns})
    relaxed.coerce = False
    return relaxed


def _check_model(spec: TableSpec, frame: pd.DataFrame) -> tuple[list[Problem], pd.DataFrame]:
    import numpy as np
    import pandera.pandas as pa

    from mppdata.storage.reading import parse_dates, parse_numbers

    schema = _schema(spec.name)
    list_cols = [n for n, c in schema.columns.items() if str(c.dtype) == "object"]
    date_cols = [n for n, c in schema.columns.items() if str(c.dtype).startswith("datetime")]
    raw_lists = {c: frame[c] for c in list_cols}
    problems: list[Problem] = []
    # Dates are parsed here, cell by cell: pandera's coercion gives up on a whole column when
    # formats are mixed and then names no row, and overflows on dates pandas cannot hold.
    flagged: set[tuple[int, str]] = set()
    typed = {}
    for col in schema.columns:
        if col in date_cols:
            raw = frame[col]
            parsed, bad_format, out_of_range = parse_dates(raw)
            for mask, rule, message in (
                (bad_format, "date_format", RULES["date_format"]),
                (out_of_range, "date_out_of_range", RULES["date_out_of_range"]),
            ):
                texts = raw.to_numpy(dtype=object)
                for i in _positions(mask):
                    flagged.add((i + 1, col))
                    problems.append(Problem(spec.file, rule, message, row=i + 1, column=col, value=texts[i]))
            typed[col] = parsed
        elif col in list_cols:
            typed[col] = frame[col].map(split_list).astype(object)
        elif str(schema.columns[col].dtype) in ("float64", "Int64"):
            raw = frame[col]
            parsed, bad = parse_numbers(raw, integer=str(schema.columns[col].dtype) == "Int64")
            texts = raw.to_numpy(dtype=object)
            for i in _positions(bad):
                flagged.add((i + 1, col))
                problems.append(
                    Problem(spec.file, "number_format", RULES["number_format"], row=i + 1, column=col, value=texts[i])
                )
            typed[col] = parsed
        elif str(schema.columns[col].dtype) == "category":
            import pandas as pd

            categories = list(schema.columns[col].dtype.type.categories)
            raw = frame[col]
            bad = (raw.notna() & ~raw.isin(categories)).to_numpy()
            if bad.any():
                texts = raw.to_numpy(dtype=object)
                message = _message(spec.name, "vocabulary", col)
                for i in np.flatnonzero(bad).tolist():
                    flagged.add((i + 1, col))
                    problems.append(
                        Problem(spec.file, "vocabulary", message, row=i + 1, column=col, value=texts[i])
                    )
            typed[col] = pd.Categorical(raw.where(~bad).astype("object"), categories=categories)
        else:
            typed[col] = frame[col]
    import pandas as pd

    frame = pd.DataFrame(typed, index=frame.index)
    problems += _uniqueness(spec, schema, frame)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pandas deprecation noise from pandera's checks
            frame = _schema_without_uniqueness(spec.name).validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        found = _problems_from_pandera(spec, exc.failure_cases, frame, raw_lists, date_cols)
        problems += [p for p in found if (p.row, p.column) not in flagged]
    problems.sort(key=lambda p: (p.row or 0, p.column or "", p.rule))
    return problems, frame


def _uniqueness(spec: TableSpec, schema, frame: pd.DataFrame) -> list[Problem]:  # type: ignore[no-untyped-def]
    """Every second and later occurrence of a unique value or key, found in linear time."""
    from mppdata.validation.arrow_ops import all_distinct

    problems = []
    for name, column in schema.columns.items():
        if not column.unique or all_distinct(frame[name]):
            continue  # the common case is decided by one hash pass in Arrow
        values = frame[name]
        dup = values.duplicated(keep="first") & values.notna()
        texts = values.to_numpy(dtype=object)
        message = f"{name} must be unique; this value occurs more than once"
        problems += [
            Problem(spec.file, "unique", message, row=i + 1, column=name, value=texts[i])
            for i in _positions(dup)
        ]
    key = list(schema.unique or [])
    if key and not all_distinct(_joined(frame, key)):
        parts = frame[key].astype("object")
        dup = parts.duplicated(keep="first")
        columns = [parts[k].to_numpy(dtype=object) for k in key]
        for i in _positions(dup):
            combo = ", ".join(f"{k}={col[i]}" for k, col in zip(key, columns, strict=True))
            problems.append(
                Problem(
                    spec.file,
                    "unique",
                    f"the combination ({', '.join(key)}) occurs more than once",
                    row=int(i) + 1,
                    column="+".join(key),
                    value=combo,
                )
            )
    return problems


def _joined(frame: pd.DataFrame, key: list[str]) -> Any:
    from mppdata.validation.arrow_ops import arrow, pair

    joined = arrow(frame[key[0]].astype("str"))
    for k in key[1:]:
        joined = pair(joined, frame[k].astype("str"))
    return joined


def _problems_from_pandera(spec, cases, frame, raw_lists, date_cols) -> list[Problem]:
    seen: dict[tuple, Problem] = {}
    rank = {"type": 0}
    for case in cases.itertuples(index=False):
        check = str(case.check)
        rule = _rule_of(check)
        column = None if case.column is None or case.schema_context == "DataFrameSchema" else str(case.column)
        if rule == "type" and column in date_cols:
            rule = "date_format"
        index = case.index
        row = None if index is None or (isinstance(index, float) and index != index) else int(index) + 1
        if column in raw_lists and row is not None:
            value = raw_lists[column].iloc[row - 1]
        elif row is not None and column is not None and column in frame.columns:
            value = frame[column].iloc[row - 1]
        else:
            value = case.failure_case
        if rule in ROW_RULE_COLUMNS and row is not None:
            column = ROW_RULE_COLUMNS[rule]
            value = frame[column].iloc[row - 1]
            if rule == "quote_too_long":
                value = f"{len(str(value).split())} words: {str(value)[:60]}..."
        key = (row, column)
        problem = Problem(
            spec.file, rule, _message(spec.name, rule, column), row=row, column=column, value=_plain(value)
        )
        # one problem per cell: the specific rule wins over the generic dtype failure
        if key in seen and rule not in ROW_RULE_COLUMNS:
            if rank.get(rule, 1) <= rank.get(seen[key].rule, 1):
                continue
        if rule in ROW_RULE_COLUMNS:
            key = (row, column, rule)
        seen[key] = problem
    return sorted(seen.values(), key=lambda p: (p.row or 0, p.column or "", p.rule))


@cache
def _message(table: str, rule: str, column: str | None) -> str:
    columns = _schema(table).columns
    col = columns.get(column) if column else None
    if rule == "pattern" and col is not None:
        pattern = next(c.statistics["pattern"] for c in col.checks if c.name == "str_matches")
        return f"value must match {display_pattern(pattern)} (ASCII, no surrounding spaces or line breaks)"
    if rule == "vocabulary" and col is not None:
        allowed = next(c.statistics["allowed_values"] for c in col.checks if c.name == "isin")
        return f"value must be one of {', '.join(allowed)} (exact, lower case)"
    if rule == "not_null":
        return "a value is required here"
    if rule == "out_of_range" and col is not None:
        low = next((c.statistics["min_value"] for c in col.checks if c.name == "greater_than_or_equal_to"), None)
        high = next((c.statistics["max_value"] for c in col.checks if c.name == "less_than_or_equal_to"), None)
        if high is None:
            return f"value must be at least {low}"
        return f"value must lie between {low} and {high}"
    return RULES.get(rule, rule)


def _plain(value: object) -> object:
    try:
        import pandas as pd

        if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
            return None
    except (TypeError, ValueError):
        pass
    if hasattr(value, "isoformat"):
        return value.isoformat()[:10]
    if type(value).__module__ == "numpy" and hasattr(value, "item"):
        value = value.item()  # np.float64(132.5) -> 132.5
    return value if isinstance(value, (str, int, float, bool)) else str(value)


def _id_pattern(table: str, column: str) -> str | None:
    col = _schema(table).columns[column]
    return next((c.statistics["pattern"] for c in col.checks if c.name == "str_matches"), None)


def _positions(mask: object) -> list[int]:
    """0-based positions where a boolean mask (Series or array) is true; frames use a RangeIndex."""
    import numpy as np

    return np.flatnonzero(np.asarray(mask, dtype=bool)).tolist()


def _cross_table(t: dict[str, pd.DataFrame]) -> list[Problem]:
    """Rules that span tables, vectorised: problems are built only for offending rows."""
    import numpy as np
    import pandas as pd

    from mppdata.validation.arrow_ops import fullmatch, is_in

    problems: list[Problem] = []
    for spec in TABLES.values():
        if spec.name not in t:
            continue
        frame = t[spec.name]
        for fk in spec.foreign_keys:
            if fk.ref_table not in t:
                continue
            values = frame[fk.column]
            if fk.is_list:
                values = values.explode()
            values = values[values.notna()]
            values = values[values.astype("str") != ""]
            # a malformed id is reported once, by its column's pattern rule (anchored with \Z, so
            # "SRC-00001\n" is malformed there); only well-formed ids are looked up here
            shape = _id_pattern(fk.ref_table, fk.ref_column)
            keep = fullmatch(values, shape) if shape is not None else np.ones(len(values), dtype=bool)
            found = is_in(values, t[fk.ref_table][fk.ref_column].dropna())
            bad = np.flatnonzero(keep & ~found)
            if not len(bad):
                continue
            rows, texts = values.index.to_numpy()[bad], values.to_numpy(dtype=object)[bad]
            ref_file = TABLES[fk.ref_table].file
            problems += [
                Problem(
                    spec.file,
                    "foreign_key",
                    f"no row of {ref_file} has {fk.ref_column} {v!r}; add it there or fix the reference",
                    row=int(i) + 1,
                    column=fk.column,
                    value=v,
                )
                for i, v in zip(rows, texts, strict=True)
            ]
    low, high = pd.Timestamp(EARLIEST_DATE), pd.Timestamp(date.today())
    for name, frame in t.items():
        for col in frame.columns:
            if pd.api.types.is_datetime64_any_dtype(frame[col]):
                values = frame[col]
                bad = values[values.notna() & ((values < low) | (values > high))]
                problems += [
                    Problem(
                        TABLES[name].file,
                        "date_out_of_range",
                        f"dates must lie between {EARLIEST_DATE} and today ({date.today()})",
                        row=int(i) + 1,
                        column=col,
                        value=v.date().isoformat(),
                    )
                    for i, v in bad.items()
                ]
    if "statements" in t and "sources" in t:
        st, so = t["statements"], t["sources"]
        lookup = so.drop_duplicates("source_id").set_index("source_id")["published_date"]
        # reindex keeps the datetime dtype even when nothing matches (map would give float NaN)
        published = pd.Series(lookup.reindex(st["source_id"].astype("object")).to_numpy(), index=st.index)
        late = published.notna() & st["date"].notna() & (st["date"] > published)
        source_ids, said = st["source_id"].to_numpy(dtype=object), st["date"].to_numpy()
        problems += [
            Problem(
                "statements.csv",
                "statement_after_source",
                f"the statement is dated after its source {source_ids[i]} was published "
                f"({published.iloc[i].date()})",
                row=i + 1,
                column="date",
                value=str(said[i])[:10],
            )
            for i in _positions(late)
        ]
        norm = st["text"].astype("str").str.casefold().str.replace(r"\W+", " ", regex=True).str.strip()
        dup = pd.DataFrame({"a": st["actor_id"], "d": st["date"], "t": norm}).duplicated(keep="first")
        statement_ids = st["statement_id"].to_numpy(dtype=object)
        problems += [
            Problem(
                "statements.csv",
                "duplicate_statement",
                RULES["duplicate_statement"],
                row=i + 1,
                column="text",
                value=statement_ids[i],
            )
            for i in _positions(dup)
        ]
    if "stances" in t and "annotations" in t:
        an, sn = t["annotations"], t["stances"]
        coded = pd.MultiIndex.from_arrays([an["statement_id"].astype("str"), an["target"].astype("str")])
        keys = pd.MultiIndex.from_arrays([sn["statement_id"].astype("str"), sn["target"].astype("str")])
        missing = ~keys.isin(coded)
        sids, targets = (
            sn["statement_id"].to_numpy(dtype=object),
            sn["target"].astype("str").to_numpy(dtype=object),
        )
        problems += [
            Problem(
                "stances.csv",
                "stance_without_annotation",
                f"no annotation for ({sids[i]}, {targets[i]}) in annotations.csv",
                row=i + 1,
                column="target",
                value=targets[i],
            )
            for i in _positions(missing)
        ]
    problems += _actor_names(t)
    problems += _evidence_rules(t)
    return problems


def normalize_space(text: str) -> str:
    r"""Collapse every run of whitespace to one space (the verbatim rule ignores layout).

    Examples
    --------
    >>> normalize_space(" a\n  b ")
    'a b'
    """
    return " ".join(text.split())


def normalize_name(name: str) -> str:
    """Fold a name for duplicate detection: case, accents and punctuation are ignored.

    Examples
    --------
    >>> normalize_name("Secretaría de Relaciones  Exteriores") == normalize_name("secretaria de relaciones exteriores.")
    True
    """
    import re
    import unicodedata

    folded = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w]+", " ", folded).split())


def _actor_names(t: dict[str, pd.DataFrame]) -> list[Problem]:
    if "actors" not in t:
        return []
    import numpy as np
    import pandas as pd
    import pyarrow.compute as pc

    from mppdata.validation.arrow_ops import arrow

    actors = t["actors"]
    # the same folding as normalize_name, in Arrow: accents, case and punctuation ignored
    names = pc.utf8_normalize(arrow(actors["name"]).fill_null(""), "NFKD")
    names = pc.replace_substring_regex(names, r"\p{Mn}", "")
    names = pc.utf8_lower(names)
    names = pc.utf8_trim_whitespace(pc.replace_substring_regex(names, r"[^\pL\pN_]+", " "))
    folded = pd.Series(names.to_numpy(zero_copy_only=False), dtype=object)
    dup = (folded.duplicated(keep="first") & (folded != "")).to_numpy()
    if not dup.any():
        return []
    first = dict(
        zip(
            folded[~folded.duplicated(keep="first")],
            actors["actor_id"][~folded.duplicated(keep="first").to_numpy()],
            strict=True,
        )
    )
    ids = actors["actor_id"].to_numpy(dtype=object)
    return [
        Problem(
            "actors.csv",
            "duplicate_actor_name",
            f"same name as actor {first[folded[i]]!r}: merge the two ids (keep one, retire the other, "
            "remap references) or make the names distinguishable",
            row=i + 1,
            column="name",
            value=ids[i],
        )
        for i in np.flatnonzero(dup).tolist()
    ]


def _cited_pairs(t: dict[str, pd.DataFrame]) -> tuple[Any, Any]:
    """Every (record, cited source) pair as Arrow keys, and every record id."""
    from mppdata.validation.arrow_ops import arrow, pair

    keys, ids = [], []
    for table, id_column in (("statements", "statement_id"), ("figures", "figure_id")):
        if table in t:
            keys.append(pair(t[table][id_column], t[table]["source_id"]))
            ids.append(arrow(t[table][id_column]))
    if "events" in t:
        pairs = t["events"][["event_id", "source_ids"]].explode("source_ids").dropna()
        keys.append(pair(pairs["event_id"], pairs["source_ids"]))
        ids.append(arrow(t["events"]["event_id"]))
    return _concat(keys), _concat(ids)


def _concat(arrays: list[Any]) -> Any:
    """One large_string ChunkedArray from Arrow arrays and chunked arrays of any string type."""
    import pyarrow as pa

    chunks = []
    for a in arrays:
        a = a.cast(pa.large_string())
        chunks += a.chunks if isinstance(a, pa.ChunkedArray) else [a]
    return pa.chunked_array(chunks, type=pa.large_string())


_RECORD_TABLES = {"STM": "statements", "EVT": "events", "FIG": "figures"}


def _evidence_rules(t: dict[str, pd.DataFrame]) -> list[Problem]:
    """Evidence rows point at real records and their own sources; quotes sit inside them.

    Vectorised: pairs are hashed once; only offending rows become problems.
    """
    import numpy as np

    if "evidence" not in t:
        return []
    ev = t["evidence"]
    from mppdata.validation.arrow_ops import is_in, pair

    cited, known_ids = _cited_pairs(t)
    records = ev["record_id"].to_numpy(dtype=object)
    sources = ev["source_id"].to_numpy(dtype=object)
    prefix = ev["record_id"].astype("str").str[:3]
    in_scope = prefix.isin([p for p, table in _RECORD_TABLES.items() if table in t]).to_numpy()
    exists = is_in(ev["record_id"], known_ids)
    keys = pair(ev["record_id"], ev["source_id"])
    own = is_in(keys, cited)
    problems: list[Problem] = []
    for i in np.flatnonzero(in_scope & ~exists).tolist():
        table = _RECORD_TABLES[records[i][:3]]
        problems.append(
            Problem(
                "evidence.csv",
                "foreign_key",
                f"no row of {table}.csv has id {records[i]!r}; add the record or fix the reference",
                row=i + 1,
                column="record_id",
                value=records[i],
            )
        )
    for i in np.flatnonzero(in_scope & exists & ~own).tolist():
        problems.append(
            Problem(
                "evidence.csv",
                "evidence_source_not_cited",
                f"{records[i]} does not cite {sources[i]}; add the page to the record's sources or take the "
                "excerpt from one of them",
                row=i + 1,
                column="source_id",
                value=sources[i],
            )
        )
    good = in_scope & exists & own
    supported = ev["record_id"][good]
    for table, id_column in (
        ("statements", "statement_id"),
        ("events", "event_id"),
        ("figures", "figure_id"),
    ):
        if table not in t:
            continue
        ids = t[table][id_column].to_numpy(dtype=object)
        lacking = ~is_in(t[table][id_column], supported)
        problems += [
            Problem(
                f"{table}.csv",
                "record_without_evidence",
                f"{ids[i]} has no row in evidence.csv; add the passage of one of its sources that supports it",
                row=i + 1,
                column=id_column,
                value=ids[i],
            )
            for i in np.flatnonzero(lacking).tolist()
        ]
    if "statements" in t:
        problems += _quotes_inside_evidence(
            t["statements"], keys.filter(good), ev["excerpt"].to_numpy(dtype=object)[good], supported
        )
    if "figures" in t:
        problems += _figures_printed(t["figures"], ev[good])
    if "events" in t and "instrument" in t["events"]:
        problems += _dockets_printed(t["events"], ev[good])
    return problems


def _dockets_printed(events: pd.DataFrame, ev: pd.DataFrame) -> list[Problem]:
    """A court event's docket number must be printed in one of its evidence excerpts."""
    from mppdata.contract.numbers import COURT_EVENT_TYPES, docket_is_printed, docket_numbers

    court = events["event_type"].astype("str").isin(COURT_EVENT_TYPES).to_numpy(dtype=bool)
    instruments = events["instrument"].fillna("").astype("str").to_numpy(dtype=object)
    ids = events["event_id"].astype("str").to_numpy(dtype=object)
    mine = ev.loc[ev["record_id"].isin(events["event_id"][court]).to_numpy(dtype=bool)]
    excerpts: dict[str, list[str]] = {}
    for record, excerpt in zip(
        mine["record_id"].astype("str").to_numpy(dtype=object),
        mine["excerpt"].astype("str").to_numpy(dtype=object),
        strict=True,
    ):
        excerpts.setdefault(record, []).append(excerpt)
    problems = []
    for i in [int(k) for k in court.nonzero()[0]]:
        passages = excerpts.get(ids[i])
        if passages is None:  # no evidence: reported by record_without_evidence
            continue
        for number in docket_numbers(instruments[i]):
            if not any(docket_is_printed(number, text) for text in passages):
                problems.append(
                    Problem(
                        "events.csv",
                        "docket_not_in_evidence",
                        f"{ids[i]}'s docket number {number} is not printed in any of its evidence excerpts; "
                        "add the passage of a cited page that prints it, or write the number as the page does",
                        row=i + 1,
                        column="instrument",
                        value=number,
                    )
                )
    return problems


def _figures_printed(fig: pd.DataFrame, ev: pd.DataFrame) -> list[Problem]:
    """A figure's value must be printed in an evidence excerpt of its own source."""
    from mppdata.contract.numbers import value_is_printed

    # only the passages of figures matter: select them vectorised, then iterate plain object arrays
    # (iterating Arrow-backed columns row by row costs seconds on a million-row evidence table)
    mine = ev.loc[ev["record_id"].isin(fig["figure_id"]).to_numpy(dtype=bool)]
    excerpts: dict[tuple[str, str], list[str]] = {}
    columns = (mine[c].astype("str").to_numpy(dtype=object) for c in ("record_id", "source_id", "excerpt"))
    for record, source, excerpt in zip(*columns, strict=True):
        excerpts.setdefault((record, source), []).append(excerpt)
    problems = []
    rows = zip(
        fig["figure_id"].astype("str").to_numpy(dtype=object),
        fig["source_id"].astype("str").to_numpy(dtype=object),
        fig["value"].to_numpy(dtype=float, na_value=float("nan")),
        strict=True,
    )
    for i, (figure_id, source_id, value) in enumerate(rows):
        passages = excerpts.get((str(figure_id), str(source_id)))
        if passages is None or value != value:  # no evidence: reported by record_without_evidence
            continue
        if not any(value_is_printed(value, text) for text in passages):
            problems.append(
                Problem(
                    "figures.csv",
                    "figure_not_in_evidence",
                    f"{figure_id}'s value {value:g} is not printed in an evidence excerpt of {source_id}; "
                    "copy the passage that prints the number, or correct the value",
                    row=i + 1,
                    column="value",
                    value=f"{value:g}",
                )
            )
    return problems


def _quotes_inside_evidence(st: pd.DataFrame, pair_keys: Any, excerpts: Any, supported: Any) -> list[Problem]:
    """A direct quote or document excerpt must occur (whitespace aside) in an excerpt of its source."""
    import numpy as np

    from mppdata.validation.arrow_ops import is_in, pair

    kinds = st["statement_type"].astype("str").to_numpy(dtype=object)
    ids = st["statement_id"].to_numpy(dtype=object)
    quoted = st["statement_type"].astype("str").isin(["direct_quote", "document_excerpt"]).to_numpy()
    quoted = quoted & is_in(st["statement_id"], supported)
    positions = np.flatnonzero(quoted)
    if not len(positions):
        return []
    texts = st["text"].to_numpy(dtype=object)[positions]
    keys = pair(st["statement_id"].iloc[positions], st["source_id"].iloc[positions])
    # align every (quote, excerpt of the same record and source) pair with an Arrow hash join,
    # then test containment (exact first; whitespace-normalised only where that fails)
    import pyarrow as pa

    left = pa.table({"key": keys, "pos": pa.array(np.arange(len(positions)))})
    right = pa.table({"key": pair_keys, "excerpt": pa.array(excerpts, type=pa.large_string())})
    pairs = left.join(right, "key", join_type="inner")
    pair_pos = pairs["pos"].to_numpy()
    pair_excerpts = pairs["excerpt"].to_numpy()
    quote_of_pair = texts[pair_pos]
    found = np.fromiter(
        (
            q in e or normalize_space(q) in normalize_space(e)
            for q, e in zip(quote_of_pair, pair_excerpts, strict=True)
        ),
        dtype=bool,
        count=len(pair_pos),
    )
    ok = np.zeros(len(positions), dtype=bool)
    ok[pair_pos[found]] = True
    problems = []
    for j in np.flatnonzero(~ok).tolist():
        i = int(positions[j])
        problems.append(
            Problem(
                "statements.csv",
                "quote_not_in_evidence",
                f"the {kinds[i]} of {ids[i]} does not occur verbatim in an evidence excerpt from its source; copy "
                "the words exactly as printed (trim only punctuation of the reporting sentence)",
                row=i + 1,
                column="text",
                value=str(texts[j])[:80],
            )
        )
    return problems
