"""Reading table files: CSV text to DataFrames with the schema's dtypes.

The dtypes come from the table schemas in datapackage.json (generated from the pandera
models), so loaders type the data exactly as the models do without importing pandera.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from mppdata.contract.errors import Problem, ValidationError

if TYPE_CHECKING:
    import pandas as pd

LIST_DELIMITER = ";"


def read_raw(path: Path) -> pd.DataFrame:
    """Read a table file as text: every cell a string, empty cells null.

    Examples
    --------
    >>> from mppdata.storage.resources import bundled_data_dir
    >>> read_raw(bundled_data_dir() / "actors.csv").columns[0]
    'actor_id'
    """
    import pandas as pd

    return pd.read_csv(
        path,
        dtype=str,
        keep_default_na=False,
        na_values=[""],
        encoding="utf-8",
        encoding_errors="strict",
    )


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
            conv = pd.to_datetime(col, format="%Y-%m-%d", errors="coerce").astype("datetime64[ns]")
            bad = conv.isna() & col.notna()
            problems += _bad_cells(file, name, col, bad, "date_format", "not a real YYYY-MM-DD date")
        elif enum is not None:
            conv = pd.Series(pd.Categorical(col, categories=enum), index=col.index, name=name)
            bad = conv.isna() & col.notna()
            problems += _bad_cells(file, name, col, bad, "vocabulary", f"must be one of {enum}")
        elif kind == "list":
            conv = col.map(split_list).astype(object)
        else:
            conv = col.astype("str")
        out[name] = conv
    if problems:
        raise ValidationError(problems)
    return pd.DataFrame(out, index=raw.index)


def _bad_cells(
    file: str, column: str, raw: pd.Series, bad: pd.Series, rule: str, message: str
) -> list[Problem]:
    return [
        Problem(file=file, rule=rule, message=message, row=int(i) + 1, column=column, value=raw[i])
        for i in raw.index[bad.to_numpy()]
    ]
