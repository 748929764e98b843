"""The mppdata command: summary, validate exit codes, version, usage errors."""

from __future__ import annotations

import csv
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import mppdata
from mppdata.cli import main
from mppdata.storage.resources import bundled_data_dir


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mppdata", *args], capture_output=True, text=True, check=False
    )


def test_summary_prints_the_figures(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["summary"]) == 0
    out = capsys.readouterr().out
    s = mppdata.summary()
    assert out.splitlines()[0].startswith(f"mppdata {mppdata.__version__}")
    assert f"statements {s['rows']['statements']}" in out
    assert f"{s['date_range'][0]} to {s['date_range'][1]}" in out
    for target in s["stances"]:
        assert target in out


def test_validate_bundled_data_exits_0(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    assert capsys.readouterr().out.strip().endswith(": valid")


def test_validate_copy_with_dangling_actor_and_impossible_date(tmp_path: Path) -> None:
    copy = tmp_path / "data"
    shutil.copytree(bundled_data_dir(), copy)
    path = copy / "statements.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    rows[0]["actor_id"] = "no-such-actor"
    rows[1]["date"] = "2019-02-30"
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    result = run("validate", str(copy))
    assert result.returncode == 1, result.stdout + result.stderr
    assert "statements.csv, row 1, column 'actor_id': [foreign_key]" in result.stdout
    assert "'no-such-actor'" in result.stdout
    assert "statements.csv, row 2, column 'date': [date_format]" in result.stdout
    assert "'2019-02-30'" in result.stdout
    assert "Traceback" not in result.stderr


def test_validate_missing_folder_exits_2(tmp_path: Path) -> None:
    result = run("validate", str(tmp_path / "absent"))
    assert result.returncode == 2
    assert "is not a folder" in result.stderr


def test_unknown_option_exits_2() -> None:
    result = run("validate", "--frobnicate")
    assert result.returncode == 2
    assert "unrecognized arguments: --frobnicate" in result.stderr


def test_validate_json_lines(tmp_path: Path, valid_dir: Path) -> None:
    (valid_dir / "actors.csv").write_text("", encoding="utf-8")
    result = run("validate", "--json", str(valid_dir))
    assert result.returncode == 1
    assert result.stdout.strip() == (
        '{"file": "actors.csv", "row": null, "column": null, "value": null, "rule": "empty_file", '
        '"message": "the file is empty: it needs at least the header row"}'
    )


def test_version_does_not_import_pandas() -> None:
    code = (
        "import sys; from mppdata.cli import main\n"
        "try:\n    main(['--version'])\nexcept SystemExit as e:\n    assert e.code == 0\n"
        "assert 'pandas' not in sys.modules, 'pandas imported'\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"mppdata {mppdata.__version__}"


def test_no_command_prints_help_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
    assert "summary" in capsys.readouterr().out


def test_audit_prints_sample_with_addresses() -> None:
    result = run("audit", "--sample", "3", "--seed", "7")
    assert result.returncode == 0, result.stderr
    from mppdata.analysis.audit import audit_sample

    sample = audit_sample(3, seed=7)
    assert result.stdout.startswith("== 3 statements ==")
    for s in sample["statements"]:
        assert s["url"] in result.stdout and s["statement_id"] in result.stdout
    for e in sample["events"]:
        assert e["event_id"] in result.stdout


def test_audit_rejects_negative_sample() -> None:
    result = run("audit", "--sample", "-1")
    assert result.returncode == 2
    assert "must be >= 0, got -1" in result.stderr
