"""Hostile input (issue 10): no traceback, no data loss, no silent pass.

Each class of docs/robustness.md has its own section; every fixture here is built from scratch.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from conftest import REPO
from tablefactory import valid_rows, write_tables

import mppdata
from mppdata.cli import main
from mppdata.contract.errors import ValidationError, VersionNotAvailableError
from mppdata.loading import loaders
from mppdata.release import exports
from mppdata.storage import checksums, resources
from mppdata.storage.reading import apply_schema

Rows = dict[str, list[dict[str, str]]]


def _folder(tmp_path: Path, **cells: tuple[str, int, str, str]) -> Path:
    rows = valid_rows()
    for table, i, column, value in cells.values():
        rows[table][i][column] = value
    return write_tables(tmp_path / "t", rows)


def _where(report: mppdata.ValidationReport) -> list[tuple[str, str, int | None, str | None]]:
    return sorted((p.file, p.rule, p.row, p.column) for p in report.problems)


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(args)
    out, err = capsys.readouterr()
    return code, out, err


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


# --- 1. data loss ---------------------------------------------------------------------------
@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "home" / "project"
    root.mkdir(parents=True)
    (root / "analysis.py").write_text("print('mine')\n")
    (root / "notes").mkdir()
    (root / "notes" / "draft.md").write_text("# draft\n")
    (tmp_path / "home" / "thesis.tex").write_text("\\begin{document}\n")
    monkeypatch.chdir(root)
    return root


@pytest.mark.parametrize("target", [".", "..", "./", "notes/.."])
@pytest.mark.parametrize("fmt", ["csv", "hf"])
def test_force_never_replaces_the_current_folder_or_a_parent(
    project: Path, target: str, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    before, parent_before = _tree(project), _tree(project.parent)
    code, _, err = _run(["export", "--format", fmt, "--force", target], capsys)
    assert code == 2
    assert "is the current folder or one of its parents" in err and "Traceback" not in err
    assert _tree(project) == before and _tree(project.parent) == parent_before


def test_force_never_replaces_the_bundled_data(capsys: pytest.CaptureFixture[str]) -> None:
    data = resources.bundled_data_dir()
    before = _tree(data)
    for target in (data, data.parent / "data", data / ".." / "data"):
        code, _, err = _run(["export", "--format", "csv", "--force", str(target)], capsys)
        assert code == 2
        assert "mppdata's own bundled data" in err
    assert _tree(data) == before


def test_force_refuses_a_folder_that_is_not_an_export(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _tree(project)
    code, _, err = _run(["export", "--format", "parquet", "--force", str(project / "notes")], capsys)
    assert code == 2
    assert "notes is not an mppdata export (it has no .mppdata-export.json)" in err
    assert "nothing was touched" in err
    assert _tree(project) == before


def test_force_refuses_a_forged_manifest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / exports.MANIFEST).write_text("not json")
    (out / "keep.txt").write_text("keep")
    code, _, err = _run(["export", "--format", "csv", "--force", str(out)], capsys)
    assert code == 2 and "is not an mppdata export" in err
    assert (out / "keep.txt").read_text() == "keep"


def test_force_replaces_a_previous_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert _run(["export", "--format", "parquet", str(out)], capsys)[0] == 0
    manifest = json.loads((out / exports.MANIFEST).read_text())
    assert manifest == {"mppdata_export": True, "format": "parquet", "version": mppdata.__version__}
    code, out_text, _ = _run(["export", "--format", "csv", "--force", str(out)], capsys)
    assert code == 0 and "wrote" in out_text
    assert (out / "statements.csv").is_file() and not (out / "statements.parquet").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no temporary or old folder left


def test_without_force_an_existing_export_is_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert _run(["export", "--format", "csv", str(out)], capsys)[0] == 0
    before = _tree(out)
    code, _, err = _run(["export", "--format", "csv", str(out)], capsys)
    assert code == 2 and "already exists" in err
    assert _tree(out) == before


@pytest.mark.parametrize("kind", ["file", "symlink"])
def test_export_refuses_a_file_or_link_destination(
    tmp_path: Path, kind: str, capsys: pytest.CaptureFixture[str]
) -> None:
    real = tmp_path / "real.txt"
    real.write_text("precious")
    target = real
    if kind == "symlink":
        (tmp_path / "elsewhere").mkdir()
        target = tmp_path / "link"
        target.symlink_to(tmp_path / "elsewhere")
    code, _, err = _run(["export", "--format", "csv", "--force", str(target)], capsys)
    assert code == 2
    assert ("is not a folder" in err) if kind == "file" else ("is a symbolic link" in err)
    assert real.read_text() == "precious"


def test_export_into_an_empty_existing_folder_is_allowed(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    out = exports.export(tmp_path / "empty", format="csv")
    assert (out / "actors.csv").is_file()


# --- 2. dates a datetime64[ns] cannot hold --------------------------------------------------
FAR_DATES = ["0000-01-01", "3020-02-28", "9999-12-31", "1677-09-21", "2262-04-12", "1000-06-15"]


@pytest.mark.parametrize("value", FAR_DATES)
@pytest.mark.parametrize(("table", "column"), [("statements", "date"), ("sources", "published_date")])
def test_far_dates_are_problems_not_crashes(tmp_path: Path, value: str, table: str, column: str) -> None:
    report = mppdata.validate(_folder(tmp_path, c=(table, 0, column, value)))
    found = [p for p in report.problems if p.column == column and p.row == 1]
    assert [(p.file, p.rule, p.value) for p in found] == [(f"{table}.csv", "date_out_of_range", value)], str(
        report
    )


@pytest.mark.parametrize("value", FAR_DATES)
def test_far_dates_in_the_loader_path_raise_validation_error(value: str) -> None:
    raw = pd.DataFrame({"d": [value]}, dtype="str")
    with pytest.raises(ValidationError) as info:
        apply_schema(raw, {"fields": [{"name": "d", "type": "date"}]}, file="x.csv")
    (problem,) = info.value.problems
    assert (problem.file, problem.rule, problem.row, problem.column, problem.value) == (
        "x.csv", "date_out_of_range", 1, "d", value,
    )  # fmt: skip


# --- 3. invisible and look-alike characters -------------------------------------------------
LOOKALIKES = {
    "id with trailing newline": ("sources", 0, "source_id", "SRC-00001\n", "pattern"),
    "id with leading space": ("sources", 0, "source_id", " SRC-00001", "pattern"),
    "id with tab": ("stances", 0, "stance_id", "STN-00001\t", "pattern"),
    "fullwidth digits in id": ("statements", 0, "statement_id", "STM-０0001", "pattern"),
    "arabic-indic digits in id": ("statements", 0, "statement_id", "STM-٠٠٠٠١", "pattern"),
    "slug with trailing newline": ("actors", 0, "actor_id", "agency-a\n", "pattern"),
    "language code with newline": ("sources", 0, "language", "en\n", "pattern"),
    "country with non-breaking space": ("actors", 0, "country", "USA\u00a0", "pattern"),
    "url with trailing newline": ("sources", 0, "url", "https://example.org/a\n", "pattern"),
    "url with inner space": ("sources", 0, "url", "https://example.org/a b", "pattern"),
    "date without zero padding": ("statements", 0, "date", "2019-1-5", "date_format"),
    "date with fullwidth digits": ("statements", 0, "date", "２０１９-01-29", "date_format"),
    "date with trailing newline": ("events", 0, "date_start", "2019-01-29\n", "date_format"),
    "vocabulary with zero-width space": ("stances", 0, "stance", "favor\u200b", "vocabulary"),
}


@pytest.mark.parametrize("case", list(LOOKALIKES))
def test_lookalike_values_are_rejected(tmp_path: Path, case: str) -> None:
    table, i, column, value, rule = LOOKALIKES[case]
    report = mppdata.validate(_folder(tmp_path, c=(table, i, column, value)))
    assert (f"{table}.csv", rule, i + 1, column) in _where(report), str(report)
    assert any(p.value == value for p in report.problems if p.column == column)


def test_dangling_reference_with_a_newline_is_caught(tmp_path: Path) -> None:
    report = mppdata.validate(_folder(tmp_path, c=("statements", 0, "source_id", "SRC-10001\n")))
    assert ("statements.csv", "pattern", 1, "source_id") in _where(report)


# --- 4. tracebacks instead of exit 2 --------------------------------------------------------
@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["validate", ""], "an empty path was given"),
        (["diff", "", "0.2.0"], "an empty path was given"),
        (["export", "--format", "csv", ""], "the destination is an empty path"),
        (["validate", "x" * 300], "File name too long"),
        (["audit", "--seed", "-1"], "must be between 0 and 4294967295, got -1"),
        (["audit", "--seed", str(2**40)], "must be between 0 and 4294967295"),
        (["audit", "--seed", "1.5"], "must be a whole number, got '1.5'"),
        (["audit", "--sample", "many"], "must be a whole number, got 'many'"),
    ],
)
def test_usage_errors_are_one_line_and_exit_2(
    args: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) if args[0] == "audit" else _nothing():
        code = main(args)
    err = capsys.readouterr().err
    if args[0] != "audit":
        assert code == 2
    assert message in err and "Traceback" not in err


class _nothing:  # a do-nothing context manager, to share one test body
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> bool:
        return False


def test_path_through_a_file_is_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "file").write_text("x")
    code, _, err = _run(["validate", str(tmp_path / "file" / "sub")], capsys)
    assert code == 2 and "is not a folder" in err
    code, _, err = _run(["export", "--format", "csv", str(tmp_path / "file" / "sub" / "out")], capsys)
    assert code == 2 and "mppdata export: error: cannot write into" in err


def _cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    full = {**os.environ, **(env or {})}
    return subprocess.Popen(
        [sys.executable, "-m", "mppdata", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=full
    )


def test_broken_pipe_is_quiet(tmp_path: Path) -> None:
    rows = valid_rows()
    rows["actors"] += [dict(rows["actors"][0], role=f"copy {i}") for i in range(3000)]  # 3000 duplicates
    folder = write_tables(tmp_path / "t", rows)
    proc = _cli("validate", "--json", str(folder))
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.readline()
    proc.stdout.close()  # the reader goes away, like `| head -1`
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == 141
    assert "Traceback" not in err and "BrokenPipe" not in err


def test_ascii_terminal_prints_spanish_text() -> None:
    proc = _cli("audit", "--sample", "30", "--seed", "3", env={"PYTHONIOENCODING": "ascii", "LANG": "C"})
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err.decode()
    assert b"Traceback" not in err
    assert b"\\x" in out or b"\\u" in out  # accents shown escaped, not crashed on


def _broken_folders(tmp_path: Path) -> dict[str, Path]:
    cases = {}

    def make(name: str, file: str, edit) -> None:  # type: ignore[no-untyped-def]
        folder = write_tables(tmp_path / name)
        path = folder / file
        path.write_bytes(edit(path.read_bytes()))
        cases[name] = folder

    make("unclosed quote", "actors.csv", lambda b: b + b'actor-z,"Unclosed,ngo,USA,,\n')
    make("latin-1", "sources.csv", lambda b: b.replace("página".encode(), "página".encode("latin-1")))
    make("zero-byte", "events.csv", lambda b: b"")
    make(
        "missing key column",
        "stances.csv",
        lambda b: b"\n".join(line.split(b",", 1)[-1] for line in b.split(b"\n")),
    )
    make(
        "duplicate key",
        "statements.csv",
        lambda b: b + b.split(b"\n")[1] + b"\n",
    )
    return cases


@pytest.mark.parametrize(
    ("case", "message"),
    [
        ("unclosed quote", "actors.csv: [csv_syntax]"),
        ("latin-1", "sources.csv, row 2: [encoding]"),
        ("zero-byte", "events.csv: [empty_file]"),
        ("missing key column", "stances.csv has no stance_id column"),
        ("duplicate key", "id 'STM-00001' occurs more than once (row 3)"),
    ],
)
def test_diff_on_malformed_folders_is_exit_2(
    tmp_path: Path, case: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_tables(tmp_path / "good")
    broken = _broken_folders(tmp_path)[case]
    code, out, err = _run(["diff", str(good), str(broken)], capsys)
    assert code == 2 and out == ""
    assert err.startswith("mppdata diff: error: cannot compare") or err.startswith("mppdata diff: error: ")
    assert message in err and len(err.strip().splitlines()) == 1


@pytest.fixture
def installed_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    copy = tmp_path / "installed" / "data"
    shutil.copytree(resources.bundled_data_dir(), copy)
    monkeypatch.setattr(resources, "bundled_data_dir", lambda: copy)
    monkeypatch.setattr(checksums, "_VERIFIED", set())
    monkeypatch.setattr(loaders, "_FRAMES", {})
    return copy


@pytest.mark.parametrize("damage", ["tampered", "truncated", "deleted", "folder", "descriptor gone"])
@pytest.mark.parametrize("command", [["summary"], ["audit", "--sample", "2"], ["export", "--format", "csv"]])
def test_damaged_install_gives_a_message(
    installed_copy: Path, tmp_path: Path, damage: str, command: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    path = installed_copy / "statements.csv"
    if damage == "tampered":
        data = bytearray(path.read_bytes())
        data[500] ^= 1
        path.write_bytes(bytes(data))
    elif damage == "truncated":
        path.write_bytes(path.read_bytes()[:1000])
    elif damage == "deleted":
        path.unlink()
    elif damage == "folder":
        path.unlink()
        path.mkdir()
    else:
        (installed_copy / "datapackage.json").unlink()
    args = command + ([str(tmp_path / "out")] if command[0] == "export" else [])
    code, _, err = _run(args, capsys)
    assert code == 2 and "Traceback" not in err
    expected = {
        "tampered": "checksum mismatch for",
        "truncated": "checksum mismatch for",
        "deleted": "cannot be read (statements.csv is missing",
        "folder": "is a folder, not a regular file",
        "descriptor gone": "datapackage.json (FileNotFoundError",
    }[damage]
    assert expected in err and "reinstall mppdata" in err
    assert not (tmp_path / "out").exists()


# --- 5. silent acceptance -------------------------------------------------------------------
def _edit(folder: Path, file: str, edit) -> Path:  # type: ignore[no-untyped-def]
    path = folder / file
    path.write_bytes(edit(path.read_bytes()))
    return folder


def test_row_with_too_few_fields_is_reported(valid_dir: Path) -> None:
    # the missing trailing fields (text_en, channel) would silently read as empty
    _edit(
        valid_dir,
        "statements.csv",
        lambda b: b + b"STM-00009,agency-a,2019-01-29,SRC-00001,,paraphrase,x,en\n",
    )
    report = mppdata.validate(valid_dir)
    assert _where(report) == [("statements.csv", "csv_syntax", 3, None)]
    assert report.problems[0].message == "the row has 8 field(s), the header has 10"


def test_header_only_sources_reports_every_dangling_reference(valid_dir: Path) -> None:
    _edit(valid_dir, "sources.csv", lambda b: b.split(b"\n")[0] + b"\n")
    report = mppdata.validate(valid_dir)
    assert ("statements.csv", "foreign_key", 1, "source_id") in _where(report)
    assert ("events.csv", "foreign_key", 1, "source_ids") in _where(report)
    assert {p.rule for p in report.problems} == {"foreign_key"}


def test_duplicate_header_is_named_as_written(valid_dir: Path) -> None:
    _edit(valid_dir, "actors.csv", lambda b: b.replace(b"name,actor_type", b"role,actor_type", 1))
    report = mppdata.validate(valid_dir)
    (problem,) = report.problems
    assert (problem.rule, problem.column) == ("duplicate_column", "role")
    assert "positions 2 and 6" in problem.message and "role.1" not in str(report)


def test_empty_header_cell_is_named_by_position(valid_dir: Path) -> None:
    _edit(valid_dir, "actors.csv", lambda b: b.replace(b",role\n", b",role,\n", 1).replace(b"\n", b",\n"))
    report = mppdata.validate(valid_dir)
    assert [(p.rule, p.message) for p in report.problems][0] == (
        "duplicate_column", "header cell 7 is empty; name the column or remove it",
    )  # fmt: skip
    assert "Unnamed" not in str(report)


def test_long_cell_is_data_not_a_syntax_error(tmp_path: Path) -> None:
    folder = _folder(tmp_path, c=("events", 0, "description", "word, " * 40_000))  # ~240 KiB, quoted
    report = mppdata.validate(folder)
    assert report.ok, str(report)


@pytest.mark.parametrize(
    "edit",
    [lambda b: b.replace(b"\n", b"\r"), lambda b: b.replace(b"Example", b"Exam\rple", 1)],
    ids=["CR-only file", "bare CR in a field"],
)
def test_bare_carriage_return_is_reported(valid_dir: Path, edit) -> None:  # type: ignore[no-untyped-def]
    _edit(valid_dir, "sources.csv", edit)
    assert [(p.file, p.rule) for p in mppdata.validate(valid_dir).problems] == [
        ("sources.csv", "line_ending")
    ]


def test_crlf_stays_accepted(valid_dir: Path) -> None:
    _edit(valid_dir, "sources.csv", lambda b: b.replace(b"\n", b"\r\n"))
    assert mppdata.validate(valid_dir).ok


@pytest.mark.parametrize("kind", ["directory", "fifo", "symlink loop", "broken symlink"])
def test_not_a_regular_file(valid_dir: Path, kind: str) -> None:
    path = valid_dir / "events.csv"
    path.unlink()
    if kind == "directory":
        path.mkdir()
    elif kind == "fifo":
        os.mkfifo(path)
    elif kind == "symlink loop":
        path.symlink_to(valid_dir / "loop.csv")
        (valid_dir / "loop.csv").symlink_to(path)
    else:
        path.symlink_to(valid_dir / "gone.csv")
    start = time.perf_counter()
    report = mppdata.validate(valid_dir)
    assert time.perf_counter() - start < 30  # a FIFO is never opened
    events = [p for p in report.problems if p.file == "events.csv"]
    assert [p.rule for p in events] == ["not_a_file"]
    assert {
        "directory": "a folder",
        "fifo": "FIFO",
        "symlink loop": "symlink loop",
        "broken symlink": "link to nothing",
    }[kind] in events[0].message


def test_composite_key_duplicate_names_every_part(valid_dir: Path) -> None:
    rows = valid_rows()
    rows["stances"].append(dict(rows["stances"][0], stance_id="STN-00003"))
    folder = write_tables(valid_dir.parent / "dup", rows)
    (problem,) = [p for p in mppdata.validate(folder).problems if p.rule == "unique"]
    assert (problem.file, problem.row, problem.column) == ("stances.csv", 3, "statement_id+target")
    assert problem.value == "statement_id=STM-00001, target=mpp"


# --- 6. integrity ---------------------------------------------------------------------------
def test_validate_reports_files_that_no_longer_match_their_descriptor(tmp_path: Path) -> None:
    out = exports.export(tmp_path / "csv", format="csv")
    assert mppdata.validate(out).ok
    path = out / "actors.csv"
    path.write_bytes(path.read_bytes().replace(b"Government", b"Gobierno", 1))
    problems = [p for p in mppdata.validate(out).problems if p.rule == "checksum"]
    assert [(p.file, p.rule) for p in problems] == [("actors.csv", "checksum")]
    assert "python -m mppdata.release.generate" in problems[0].message


def test_export_refuses_tampered_bundled_data(installed_copy: Path, tmp_path: Path) -> None:
    path = installed_copy / "actors.csv"
    path.write_bytes(path.read_bytes() + b"x")
    with pytest.raises(mppdata.ChecksumError):
        exports.export(tmp_path / "out", format="csv")
    assert list(tmp_path.iterdir()) == ["installed"] or not (tmp_path / "out").exists()


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_signal_during_export_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, signum: int, capsys: pytest.CaptureFixture[str]
) -> None:
    real = exports._write_csv

    def write_then_signal(folder: Path) -> None:
        real(folder)
        os.kill(os.getpid(), signum)
        time.sleep(5)  # the handler fires before this returns

    monkeypatch.setattr(exports, "_write_csv", write_then_signal)
    code, _, err = _run(["export", "--format", "csv", str(tmp_path / "out")], capsys)
    assert code == 128 + signum
    assert f"export interrupted by signal {signal.Signals(signum).name}; nothing was written" in err
    assert list(tmp_path.iterdir()) == []
    assert signal.getsignal(signum) in (signal.SIG_DFL, signal.default_int_handler) or callable(
        signal.getsignal(signum)
    )


# --- 7. duplicates at scale: linear work, capped output -------------------------------------
def test_many_duplicates_are_all_reported_and_the_text_is_capped(tmp_path: Path) -> None:
    rows = valid_rows()
    rows["actors"] += [dict(rows["actors"][0]) for _ in range(5000)]
    folder = write_tables(tmp_path / "t", rows)
    start = time.perf_counter()
    report = mppdata.validate(folder)
    assert time.perf_counter() - start < 60
    dups = [p for p in report.problems if p.rule == "unique" and p.file == "actors.csv"]
    assert len(dups) == 5000
    text = str(report).splitlines()
    assert len([line for line in text if line.startswith("  actors.csv, row") and "[unique]" in line]) == 20
    assert "  actors.csv: ... and 4980 more [unique] problem(s) not shown" in "\n".join(text)
    assert len(report.format(per_rule=None).splitlines()) == len(report.problems) + 1


# --- 9. offline -----------------------------------------------------------------------------
def test_other_version_without_network_fails_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def no_network(*args: object, **kwargs: object) -> None:
        raise OSError("network unreachable (simulated)")

    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("MPPDATA_HUB_REPO", raising=False)
    monkeypatch.setattr(socket, "create_connection", no_network)
    start = time.perf_counter()
    with pytest.raises(VersionNotAvailableError) as info:
        mppdata.load_statements(version="0.1.0")
    assert time.perf_counter() - start < 5
    assert f"this installation bundles {mppdata.__version__}" in str(info.value)
    assert "cannot be reached from this machine" in str(info.value)


# --- 10. permissions of exported folders ----------------------------------------------------
@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o755), (0o077, 0o700), (0o002, 0o775)])
def test_export_folder_follows_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    old = os.umask(umask)
    try:
        out = exports.export(tmp_path / "out", format="csv")
    finally:
        os.umask(old)
    assert out.stat().st_mode & 0o777 == mode


# --- 8. no symlinks anywhere in the tree ----------------------------------------------------
def test_repository_has_no_symlinks() -> None:
    if not (REPO / ".git").exists():
        pytest.skip("not a git checkout")
    listing = subprocess.run(["git", "ls-files", "-s"], cwd=REPO, capture_output=True, text=True, check=True)
    links = [line.split("\t")[1] for line in listing.stdout.splitlines() if line.startswith("120000")]
    assert links == []
