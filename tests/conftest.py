from __future__ import annotations

import os
from pathlib import Path

import pytest
from tablefactory import write_tables

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def valid_dir(tmp_path: Path) -> Path:
    """A folder holding the small schema-valid dataset of tablefactory."""
    return write_tables(tmp_path / "tables")


import tempfile  # noqa: E402

# datasets writes its cache here, never into the user's home or the package
os.environ.setdefault("HF_DATASETS_CACHE", tempfile.mkdtemp(prefix="mppdata-hf-cache-"))
os.environ.setdefault("HF_HOME", tempfile.mkdtemp(prefix="mppdata-hf-home-"))
