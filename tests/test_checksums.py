"""Loading verifies each file's sha256 against datapackage.json."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import mppdata
from mppdata.storage import checksums, resources
from mppdata.storage.checksums import sha256_of


@pytest.fixture
def data_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "data"
    shutil.copytree(resources.bundled_data_dir(), copy)
    monkeypatch.setattr(resources, "bundled_data_dir", lambda: copy)
    monkeypatch.setattr(checksums, "_VERIFIED", set())
    return copy


def test_untouched_copy_loads(data_copy: Path) -> None:
    assert len(mppdata.load_statements()) > 0


def test_changed_byte_raises_checksum_error(data_copy: Path) -> None:
    path = data_copy / "statements.csv"
    expected = sha256_of(path)
    data = bytearray(path.read_bytes())
    data[-2] = ord("X") if data[-2] != ord("X") else ord("Y")
    path.write_bytes(bytes(data))
    with pytest.raises(mppdata.ChecksumError) as info:
        mppdata.load_statements()
    message = str(info.value)
    assert f"checksum mismatch for {path}" in message
    assert expected in message and sha256_of(path) in message
    assert "reinstall mppdata" in message


def test_truncated_file_raises_checksum_error(data_copy: Path) -> None:
    path = data_copy / "events.csv"
    path.write_bytes(path.read_bytes()[:-10])
    with pytest.raises(mppdata.ChecksumError, match="events.csv"):
        mppdata.load_events()


@pytest.mark.parametrize(
    "table,position",
    [
        ("sources", 0),
        ("actors", 0.5),
        ("events", 0.3),
        ("statements", 0.9),
        ("stances", 0.1),
        ("annotations", 0.7),
    ],
)
def test_any_changed_byte_is_caught(data_copy: Path, table: str, position: float) -> None:
    path = data_copy / f"{table}.csv"
    data = bytearray(path.read_bytes())
    i = int(position * (len(data) - 1))
    data[i] = (data[i] + 1) % 256
    path.write_bytes(bytes(data))
    with pytest.raises(mppdata.ChecksumError, match=f"checksum mismatch for .*{table}.csv"):
        mppdata.load_table(table)
