"""Reading table files: CSV text to DataFrames with the schema's dtypes.

The dtypes come from the table schemas in datapackage.json (generated from the pandera
models), so loaders type the data exactly as the models do without importing pandera.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import re
import stat
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mppdata.contract.errors import Problem, ValidationError
from mppdata.contract.rules import RULES

if TYPE_CHECKING:
    import pandas as pd

LIST_DELIMITER = ";"


def read_raw(path: Path, *, verified: bool = False) -> pd.DataFrame:
    """Read a table file as text: every cell a string, empty cells null.

    The file is checked strictly first (see :func:`read_table_text`); a malformed file raises
    :class:`ValidationError` naming the file, row and rule instead of being repaired. With
    ``verified=True`` (the caller has just matched the file's sha256 against the release's
    datapackage.json, so the bytes are those that passed validation at release) the byte-level
    checks are skipped and the file goes straight to the Arrow reader.

    Examples
    --------
    >>> from mppdata.storage.resources import bundled_data_dir
    >>> read_raw(bundled_data_dir() / "actors.csv").columns[0]
    'actor_id'
    """
    if verified:
        data = path.read_bytes()
        header = next(csv.reader([data.split(b"\n", 1)[0].removesuffix(b"\r").decode("utf-8")]), [""])
        frame, problems = _parse(data, path.name, header, [])
        if frame is not None:
            return frame
        raise ValidationError(problems)
    frame, problems = read_table_text(path, file=path.name)
    if frame is None or problems:
        raise ValidationError(problems)
    return frame


def file_problem(path: Path, file: str) -> Problem | None:
    """Return why ``path`` cannot be read as a table file, or ``None`` if it is a readable file.

    Tells apart a missing file, something that is not a regular file (folder, FIFO, device,
    broken link, symlink loop) and a file that cannot be read (permissions, name too long).
    Nothing is opened, so a FIFO never blocks.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> file_problem(pathlib.Path(tempfile.mkdtemp()), "x.csv").rule
    'not_a_file'
    """
    try:
        info = os.stat(path)
    except FileNotFoundError:
        if os.path.lexists(path):
            return Problem(file, "not_a_file", f"{path} is a symbolic link to nothing; point it at the file")
        return Problem(file, "missing_file", f"{file} is missing from {path.parent}")
    except NotADirectoryError:
        return Problem(file, "unreadable", f"cannot reach {path}: a part of the path is a file, not a folder")
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            return Problem(file, "not_a_file", f"{path} is a symlink loop; point it at the file")
        return Problem(file, "unreadable", f"cannot read {path}: {exc.strerror or exc}")
    if stat.S_ISDIR(info.st_mode):
        kind = "a folder"
    elif stat.S_ISFIFO(info.st_mode):
        kind = "a FIFO (named pipe)"
    elif stat.S_ISREG(info.st_mode):
        if not os.access(path, os.R_OK):
            return Problem(
                file, "unreadable", f"cannot read {path}: permission denied; check its permissions"
            )
        return None
    else:
        kind = "a device or socket"
    return Problem(file, "not_a_file", f"{path} is {kind}, not a regular file")


def read_table_text(
    path: Path, *, file: str, columns: list[str] | None = None
) -> tuple[pd.DataFrame | None, list[Problem]]:
    r"""Read one table file strictly, as text; return the frame (or ``None``) and its problems.

    Checks, in order: the path is a readable regular file; no byte-order mark; not empty;
    valid UTF-8; no bare carriage return; CSV syntax (balanced quotes, no stray quote, no blank
    line, every row with as many fields as the header); header names unique and non-empty;
    and, when ``columns`` is given, the header is exactly those columns in that order. The
    frame is returned only when the file is readable as a table (a BOM alone still allows it).

    Examples
    --------
    >>> import tempfile, pathlib
    >>> p = pathlib.Path(tempfile.mkdtemp()) / "t.csv"
    >>> _ = p.write_text("a,b\n1,2\n3\n")
    >>> frame, problems = read_table_text(p, file="t.csv")
    >>> frame is None, problems[0].rule, problems[0].row
    (True, 'csv_syntax', 2)
    """
    problem = file_problem(path, file)
    if problem is not None:
        return None, [problem]
    try:
        data = path.read_bytes()
    except OSError as exc:
        return None, [Problem(file, "unreadable", f"cannot read {path}: {exc.strerror or exc}")]
    problems: list[Problem] = []
    if data.startswith(b"\xef\xbb\xbf"):
        problems.append(Problem(file, "bom", RULES["bom"]))
        data = data[3:]
    if not data.strip():
        return None, problems + [
            Problem(file, "empty_file", "the file is empty: it needs at least the header row")
        ]
    try:
        _check_utf8(data)
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
    if b"\r" in data:
        bare = _BARE_CR.search(data)
        if bare is not None:
            line = data.count(b"\n", 0, bare.start()) + 1
            return None, problems + [
                Problem(file, "line_ending", f"bare carriage return on line {line}: {RULES['line_ending']}")
            ]
    header_line = data.split(b"\n", 1)[0].removesuffix(b"\r").decode("utf-8")
    header = next(csv.reader([header_line]), [""])
    found = _check_header(header, columns, file)
    if not found and _may_hide_quoting_errors(data):
        found = _check_syntax(data.decode("utf-8"), file, len(header))
    if found:
        return None, problems + found
    return _parse(data, file, header, problems)


_BARE_CR = re.compile(rb"\r(?!\n)")
# a quote with other characters on both sides (`"a" b`, `ab"c`) is malformed quoting, which
# the fast readers silently repair: only then is the exact (slow) csv-module pass needed
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # a long cell is data, not a syntax error


def _check_utf8(data: bytes, chunk: int = 1 << 24) -> None:
    """Raise UnicodeDecodeError (with a position in ``data``) unless ``data`` is UTF-8.

    Decoded in 16 MiB pieces that are dropped at once, so a large file is never held twice.
    """
    import codecs

    decoder = codecs.getincrementaldecoder("utf-8")()
    view = memoryview(data)
    for start in range(0, len(data), chunk):
        try:
            decoder.decode(view[start : start + chunk], final=start + chunk >= len(data))
        except UnicodeDecodeError as exc:
            raise UnicodeDecodeError("utf-8", data, start + exc.start, start + exc.end, exc.reason) from None
    if not data:
        decoder.decode(b"", final=True)


def _may_hide_quoting_errors(data: bytes) -> bool:
    """Whether some quote has other characters on both sides, outside an escaped pair.

    Vectorised over the quote positions: in each run of consecutive quotes, an even run is
    escaped quotes (or an empty quoted field); an odd run holds one delimiting quote, which
    must touch a comma, a line end, or the file's start or end on at least one side.
    """
    import numpy as np

    if b'"' not in data:
        return False
    raw = np.frombuffer(data, dtype=np.uint8)
    where = np.flatnonzero(raw == 34)
    starts = np.flatnonzero(np.diff(where, prepend=-2) != 1)
    run_first = where[starts]
    run_last = where[np.append(starts[1:], len(where)) - 1]
    odd = ((run_last - run_first + 1) % 2) == 1
    before = np.where(run_first > 0, raw[np.maximum(run_first - 1, 0)], 10)
    after = np.where(run_last + 1 < len(raw), raw[np.minimum(run_last + 1, len(raw) - 1)], 10)
    delimiter = np.array([44, 10, 13], dtype=np.uint8)
    touches = np.isin(before, delimiter) | np.isin(after, delimiter)
    return bool((odd & ~touches).any())


def _parse(
    data: bytes, file: str, header: list[str], problems: list[Problem]
) -> tuple[pd.DataFrame | None, list[Problem]]:
    """Parse with Arrow's multithreaded CSV reader: every cell a string, empty cells null.

    Arrow rejects any row whose field count differs from the header's (pandas would pad a
    short row with empty cells); the exact csv-module pass then names the row.
    """
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.csv as pacsv

    try:
        table = pacsv.read_csv(
            pa.BufferReader(data),
            read_options=pacsv.ReadOptions(column_names=header, skip_rows=1),
            parse_options=pacsv.ParseOptions(newlines_in_values=True, ignore_empty_lines=False),
            convert_options=pacsv.ConvertOptions(
                column_types={name: pa.string() for name in header},
                strings_can_be_null=True,
                quoted_strings_can_be_null=True,
                null_values=[""],
            ),
        )
    except pa.ArrowInvalid as exc:
        found = _check_syntax(data.decode("utf-8"), file, len(header))
        return None, problems + (found or [Problem(file, "csv_syntax", f"cannot parse the CSV: {exc}")])
    frame = table.to_pandas(types_mapper={pa.string(): pd.StringDtype("pyarrow", na_value=np.nan)}.get)
    return frame, problems


def _check_syntax(text: str, file: str, width: int) -> list[Problem]:
    """The exact pass with the csv module: unbalanced or stray quotes, wrong field counts."""
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    try:
        next(reader)
        for i, row in enumerate(reader, start=1):
            if len(row) != width:
                return [_width_problem(file, i, row, width)]
    except csv.Error as exc:
        return [
            Problem(file, "csv_syntax", f"cannot parse the CSV at line {reader.line_num}: {exc}", row=None)
        ]
    return []


def _width_problem(file: str, row: int, fields: list[str], width: int) -> Problem:
    if fields in ([], [""]):
        message = "blank line: remove it (an empty record is not allowed)"
    else:
        message = f"the row has {len(fields)} field(s), the header has {width}"
    return Problem(file, "csv_syntax", message, row=row, value=",".join(fields)[:80])


def _check_header(header: list[str], columns: list[str] | None, file: str) -> list[Problem]:
    problems = []
    seen: dict[str, int] = {}
    for position, name in enumerate(header, start=1):
        if name.strip() == "":
            problems.append(
                Problem(
                    file, "duplicate_column", f"header cell {position} is empty; name the column or remove it"
                )
            )
        elif name in seen:
            problems.append(
                Problem(
                    file,
                    "duplicate_column",
                    f"column {name!r} appears twice in the header (positions {seen[name]} and {position})",
                    column=name,
                )
            )
        else:
            seen[name] = position
    if problems or columns is None:
        return problems
    missing = [c for c in columns if c not in seen]
    extra = [c for c in header if c not in columns]
    problems += [
        Problem(file, "missing_column", f"column {c!r} is missing from the header", column=c) for c in missing
    ]
    problems += [
        Problem(file, "extra_column", f"column {c!r} is not in the schema; remove it", column=c)
        for c in extra
    ]
    if not missing and not extra and header != columns:
        problems.append(
            Problem(
                file,
                "column_order",
                f"columns must be in this order: {', '.join(columns)}",
                value=", ".join(header),
            )
        )
    return problems


def split_list(value: object) -> list[str]:
    """Turn a ``;``-separated CSV cell into a list (an empty cell is ``[]``).

    Examples
    --------
    >>> split_list("us-dhs;mx-sre")
    ['us-dhs', 'mx-sre']
    >>> split_list(None)
    []
    """
    if not isinstance(value, str) or value == "":
        return []
    return value.split(LIST_DELIMITER)


def join_list(value: list[str]) -> str:
    """Turn a list into its ``;``-separated CSV cell.

    Examples
    --------
    >>> join_list(["SRC-00001", "SRC-00002"])
    'SRC-00001;SRC-00002'
    """
    return LIST_DELIMITER.join(value)


def apply_schema(raw: pd.DataFrame, schema: dict[str, Any], *, file: str) -> pd.DataFrame:
    """Give ``raw`` (strings) the dtypes of the Frictionless ``schema``.

    Dates become ``datetime64[ns]``, enum fields pandas ``Categorical`` with the fixed
    categories, list fields Python lists. A value that cannot take its type raises
    :class:`ValidationError` naming file, row, column and value.

    Examples
    --------
    >>> import pandas as pd
    >>> schema = {"fields": [{"name": "d", "type": "date"}]}
    >>> apply_schema(pd.DataFrame({"d": ["2019-01-29"]}), schema, file="x.csv").dtypes["d"]
    dtype('<M8[ns]')
    """
    import pandas as pd

    names = [f["name"] for f in schema["fields"]]
    if list(raw.columns) != names:
        raise ValidationError(
            [
                Problem(
                    file=file,
                    rule="column_order",
                    message=f"columns must be exactly {names} in this order",
                    value=list(raw.columns),
                )
            ]
        )
    out = {}
    problems: list[Problem] = []
    for field in schema["fields"]:
        name, kind = field["name"], field["type"]
        col = raw[name]
        enum = field.get("constraints", {}).get("enum")
        if kind == "date":
            conv, bad_format, out_of_range = parse_dates(col)
            problems += _bad_cells(file, name, col, bad_format, "date_format", "not a real YYYY-MM-DD date")
            problems += _bad_cells(
                file,
                name,
                col,
                out_of_range,
                "date_out_of_range",
                f"dates must lie between {DATE_BOUNDS[0]} and {DATE_BOUNDS[1]}",
            )
        elif enum is not None:
            conv = pd.Series(pd.Categorical(col, categories=enum), index=col.index, name=name)
            bad = conv.isna() & col.notna()
            problems += _bad_cells(file, name, col, bad, "vocabulary", f"must be one of {enum}")
        elif kind == "list":
            conv = col.map(split_list).astype(object)
        elif kind in ("number", "integer"):
            conv, bad = parse_numbers(col, integer=kind == "integer")
            what = "a plain integer (digits only)" if kind == "integer" else "a plain decimal number like 71071 or 41.5"
            problems += _bad_cells(file, name, col, bad, "number_format", f"must be {what}, without thousands separators")
        else:
            conv = col.astype("str")
        out[name] = conv
    if problems:
        raise ValidationError(problems)
    return pd.DataFrame(out, index=raw.index)


_PLAIN_NUMBER = r"-?[0-9]+(?:\.[0-9]+)?"
_PLAIN_INTEGER = r"-?[0-9]+"


def parse_numbers(col: pd.Series, *, integer: bool = False) -> tuple[pd.Series, pd.Series]:
    """Parse a text column of plain ASCII numbers; return (numbers, bad_format).

    Only ``-?digits[.digits]`` is a number (``71,071``, ``1e3``, ``NaN``, spaces or non-ASCII
    digits are ``bad_format``): a figure's value must be unambiguous. Integers become
    ``Int64``, numbers ``float64``; empty cells stay missing.

    Examples
    --------
    >>> import pandas as pd
    >>> values, bad = parse_numbers(pd.Series(["71071", "41.5", "71,071", None]))
    >>> values.tolist()[:2], bad.tolist()
    ([71071.0, 41.5], [False, False, True, False])
    """
    import pandas as pd

    present = col.notna()
    text = col.astype("object").where(present, None)
    shaped = pd.Series(False, index=col.index)
    if present.any():
        shaped[present] = (
            text[present].astype("str").str.fullmatch(_PLAIN_INTEGER if integer else _PLAIN_NUMBER).to_numpy(dtype=bool)
        )
    usable = text.where(shaped, None)
    numbers = pd.to_numeric(usable, errors="coerce")
    numbers = numbers.astype("Int64") if integer else numbers.astype("float64")
    numbers.index = col.index
    return numbers.rename(col.name), present & ~shaped


# dates a datetime64[ns] column can hold, as ISO text (string comparison is date comparison)
DATE_BOUNDS = ("1678-01-01", "2261-12-31")
_ISO_DATE = r"[0-9]{4}-[0-9]{2}-[0-9]{2}"


def parse_dates(col: pd.Series) -> tuple[pd.Series, pd.Series, pd.Series]:
    """Parse a text column of ``YYYY-MM-DD`` dates; return (dates, bad_format, out_of_range).

    Only ASCII, zero-padded ``YYYY-MM-DD`` text is a date (``2019-1-5``, fullwidth or other
    non-ASCII digits, surrounding spaces are ``bad_format``). A well-formed date that a
    ``datetime64[ns]`` column cannot hold (before 1678 or after 2261, e.g. ``0000-01-01`` or
    ``9999-12-31``) is ``out_of_range`` instead of an overflow error. Bad cells become NaT.

    Examples
    --------
    >>> import pandas as pd
    >>> dates, bad, far = parse_dates(pd.Series(["2019-01-29", "2019-1-5", "9999-12-31", None]))
    >>> str(dates[0].date()), list(bad), list(far)
    ('2019-01-29', [False, True, False, False], [False, False, True, False])
    """
    import pandas as pd

    text = col.astype("object")
    present = text.notna().to_numpy()
    shaped = present.copy()
    if present.any():
        shaped[present] = pd.Series(text[present].astype("str")).str.fullmatch(_ISO_DATE).to_numpy(dtype=bool)
    in_bounds = shaped.copy()
    if shaped.any():
        values = text[shaped].astype("str")
        in_bounds[shaped] = ((values >= DATE_BOUNDS[0]) & (values <= DATE_BOUNDS[1])).to_numpy(dtype=bool)
    usable = text.where(in_bounds)
    dates = pd.to_datetime(usable, format="%Y-%m-%d", errors="coerce").astype("datetime64[ns]")
    dates.index = col.index
    bad_format = pd.Series(present & ~shaped, index=col.index) | (
        pd.Series(in_bounds, index=col.index) & dates.isna()
    )
    out_of_range = pd.Series(shaped & ~in_bounds, index=col.index)
    return dates.rename(col.name), bad_format, out_of_range


def _bad_cells(
    file: str, column: str, raw: pd.Series, bad: pd.Series, rule: str, message: str
) -> list[Problem]:
    return [
        Problem(file=file, rule=rule, message=message, row=int(i) + 1, column=column, value=raw[i])
        for i in raw.index[bad.to_numpy()]
    ]
