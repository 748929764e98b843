"""Generated files (schemas/, data/datapackage.json, docs/schema.md) are never stale."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import REPO

from mppdata.contract.models import model_for
from mppdata.contract.tables import TABLES
from mppdata.release.generate import generated_files
from mppdata.storage.checksums import sha256_of

GENERATED = generated_files(REPO)


@pytest.mark.parametrize("rel", sorted(GENERATED, key=str), ids=str)
def test_generated_file_is_current(rel: Path) -> None:
    path = REPO / rel
    assert path.is_file(), f"{rel} is missing: run python -m mppdata.release.generate"
    assert path.read_text(encoding="utf-8") == GENERATED[rel], (
        f"{rel} is stale: run python -m mppdata.release.generate"
    )


@pytest.mark.parametrize("name", list(TABLES))
def test_every_column_has_a_description(name: str) -> None:
    undocumented = [
        c for c, col in model_for(name).to_schema().columns.items() if not (col.description or "").strip()
    ]
    assert undocumented == [], f"{name}: columns without description: {undocumented}"


def test_datapackage_hashes_match_files() -> None:
    package = json.loads((REPO / "data" / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        path = REPO / "data" / resource["path"]
        assert resource["hash"] == "sha256:" + sha256_of(path)
        assert resource["bytes"] == path.stat().st_size


def test_schema_doc_lists_every_column() -> None:
    doc = (REPO / "docs" / "schema.md").read_text(encoding="utf-8")
    for name in TABLES:
        for column in model_for(name).to_schema().columns:
            assert f"| `{column}` |" in doc, (name, column)
