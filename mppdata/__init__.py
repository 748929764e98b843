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

__version__ = "1.0.0"

_LAZY = {
    "list_tables": "mppdata.contract.tables",
    "load_table": "mppdata.loading.loaders",
    "load_all": "mppdata.loading.loaders",
    "load_sources": "mppdata.loading.loaders",
    "load_actors": "mppdata.loading.loaders",
    "load_events": "mppdata.loading.loaders",
    "load_statements": "mppdata.loading.loaders",
    "load_stances": "mppdata.loading.loaders",
    "load_annotations": "mppdata.loading.loaders",
    "load_evidence": "mppdata.loading.loaders",
    "load_places": "mppdata.loading.loaders",
    "load_figures": "mppdata.loading.loaders",
    "figures": "mppdata.analysis.figures",
    "base_map": "mppdata.analysis.maps",
    "load_wide": "mppdata.analysis.wide",
    "outline_rings": "mppdata.analysis.maps",
    "validate": "mppdata.validation.checks",
    "ValidationReport": "mppdata.validation.checks",
    "summary": "mppdata.analysis.overview",
    "agreement": "mppdata.analysis.reliability",
    "AgreementReport": "mppdata.analysis.reliability",
    "load_stance_task": "mppdata.analysis.stance_task",
    "diff": "mppdata.release.record_diff",
    "export": "mppdata.release.exports",
    "cite": "mppdata.release.citation",
    "MppdataError": "mppdata.contract.errors",
    "ValidationError": "mppdata.contract.errors",
    "ChecksumError": "mppdata.contract.errors",
    "UnknownTableError": "mppdata.contract.errors",
    "Problem": "mppdata.contract.errors",
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
