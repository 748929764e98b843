"""Validation of a folder of table files: every problem at once, none as a traceback.

:func:`validate` reads each table file as text, checks the file itself (presence,
encoding, CSV syntax, header), runs the table's pandera model lazily, then checks the
rules that span tables. Each problem names file, row, column, value and the rule broken;
the rule codes are listed in :data:`RULES` and in docs/schema.md.
"""

from __future__ import annotations

import csv
import io
import warnings
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from mppdata.contract.errors import MppdataError, Problem, ValidationError
from mppdata.contract.tables import TABLES, TableSpec
from mppdata.storage.reading import split_list

if TYPE_CHECKING:
    import pandas as pd

EARLIEST_DATE = date(2018, 1, 1)

RULES: dict[str, str] = {
    "missing_file": "a table file is absent from the folder",
    "empty_file": "the file has no header and no rows",
    "encoding": "the file is not valid UTF-8",
    "bom": "the file starts with a UTF-8 byte-order mark (save as UTF-8 without BOM)",
    "csv_syntax": "the CSV cannot be parsed (unbalanced quotes, wrong number of fields)",
    "missing_column": "a column of the schema is absent from the header",
    "extra_column": "the header has a column the schema does not define",
    "column_order": "the columns are all present but not in the schema's order",
    "not_null": "a required value is empty",
    "not_blank": "a text value is only whitespace",
    "pattern": "a value does not match the column's pattern (ids, URLs, codes)",
    "vocabulary": "a value is not in the column's controlled vocabulary (case-sensitive)",
    "date_format": "a date is not a real YYYY-MM-DD date",
    "list_format": "a list cell is not ';'-separated valid ids (no blanks, no repeats)",
    "unique": "a value (or combination) that must be unique occurs more than once",
    "end_before_start": "an event's date_end is before its date_start",
    "precision_mismatch": "date_precision month needs date_start on day 01, year needs 01-01",
    "translation_missing": "a statement not in English has no text_en",
    "quote_too_long": "a direct quote or excerpt is longer than 60 words",
    "foreign_key": "a reference does not resolve to a row of the referenced table",
    "date_out_of_range": "a date is before 2018-01-01 or after today",
    "statement_after_source": "a statement is dated after the publication of its source",
    "stance_without_annotation": "an adjudicated stance has no annotation (of any pass) behind it",
    "duplicate_statement": "same speaker, same date and same normalized text as another statement",
}


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
        if self.ok:
            return f"{self.data_dir}: valid"
        lines = [f"{self.data_dir}: {len(self.problems)} problem(s)"]
        lines += [f"  {p}" for p in self.problems]
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

    folder = bundled_data_dir() if data_dir is None else Path(data_dir)
    if not folder.is_dir():
        raise DataDirError(f"{folder} is not a folder; pass a folder holding the table files")
    problems: list[Problem] = []
    raw: dict[str, pd.DataFrame] = {}
    for spec in TABLES.values():
        frame, found = _read_file(folder, spec)
        problems += found
        if frame is not None:
            raw[spec.name] = frame
    typed: dict[str, pd.DataFrame] = {}
    for name, frame in raw.items():
        found, typed_frame = _check_model(TABLES[name], frame)
        problems += found
        typed[name] = typed_frame
    problems += _cross_table(typed)
    return ValidationReport(str(folder), problems)


def _read_file(folder: Path, spec: TableSpec) -> tuple[pd.DataFrame | None, list[Problem]]:
    import pandas as pd

    from mppdata.contract.models import model_for

    file = spec.file
    path = folder / file
    if not path.is_file():
        return None, [Problem(file, "missing_file", f"{file} is missing from {folder}")]
    data = path.read_bytes()
    problems: list[Problem] = []
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append(Problem(file, "bom", RULES["bom"], row=None))
        data = data[3:]
    if not data.strip():
        return None, problems + [
            Problem(file, "empty_file", "the file is empty: it needs at least the header row")
        ]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        return None, problems + [
            Problem(
                file,
                "encoding",
                f"byte {data[exc.start]:#04x} on line {line} is not UTF-8; re-save the file as UTF-8",
                row=line - 1 if line > 1 else None,
                value=data[max(0, exc.start - 20) : exc.start + 20].decode("utf-8", "replace"),
            )
        ]
    # pandas silently "repairs" some malformed quoting (a field like "a" b becomes a b);
    # the strict csv reader finds it, with the line number
    reader = csv.reader(io.StringIO(text), strict=True)
    try:
        for _ in reader:
            pass
    except csv.Error as exc:
        return None, problems + [
            Problem(file, "csv_syntax", f"cannot parse the CSV at line {reader.line_num}: {exc}", row=None)
        ]
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_values=[""])
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError) as exc:
        return None, problems + [Problem(file, "csv_syntax", f"cannot parse the CSV: {exc}".strip())]
    expected = list(model_for(spec.name).to_schema().columns)
    header = [str(c) for c in frame.columns]
    missing = [c for c in expected if c not in header]
    extra = [c for c in header if c not in expected]
    problems += [
        Problem(file, "missing_column", f"column {c!r} is missing from the header", column=c) for c in missing
    ]
    problems += [
        Problem(file, "extra_column", f"column {c!r} is not in the schema; remove it", column=c)
        for c in extra
    ]
    if not missing and not extra and header != expected:
        problems.append(
            Problem(
                file,
                "column_order",
                f"columns must be in this order: {', '.join(expected)}",
                value=", ".join(header),
            )
        )
    if missing or extra or header != expected:
        return None, problems
    return frame, problems


# dataframe-level checks of the models, and the column each one is reported on
ROW_RULE_COLUMNS = {
    "end_before_start": "date_end",
    "precision_mismatch": "date_start",
    "translation_missing": "text_en",
    "quote_too_long": "text",
}

_CHECK_RULES = {
    "not_nullable": "not_null",
    "field_uniqueness": "unique",
    "multiple_fields_uniqueness": "unique",
    "id_list": "list_format",
}


def _rule_of(check: str) -> str:
    if check in _CHECK_RULES:
        return _CHECK_RULES[check]
    if check.startswith("str_matches"):
        return "pattern"
    if check.startswith("isin"):
        return "vocabulary"
    if check.startswith(("coerce_dtype", "dtype")):
        return "type"
    return check


def _check_model(spec: TableSpec, frame: pd.DataFrame) -> tuple[list[Problem], pd.DataFrame]:
    import pandas as pd
    import pandera.pandas as pa

    from mppdata.contract.models import model_for

    model = model_for(spec.name)
    schema = model.to_schema()
    frame = frame.copy()
    list_cols = [n for n, c in schema.columns.items() if str(c.dtype) == "object"]
    date_cols = [n for n, c in schema.columns.items() if str(c.dtype).startswith("datetime")]
    raw_lists = {c: frame[c].copy() for c in list_cols}
    for col in list_cols:
        frame[col] = frame[col].map(split_list).astype(object)
    problems: list[Problem] = []
    # Dates are parsed here, cell by cell: pandera's coercion gives up on a whole column
    # when formats are mixed (e.g. "2019-07" among "2019-07-01") and then names no row.
    flagged: set[tuple[int, str]] = set()
    for col in date_cols:
        raw = frame[col]
        parsed = pd.to_datetime(raw, format="%Y-%m-%d", errors="coerce").astype("datetime64[ns]")
        for i in raw.index[(parsed.isna() & raw.notna()).to_numpy()]:
            flagged.add((int(i) + 1, col))
            problems.append(
                Problem(
                    spec.file, "date_format", RULES["date_format"], row=int(i) + 1, column=col, value=raw[i]
                )
            )
        frame[col] = parsed
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # pandas deprecation noise from pandera's coercion
            model.validate(frame, lazy=True)
    except pa.errors.SchemaErrors as exc:
        found = _problems_from_pandera(spec, exc.failure_cases, frame, raw_lists, date_cols)
        problems += [p for p in found if (p.row, p.column) not in flagged]
    problems.sort(key=lambda p: (p.row or 0, p.column or "", p.rule))
    return problems, frame


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
            spec.file, rule, _message(spec, rule, column), row=row, column=column, value=_plain(value)
        )
        # one problem per cell: the specific rule wins over the generic dtype failure
        if key in seen and rule not in ROW_RULE_COLUMNS:
            if rank.get(rule, 1) <= rank.get(seen[key].rule, 1):
                continue
        if rule in ROW_RULE_COLUMNS or rule == "unique":
            key = (row, column, rule)
        seen[key] = problem
    problems = [p for p in seen.values() if p.rule != "unique" or _is_repeat(spec, frame, p)]
    return sorted(problems, key=lambda p: (p.row or 0, p.column or "", p.rule))


def _is_repeat(spec: TableSpec, frame: pd.DataFrame, problem: Problem) -> bool:
    """Keep a uniqueness problem only on the second and later occurrences of a value."""
    from mppdata.contract.models import model_for

    columns = [problem.column] if problem.column else list(model_for(spec.name).to_schema().unique or [])
    if problem.row is None:
        return True
    return bool(frame[columns].astype("str").duplicated(keep="first").iloc[problem.row - 1])


def _message(spec: TableSpec, rule: str, column: str | None) -> str:
    from mppdata.contract.models import model_for

    columns = model_for(spec.name).to_schema().columns
    col = columns.get(column) if column else None
    if rule == "pattern" and col is not None:
        pattern = next(c.statistics["pattern"] for c in col.checks if c.name == "str_matches")
        return f"value must match {pattern} (no surrounding spaces)"
    if rule == "vocabulary" and col is not None:
        allowed = next(c.statistics["allowed_values"] for c in col.checks if c.name == "isin")
        return f"value must be one of {', '.join(allowed)} (exact, lower case)"
    if rule == "unique":
        if column is None:
            combo = model_for(spec.name).to_schema().unique or []
            return f"the combination ({', '.join(combo)}) occurs more than once"
        return f"{column} must be unique; this value occurs more than once"
    if rule == "not_null":
        return "a value is required here"
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
    return value if isinstance(value, (str, int, float, bool)) else str(value)


def _id_pattern(table: str, column: str) -> str | None:
    from mppdata.contract.models import model_for

    col = model_for(table).to_schema().columns[column]
    return next((c.statistics["pattern"] for c in col.checks if c.name == "str_matches"), None)


def _cross_table(t: dict[str, pd.DataFrame]) -> list[Problem]:
    """Rules that span tables, vectorised: problems are built only for offending rows."""
    import pandas as pd

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
            values = values[values.notna() & (values.astype("str") != "")].astype("str")
            shape = _id_pattern(fk.ref_table, fk.ref_column)
            if shape is not None:
                values = values[values.str.fullmatch(shape)]
            # object-dtype hashing: Arrow-backed str isin is a Python loop in pandas 3
            valid = pd.Index(pd.unique(t[fk.ref_table][fk.ref_column].dropna().to_numpy(dtype=object)))
            found = valid.get_indexer(values.to_numpy(dtype=object)) >= 0 if len(values) else []
            bad = values[~pd.Series(found, index=values.index, dtype=bool)] if len(values) else values
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
                for i, v in bad.items()
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
        published = st["source_id"].map(
            so.drop_duplicates("source_id").set_index("source_id")["published_date"]
        )
        late = st.index[(published.notna() & st["date"].notna() & (st["date"] > published)).to_numpy()]
        problems += [
            Problem(
                "statements.csv",
                "statement_after_source",
                f"the statement is dated after its source {st.at[i, 'source_id']} was published "
                f"({published[i].date()})",
                row=int(i) + 1,
                column="date",
                value=st.at[i, "date"].date().isoformat(),
            )
            for i in late
        ]
        norm = st["text"].astype("str").str.casefold().str.replace(r"\W+", " ", regex=True).str.strip()
        dup = pd.DataFrame({"a": st["actor_id"], "d": st["date"], "t": norm}).duplicated(keep="first")
        problems += [
            Problem(
                "statements.csv",
                "duplicate_statement",
                RULES["duplicate_statement"],
                row=int(i) + 1,
                column="text",
                value=st.at[i, "statement_id"],
            )
            for i in st.index[dup.to_numpy()]
        ]
    if "stances" in t and "annotations" in t:
        an, sn = t["annotations"], t["stances"]
        coded = pd.MultiIndex.from_arrays([an["statement_id"].astype("str"), an["target"].astype("str")])
        keys = pd.MultiIndex.from_arrays([sn["statement_id"].astype("str"), sn["target"].astype("str")])
        missing = sn.index[~keys.isin(coded)]
        problems += [
            Problem(
                "stances.csv",
                "stance_without_annotation",
                f"no annotation for ({sn.at[i, 'statement_id']}, {sn.at[i, 'target']}) in annotations.csv",
                row=int(i) + 1,
                column="target",
                value=str(sn.at[i, "target"]),
            )
            for i in missing
        ]
    return problems
