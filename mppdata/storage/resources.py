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

    An installed wheel carries the tables inside the package (``mppdata/data``); a source
    checkout or an editable install reads the repository's ``data/`` folder beside the
    package. No symlink is involved, so a clone without symlink support works too.

    Examples
    --------
    >>> from mppdata.storage.resources import bundled_data_dir
    >>> (bundled_data_dir() / "datapackage.json").is_file()
    True
    """
    return _bundled("data")


def bundled_schemas_dir() -> Path:
    """Return the folder holding the generated Frictionless table schemas.

    Examples
    --------
    >>> from mppdata.storage.resources import bundled_schemas_dir
    >>> (bundled_schemas_dir() / "statements.json").is_file()
    True
    """
    return _bundled("schemas")


def bundled_docs_dir() -> Path:
    """Return the folder holding the documentation (codebook, methodology, figures, schema).

    Examples
    --------
    >>> from mppdata.storage.resources import bundled_docs_dir
    >>> (bundled_docs_dir() / "codebook.md").is_file()
    True
    """
    return _bundled("docs")


def _bundled(name: str) -> Path:
    inside = Path(str(files("mppdata") / name))
    if inside.is_dir():
        return inside
    return Path(__file__).resolve().parents[2] / name


@lru_cache(maxsize=8)
def _read_descriptor(path: str) -> dict[str, Any]:
    from mppdata.contract.errors import DataFileMissingError

    try:
        with open(path, encoding="utf-8") as fh:
            return json.load(fh)
    except (OSError, ValueError) as exc:
        raise DataFileMissingError(
            f"cannot read {path} ({type(exc).__name__}: {exc}); if this is the installed package, "
            "reinstall mppdata (pip install --force-reinstall mppdata)"
        ) from None


def descriptor(data_dir: Path | None = None) -> dict[str, Any]:
    """Return the parsed datapackage.json of ``data_dir`` (default: the bundled data).

    Examples
    --------
    >>> from mppdata.storage.resources import descriptor
    >>> descriptor()["name"]
    'mppdata'
    """
    folder = bundled_data_dir() if data_dir is None else Path(data_dir)
    return _read_descriptor(str(folder / DESCRIPTOR))


def table_schema(name: str) -> dict[str, Any]:
    """Return the Frictionless Table Schema of bundled table ``name``.

    Examples
    --------
    >>> from mppdata.storage.resources import table_schema
    >>> table_schema("actors")["primaryKey"]
    ['actor_id']
    """
    for resource in descriptor()["resources"]:
        if resource["name"] == name:
            return resource["schema"]
    from mppdata.contract.tables import get_spec

    get_spec(name)  # raises UnknownTableError for a bad name
    raise KeyError(f"table {name!r} is missing from datapackage.json; run python -m mppdata.release.generate")
