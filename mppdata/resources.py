"""Where the bundled data lives, and its datapackage.json descriptor.

The tables ship inside the package (``mppdata/data``) and are found with
:func:`importlib.resources.files`, so an installed wheel needs nothing from a checkout.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib.resources import files
from pathlib import Path
from typing import Any

DESCRIPTOR = "datapackage.json"


def bundled_data_dir() -> Path:
    """Return the folder holding the bundled tables and datapackage.json.

    Examples
    --------
    >>> from mppdata.resources import bundled_data_dir
    >>> (bundled_data_dir() / "datapackage.json").is_file()
    True
    """
    return Path(str(files("mppdata") / "data"))


@lru_cache(maxsize=8)
def _read_descriptor(path: str) -> dict[str, Any]:
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def descriptor(data_dir: Path | None = None) -> dict[str, Any]:
    """Return the parsed datapackage.json of ``data_dir`` (default: the bundled data).

    Examples
    --------
    >>> from mppdata.resources import descriptor
    >>> descriptor()["name"]
    'mppdata'
    """
    folder = bundled_data_dir() if data_dir is None else Path(data_dir)
    return _read_descriptor(str(folder / DESCRIPTOR))


def table_schema(name: str) -> dict[str, Any]:
    """Return the Frictionless Table Schema of bundled table ``name``.

    Examples
    --------
    >>> from mppdata.resources import table_schema
    >>> table_schema("actors")["primaryKey"]
    ['actor_id']
    """
    for resource in descriptor()["resources"]:
        if resource["name"] == name:
            return resource["schema"]
    from mppdata.tables import get_spec

    get_spec(name)  # raises UnknownTableError for a bad name
    raise KeyError(f"table {name!r} is missing from datapackage.json; run python -m mppdata.generate")
