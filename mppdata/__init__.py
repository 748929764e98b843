"""mppdata: statements, events and stances on the US "Migrant Protection Protocols".

Importing the package is cheap: pandas, pandera and the Hugging Face libraries are only
imported by the functions that need them.

Examples
--------
>>> import mppdata
>>> statements = mppdata.load_statements()
>>> "text_en" in statements.columns
True
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.2.0"

_LAZY = {
    "list_tables": "mppdata.tables",
    "load_table": "mppdata.loaders",
    "load_all": "mppdata.loaders",
    "load_sources": "mppdata.loaders",
    "load_actors": "mppdata.loaders",
    "load_events": "mppdata.loaders",
    "load_statements": "mppdata.loaders",
    "load_stances": "mppdata.loaders",
    "load_annotations": "mppdata.loaders",
    "validate": "mppdata.validation",
    "ValidationReport": "mppdata.validation",
    "summary": "mppdata.overview",
    "agreement": "mppdata.reliability",
    "AgreementReport": "mppdata.reliability",
    "load_stance_task": "mppdata.stance_task",
    "diff": "mppdata.record_diff",
    "export": "mppdata.exports",
    "cite": "mppdata.citation",
    "MppdataError": "mppdata.errors",
    "ValidationError": "mppdata.errors",
    "ChecksumError": "mppdata.errors",
    "UnknownTableError": "mppdata.errors",
    "Problem": "mppdata.errors",
}

__all__ = ["__version__", *_LAZY]


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        value = getattr(import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'mppdata' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(__all__)
