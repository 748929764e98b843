"""Hugging Face ``Features`` for every table: class labels in codebook order, lists, dates.

The Hub export writes each table as Parquet whose schema metadata carries these features, so
``datasets.load_dataset`` returns ``ClassLabel`` columns (``stance`` is 0 favor, 1 against,
2 neutral, the codebook's order, not alphabetical), ``List(Value("string"))`` for id lists,
``date32`` for dates and ``float64``/``int64`` for numbers. The dataset card's ``dataset_info``
repeats them for the Hub viewer. ``datasets`` is imported only here (the ``hf`` extra).
"""

from __future__ import annotations

import json
from typing import Any

from mppdata.contract.errors import MppdataError


class HfExtraMissingError(MppdataError):
    """The Hugging Face export needs the ``datasets`` package (the ``hf`` extra)."""


def _datasets() -> Any:
    try:
        import datasets
    except ImportError:
        raise HfExtraMissingError(
            "the Hugging Face export needs the 'datasets' package: pip install 'mppdata[hf]'"
        ) from None
    return datasets


def features_for(schema: dict[str, Any]) -> Any:
    """Return the ``datasets.Features`` of a Frictionless-style ``schema``.

    Enumerated fields become ``ClassLabel`` with the vocabulary in its defined (codebook) order.

    Examples
    --------
    >>> from mppdata.storage.resources import table_schema
    >>> features = features_for(table_schema("stances"))
    >>> features["stance"].names
    ['favor', 'against', 'neutral']
    """
    ds = _datasets()
    out = {}
    for field in schema["fields"]:
        kind = field["type"]
        enum = field.get("constraints", {}).get("enum")
        if enum is not None:
            out[field["name"]] = ds.ClassLabel(names=list(enum))
        elif kind == "date":
            out[field["name"]] = ds.Value("date32")
        elif kind == "list":
            out[field["name"]] = ds.List(ds.Value("string"))
        elif kind == "number":
            out[field["name"]] = ds.Value("float64")
        elif kind == "integer":
            out[field["name"]] = ds.Value("int64")
        else:
            out[field["name"]] = ds.Value("string")
    return ds.Features(out)


def hub_table(frame: Any, schema: dict[str, Any]) -> Any:
    """Return the Arrow table written to the Hub: class labels as int codes, features in metadata.

    Examples
    --------
    >>> import mppdata
    >>> from mppdata.storage.resources import table_schema
    >>> table = hub_table(mppdata.load_stances(), table_schema("stances"))
    >>> str(table.schema.field("stance").type), b"huggingface" in table.schema.metadata
    ('int64', True)
    """
    import pyarrow as pa
    import pyarrow.compute as pc

    from mppdata.storage.frames import arrow_table

    table = arrow_table(frame, schema)
    for field in schema["fields"]:
        enum = field.get("constraints", {}).get("enum")
        if enum is None:
            continue
        # the vocabulary's position of each value (vectorised); null stays null
        array = pc.index_in(table[field["name"]], value_set=pa.array(enum, pa.string())).cast(pa.int64())
        index = table.schema.get_field_index(field["name"])
        table = table.set_column(index, pa.field(field["name"], pa.int64(), nullable=True), array)
    info = {"info": {"features": features_for(schema).to_dict()}}
    return table.replace_schema_metadata({b"huggingface": json.dumps(info).encode()})


def dataset_info(configs: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Return the card's ``dataset_info`` list: each config's features as the Hub writes them.

    Examples
    --------
    >>> from mppdata.storage.resources import table_schema
    >>> info = dataset_info({"stances": table_schema("stances")})
    >>> info[0]["features"][3]
    {'name': 'stance', 'dtype': {'class_label': {'names': {'0': 'favor', '1': 'against', '2': 'neutral'}}}}
    """
    ds = _datasets()
    out = []
    for name, schema in configs.items():
        yaml = ds.DatasetInfo(features=features_for(schema))._to_yaml_dict()
        out.append({"config_name": name, "features": yaml["features"]})
    return out
