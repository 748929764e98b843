"""Robustness: malformed or tampered input is reported precisely, never as a traceback."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from tablefactory import valid_rows, write_tables

import mppdata
from mppdata.cli import main
from mppdata.contract.errors import ValidationError
from mppdata.contract.tables import TABLES
from mppdata.storage.reading import apply_schema
from mppdata.storage.resources import table_schema

Rows = dict[str, list[dict[str, str]]]
Expected = list[tuple[str, str, int | None, str | None]]  # (file, rule, row, column)


def set_cell(table: str, i: int, column: str, value: str) -> Callable[[Rows], None]:
    def mutate(rows: Rows) -> None:
        rows[table][i][column] = value

    return mutate


def edit_bytes(file: str, edit: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def apply(folder: Path) -> None:
        path = folder / file
        path.write_bytes(edit(path.read_bytes()))

    return apply


def _reorder(b: bytes) -> bytes:
    rows = list(csv.reader(io.StringIO(b.decode())))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([[r[1], r[0], *r[2:]] for r in rows])
    return out.getvalue().encode()


def _drop_last_column(b: bytes) -> bytes:
    rows = list(csv.reader(io.StringIO(b.decode())))
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([r[:-1] for r in rows])
    return out.getvalue().encode()


# each case: (mutation of the rows, or None) , (edit of the written files, or None), expected problems
CASES: dict[str, tuple[Callable[[Rows], None] | None, Callable[[Path], None] | None, Expected]] = {
    "wrong type in a date column": (
        set_cell("statements", 0, "date", "yesterday"),
        None,
        [("statements.csv", "date_format", 1, "date")],
    ),
    "list written with commas": (
        set_cell("events", 0, "actor_ids", "agency-a, person-b"),
        None,
        [("events.csv", "list_format", 1, "actor_ids")],
    ),
    "unknown vocabulary value": (
        set_cell("statements", 0, "channel", "tweet"),
        None,
        [("statements.csv", "vocabulary", 1, "channel")],
    ),
    "mixed-case vocabulary value": (
        set_cell("statements", 1, "channel", "Press_Conference"),
        None,
        [("statements.csv", "vocabulary", 2, "channel")],
    ),
    "vocabulary value with trailing space": (
        set_cell("stances", 0, "stance", "favor "),
        None,
        [("stances.csv", "vocabulary", 1, "stance")],
    ),
    "duplicate id": (
        set_cell("statements", 1, "statement_id", "STM-00001"),
        None,
        [
            ("statements.csv", "unique", 2, "statement_id"),
            ("stances.csv", "foreign_key", 2, "statement_id"),
            ("annotations.csv", "foreign_key", 2, "statement_id"),
            ("annotations.csv", "foreign_key", 3, "statement_id"),
            ("evidence.csv", "foreign_key", 2, "record_id"),  # its evidence row lost its record too
        ],
    ),
    "impossible date": (
        set_cell("sources", 0, "published_date", "2019-02-30"),
        None,
        [("sources.csv", "date_format", 1, "published_date")],
    ),
    "date out of range": (
        set_cell("events", 0, "date_end", "2031-01-01"),
        None,
        [("events.csv", "date_out_of_range", 1, "date_end")],
    ),
    "end before start": (
        set_cell("events", 0, "date_end", "2019-01-28"),
        None,
        [("events.csv", "end_before_start", 1, "date_end")],
    ),
    "statement dated after its source": (
        set_cell("statements", 0, "date", "2019-01-31"),
        None,
        [("statements.csv", "statement_after_source", 1, "date")],
    ),
    "missing translation": (
        set_cell("statements", 1, "text_en", ""),
        None,
        [("statements.csv", "translation_missing", 2, "text_en")],
    ),
    "overlong quote": (
        lambda rows: (
            set_cell("statements", 0, "text", "palabra " * 70)(rows),
            set_cell("evidence", 0, "excerpt", "palabra " * 70)(rows),
            set_cell("evidence", 0, "date_cue", "")(rows),
        ),
        None,
        [("statements.csv", "quote_too_long", 1, "text")],
    ),
    "empty required text": (
        set_cell("events", 0, "description", ""),
        None,
        [("events.csv", "not_null", 1, "description")],
    ),
    "blank required text": (
        set_cell("stances", 0, "rationale", " \t "),
        None,
        [("stances.csv", "not_blank", 1, "rationale")],
    ),
    "malformed URL": (
        set_cell("sources", 0, "url", "example.org/page"),
        None,
        [("sources.csv", "pattern", 1, "url")],
    ),
    "duplicate URL": (
        set_cell("sources", 1, "url", "https://example.org/a"),
        None,
        [("sources.csv", "unique", 2, "url")],
    ),
    "whitespace-padded id": (
        set_cell("stances", 1, "stance_id", " STN-00002"),
        None,
        [("stances.csv", "pattern", 2, "stance_id")],
    ),
    "malformed list column": (
        set_cell("events", 0, "source_ids", "SRC-00001;;SRC-00002"),
        None,
        [("events.csv", "list_format", 1, "source_ids")],
    ),
    "missing column": (
        None,
        edit_bytes("sources.csv", _drop_last_column),
        [("sources.csv", "missing_column", None, "accessed_date")],
    ),
    "extra column": (
        None,
        edit_bytes("actors.csv", lambda b: b.replace(b"role\n", b"role,notes\n", 1)),
        [("actors.csv", "extra_column", None, "notes")],
    ),
    "reordered columns": (
        None,
        edit_bytes("events.csv", _reorder),
        [("events.csv", "column_order", None, None)],
    ),
    "byte-order mark": (
        None,
        edit_bytes("stances.csv", lambda b: b"\xef\xbb\xbf" + b),
        [("stances.csv", "bom", None, None)],
    ),
    "non-UTF-8 bytes": (
        None,
        edit_bytes("actors.csv", lambda b: b.replace(b"Agency A", b"Agenc\xeda A")),
        [("actors.csv", "encoding", 1, None)],
    ),
    "truncated last line inside a quoted field": (
        None,
        edit_bytes(
            "statements.csv",
            lambda b: b.rstrip(b"\n") + b'\nSTM-00003,agency-a,2019-01-29,SRC-00001,,paraphrase,"cut off',
        ),
        [("statements.csv", "csv_syntax", None, None)],
    ),
    "truncated last line missing fields": (
        None,
        edit_bytes("actors.csv", lambda b: b + b"actor-c,Actor C\n"),
        [("actors.csv", "csv_syntax", 3, None)],
    ),
    "empty file": (None, edit_bytes("events.csv", lambda b: b""), [("events.csv", "empty_file", None, None)]),
    "unescaped quote in a field": (
        None,
        edit_bytes("actors.csv", lambda b: b.replace(b"Person B", b'"Person" B')),
        [("actors.csv", "csv_syntax", None, None)],
    ),
    "header only annotations": (
        None,
        edit_bytes("annotations.csv", lambda b: b.split(b"\n")[0] + b"\n"),
        [
            ("stances.csv", "stance_without_annotation", 1, "target"),
            ("stances.csv", "stance_without_annotation", 2, "target"),
        ],
    ),
}

FK_CASES = {
    f"dangling {spec.name}.{fk.column}": (spec.name, fk.column, fk.ref_table)
    for spec in TABLES.values()
    for fk in spec.foreign_keys
}


def _build(folder: Path, mutate: Callable[[Rows], None] | None, edit: Callable[[Path], None] | None) -> Path:
    rows = valid_rows()
    if mutate:
        mutate(rows)
    write_tables(folder, rows)
    if edit:
        edit(folder)
    return folder


def _check(folder: Path, expected: Expected, capsys: pytest.CaptureFixture[str]) -> None:
    report = mppdata.validate(folder)
    got = sorted((p.file, p.rule, p.row, p.column) for p in report.problems)
    assert got == sorted(expected), str(report)
    assert main(["validate", str(folder)]) == 1  # no exception escapes, exit 1
    out = capsys.readouterr().out
    for file, rule, _row, _col in expected:
        assert f"{file}" in out and f"[{rule}]" in out


def test_at_least_thirty_cases() -> None:
    assert len(CASES) + len(FK_CASES) >= 30


@pytest.mark.parametrize("case", list(CASES))
def test_bad_input(case: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mutate, edit, expected = CASES[case]
    _check(_build(tmp_path / "t", mutate, edit), expected, capsys)


# a well-formed id that no row of the referenced table has
GHOST = {
    "actors": "ghost-actor",
    "sources": "SRC-09999",
    "events": "EVT-09999",
    "statements": "STM-09999",
    "places": "ghost-place",
}


@pytest.mark.parametrize("case", list(FK_CASES))
def test_dangling_reference_in_each_relation(case: str, tmp_path: Path) -> None:
    table, column, ref_table = FK_CASES[case]
    rows = valid_rows()
    row = next(i for i, r in enumerate(rows[table]) if r[column])
    rows[table][row][column] = GHOST[ref_table]
    value = rows[table][row][column]
    folder = write_tables(tmp_path / "t", rows)
    report = mppdata.validate(folder)
    fk = [p for p in report.problems if p.rule == "foreign_key"]
    assert [(p.file, p.row, p.column, p.value) for p in fk] == [(f"{table}.csv", row + 1, column, value)], (
        str(report)
    )


def test_crlf_line_endings_are_accepted(tmp_path: Path) -> None:
    folder = write_tables(tmp_path / "t")
    for spec in TABLES.values():
        path = folder / spec.file
        path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    report = mppdata.validate(folder)
    assert report.ok, str(report)


def test_loader_rejects_reordered_columns_like_the_validator() -> None:
    raw = pd.DataFrame(
        {
            "name": ["x"],
            "actor_id": ["a"],
            "actor_type": ["person"],
            "country": ["USA"],
            "affiliation_id": [None],
            "role": [None],
        }
    )
    with pytest.raises(ValidationError) as info:
        apply_schema(raw, table_schema("actors"), file="actors.csv")
    assert [p.rule for p in info.value.problems] == ["column_order"]


def test_missing_folder_exits_2_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate", str(tmp_path / "absent")]) == 2
    assert "is not a folder" in capsys.readouterr().err
