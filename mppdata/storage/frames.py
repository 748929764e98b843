"""Giving frames back their schema dtypes after a trip through Parquet or the Hub.

Parquet and Hugging Face ``datasets`` keep values but not pandas dtypes: dates come back as
``datetime.date`` objects or timestamps, categoricals as plain strings (or, from the Hub
export, as ``ClassLabel`` integer codes), lists as numpy arrays. :func:`restore_dtypes` turns such a frame back into exactly what the loaders return.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, float) and value != value:
        return []
    return [str(v) for v in value]


def restore_dtypes(frame: pd.DataFrame, schema: dict[str, Any]) -> pd.DataFrame:
    """Return ``frame`` with the dtypes the loaders give for the Frictionless ``schema``.

    Examples
    --------
    >>> import pandas as pd, datetime
    >>> schema = {"fields": [{"name": "d", "type": "date"}, {"name": "ids", "type": "list"}]}
    >>> out = restore_dtypes(pd.DataFrame({"d": [datetime.date(2019, 1, 29)], "ids": [("a",)]}), schema)
    >>> str(out["d"].dtype), out["ids"][0]
    ('datetime64[ns]', ['a'])
    """
    import pandas as pd

    out = {}
    for field in schema["fields"]:
        name, kind = field["name"], field["type"]
        col = frame[name]
        enum = field.get("constraints", {}).get("enum")
        if kind == "date":
            out[name] = pd.to_datetime(col).astype("datetime64[ns]")
        elif enum is not None and pd.api.types.is_numeric_dtype(col) and not pd.api.types.is_bool_dtype(col):
            # a Hugging Face ClassLabel column: integer codes in the vocabulary's order
            codes = col.fillna(-1).astype("int64").to_numpy()
            out[name] = pd.Series(pd.Categorical.from_codes(codes, categories=enum), index=col.index)
        elif enum is not None:
            out[name] = pd.Series(pd.Categorical(col.astype("object"), categories=enum), index=col.index)
        elif kind == "list":
            out[name] = col.map(_as_list).astype(object)
        elif kind == "number":
            out[name] = pd.to_numeric(col, errors="raise").astype("float64")
        elif kind == "integer":
            out[name] = pd.to_numeric(col, errors="raise").astype("Int64")
        else:
            out[name] = col.astype("object").where(col.notna(), None).astype("str")
    return pd.DataFrame(out, index=frame.index).reset_index(drop=True)


def arrow_table(frame: pd.DataFrame, schema: dict[str, Any]) -> Any:
    """Return a ``pyarrow.Table`` of ``frame`` with explicit types from ``schema``.

    Dates become ``date32``, lists ``list<string>``, numbers ``float64``/``int64``, everything else
    ``string``.

    Examples
    --------
    >>> import pandas as pd
    >>> schema = {"fields": [{"name": "x", "type": "string"}]}
    >>> arrow_table(pd.DataFrame({"x": ["a", None]}), schema).schema.field("x").type
    DataType(string)
    """
    import pyarrow as pa
    from pandas import NA as pd_na

    arrays, fields = [], []
    for field in schema["fields"]:
        name, kind = field["name"], field["type"]
        col = frame[name]
        if kind == "date":
            values = [None if v != v or v is None else v.date() for v in col]
            typ = pa.date32()
        elif kind == "list":
            values = [list(v) for v in col]
            typ = pa.list_(pa.string())
        elif kind in ("number", "integer"):
            values = [None if (v is None or v is pd_na or v != v) else v for v in col]
            typ = pa.float64() if kind == "number" else pa.int64()
        else:
            values = [None if (v is None or (isinstance(v, float) and v != v)) else str(v) for v in col]
            typ = pa.string()
        arrays.append(pa.array(values, type=typ))
        fields.append(pa.field(name, typ, nullable=not field.get("constraints", {}).get("required", False)))
    return pa.Table.from_arrays(arrays, schema=pa.schema(fields))
