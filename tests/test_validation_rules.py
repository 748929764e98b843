"""Every validation rule has a failing fixture that asserts the exact problem reported."""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest
from tablefactory import valid_rows, write_tables

import mppdata
from mppdata.validation.checks import RULES, DataDirError

Rows = dict[str, list[dict[str, str]]]


def rows_case(mutate: Callable[[Rows], None]) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        rows = valid_rows()
        mutate(rows)
        write_tables(folder, rows)

    return build


def file_case(file: str, edit: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def build(folder: Path) -> None:
        write_tables(folder)
        path = folder / file
        path.write_bytes(edit(path.read_bytes()))

    return build


def _set(table: str, i: int, **values: str) -> Callable[[Rows], None]:
    def mutate(rows: Rows) -> None:
        rows[table][i].update(values)

    return mutate


def _drop_column(text: bytes, column: str) -> bytes:
    lines = list(csv.reader(text.decode().splitlines()))
    k = lines[0].index(column)
    out = [row[:k] + row[k + 1 :] for row in lines]
    return "".join(",".join(f'"{c}"' if "," in c else c for c in row) + "\n" for row in out).encode()


def _swap_first_columns(text: bytes) -> bytes:
    lines = list(csv.reader(text.decode().splitlines()))
    out = [[row[1], row[0], *row[2:]] for row in lines]
    return "".join(",".join(out_row) + "\n" for out_row in out).encode()


def _add_duplicate_statement(rows: Rows) -> None:
    dup = dict(rows["statements"][0], statement_id="STM-00003", text="we said THIS with a comma")
    rows["statements"].append(dup)
    rows["stances"].append(dict(rows["stances"][0], stance_id="STN-00003", statement_id="STM-00003"))
    rows["annotations"].append(dict(rows["annotations"][0], statement_id="STM-00003"))
    rows["evidence"].append(
        dict(
            rows["evidence"][0],
            evidence_id="EVD-00005",
            record_id="STM-00003",
            excerpt="we said THIS with a comma",
            date_cue="",
        )
    )


def _quote_and_evidence(text: str) -> Callable[[Rows], None]:
    def mutate(rows: Rows) -> None:
        rows["statements"][0]["text"] = text
        rows["evidence"][0]["excerpt"] = text
        rows["evidence"][0]["date_cue"] = ""

    return mutate


def _evidence_from_uncited_page(rows: Rows) -> None:
    rows["evidence"].append(dict(rows["evidence"][0], evidence_id="EVD-00005", source_id="SRC-00002"))


def _misquote(rows: Rows) -> None:
    rows["statements"][0]["text"] = 'We said "that", with a comma.'


def _same_name(rows: Rows) -> None:
    rows["actors"][1]["name"] = "AGENCY  Á."


def _remove_annotation(rows: Rows) -> None:
    rows["annotations"] = [a for a in rows["annotations"] if a["statement_id"] != "STM-00001"]


def _wrong_hash(folder: Path) -> None:
    import json

    write_tables(folder)
    resources = [{"path": "actors.csv", "hash": "sha256:" + "0" * 64}]
    (folder / "datapackage.json").write_text(json.dumps({"resources": resources}))


def _path_through_a_file(folder: Path) -> None:
    write_tables(folder)
    (folder / "stances.csv").unlink()
    (folder / "plain-file").write_text("x")
    (folder / "stances.csv").symlink_to(folder / "plain-file" / "stances.csv")


# rule -> (build the broken folder, expected (file, row, column, value))
CASES: dict[str, tuple[Callable[[Path], None], tuple[str, int | None, str | None, object]]] = {
    "missing_file": (
        lambda f: (write_tables(f), (f / "stances.csv").unlink()),
        ("stances.csv", None, None, None),
    ),
    "empty_file": (file_case("actors.csv", lambda b: b""), ("actors.csv", None, None, None)),
    "encoding": (
        file_case(
            "sources.csv", lambda b: b.replace("Otra página".encode(), "Otra p\xe1gina".encode("latin-1"))
        ),
        ("sources.csv", 2, None, None),
    ),
    "not_a_file": (
        lambda f: (write_tables(f), (f / "events.csv").unlink(), (f / "events.csv").mkdir()),
        ("events.csv", None, None, None),
    ),
    "unreadable": (_path_through_a_file, ("stances.csv", None, None, None)),
    "checksum": (_wrong_hash, ("actors.csv", None, None, None)),
    "line_ending": (
        file_case("actors.csv", lambda b: b.replace(b"\n", b"\r")),
        ("actors.csv", None, None, None),
    ),
    "duplicate_column": (
        file_case("actors.csv", lambda b: b.replace(b"role\n", b"role,role\n", 1)),
        ("actors.csv", None, "role", None),
    ),
    "bom": (file_case("actors.csv", lambda b: b"\xef\xbb\xbf" + b), ("actors.csv", None, None, None)),
    "csv_syntax": (
        file_case(
            "statements.csv",
            lambda b: b + b"STM-00009,agency-a,2019-01-29,SRC-00001,,paraphrase,x,en,,other,EXTRA\n",
        ),
        ("statements.csv", 3, None, None),
    ),
    "missing_column": (
        file_case("actors.csv", lambda b: _drop_column(b, "role")),
        ("actors.csv", None, "role", None),
    ),
    "extra_column": (
        file_case(
            "actors.csv",
            lambda b: (
                b.replace(b",role\n", b",role,notes\n", 1)
                .replace(b"\n", b",\n")
                .replace(b"notes,\n", b"notes\n")
            ),
        ),
        ("actors.csv", None, "notes", None),
    ),
    "column_order": (file_case("stances.csv", _swap_first_columns), ("stances.csv", None, None, None)),
    "not_null": (rows_case(_set("sources", 0, title="")), ("sources.csv", 1, "title", None)),
    "not_blank": (rows_case(_set("sources", 1, publisher="   ")), ("sources.csv", 2, "publisher", "   ")),
    "pattern": (rows_case(_set("actors", 0, country="usa")), ("actors.csv", 1, "country", "usa")),
    "vocabulary": (
        rows_case(_set("events", 0, event_type="Court_ruling")),
        ("events.csv", 1, "event_type", "Court_ruling"),
    ),
    "date_format": (
        rows_case(_set("statements", 1, date="2019-02-30")),
        ("statements.csv", 2, "date", "2019-02-30"),
    ),
    "list_format": (
        rows_case(_set("events", 0, source_ids="SRC-00001;SRC-00002;")),
        ("events.csv", 1, "source_ids", "SRC-00001;SRC-00002;"),
    ),
    "unique": (
        rows_case(_set("sources", 1, url="https://example.org/a")),
        ("sources.csv", 2, "url", "https://example.org/a"),
    ),
    "end_before_start": (
        rows_case(_set("events", 0, date_end="2019-01-01")),
        ("events.csv", 1, "date_end", "2019-01-01"),
    ),
    "precision_mismatch": (
        rows_case(_set("events", 0, date_precision="month")),
        ("events.csv", 1, "date_start", "2019-01-29"),
    ),
    "translation_missing": (
        rows_case(_set("statements", 1, text_en="")),
        ("statements.csv", 2, "text_en", None),
    ),
    "quote_too_long": (
        rows_case(_quote_and_evidence(" ".join(["palabra"] * 61))),
        ("statements.csv", 1, "text", "61 words: " + " ".join(["palabra"] * 61)[:60] + "..."),
    ),
    "excerpt_too_long": (
        rows_case(_set("evidence", 2, excerpt="x" * 601)),
        ("evidence.csv", 3, "excerpt", "x" * 601),
    ),
    "date_cue_not_in_excerpt": (
        rows_case(_set("evidence", 1, date_cue="el lunes")),
        ("evidence.csv", 2, "date_cue", "el lunes"),
    ),
    "record_without_evidence": (
        rows_case(lambda rows: rows["evidence"].pop(2)),
        ("events.csv", 1, "event_id", "EVT-00001"),
    ),
    "evidence_source_not_cited": (
        rows_case(_evidence_from_uncited_page),
        ("evidence.csv", 5, "source_id", "SRC-00002"),
    ),
    "quote_not_in_evidence": (
        rows_case(_misquote),
        ("statements.csv", 1, "text", 'We said "that", with a comma.'),
    ),
    "duplicate_actor_name": (
        rows_case(_same_name),
        ("actors.csv", 2, "name", "person-b"),
    ),
    "foreign_key": (
        rows_case(_set("statements", 0, actor_id="no-such-actor")),
        ("statements.csv", 1, "actor_id", "no-such-actor"),
    ),
    "date_out_of_range": (
        rows_case(_set("events", 0, date_start="2017-06-01")),
        ("events.csv", 1, "date_start", "2017-06-01"),
    ),
    "statement_after_source": (
        rows_case(_set("statements", 0, date="2019-01-31")),
        ("statements.csv", 1, "date", "2019-01-31"),
    ),
    "stance_without_annotation": (rows_case(_remove_annotation), ("stances.csv", 1, "target", "mpp")),
    "duplicate_statement": (rows_case(_add_duplicate_statement), ("statements.csv", 3, "text", "STM-00003")),
    "number_format": (
        rows_case(_set("figures", 0, value="71,071")),
        ("figures.csv", 1, "value", "71,071"),
    ),
    "out_of_range": (
        rows_case(_set("places", 1, latitude="132.5")),
        ("places.csv", 2, "latitude", 132.5),
    ),
    "percent_over_100": (
        rows_case(_set("figures", 0, unit="percent")),
        ("figures.csv", 1, None, None),
    ),
    "coordinates_unsourced": (
        rows_case(_set("places", 1, geonames_id="")),
        ("places.csv", 2, None, None),
    ),
    "figure_not_in_evidence": (
        rows_case(_set("figures", 0, value="71017")),
        ("figures.csv", 1, "value", "71017"),
    ),
    "docket_not_in_evidence": (
        rows_case(_set("events", 0, event_type="court_ruling", instrument="Doe v. Wolf, No. 19-2119 (S.D. Cal.)")),
        ("events.csv", 1, "instrument", "19-2119"),
    ),
}


def test_a_printed_docket_passes(tmp_path: Path) -> None:
    """The docket rule accepts a number its evidence prints (dash variant and case aside)."""
    rows = valid_rows()
    rows["events"][0].update(event_type="court_ruling", instrument="Doe v. Wolf, No. 19-2119-DMS (S.D. Cal.)")
    rows["evidence"][2]["excerpt"] = "El programa empezó el martes en San Ysidro (caso 19\u20132119-dms)."
    report = mppdata.validate(write_tables(tmp_path / "t", rows))
    assert report.ok, str(report)


def test_every_rule_has_a_failing_fixture() -> None:
    assert set(CASES) == set(RULES), f"rules without a fixture: {sorted(set(RULES) - set(CASES))}"


def test_the_fixture_base_is_valid(valid_dir: Path) -> None:
    report = mppdata.validate(valid_dir)
    assert report.ok, str(report)


@pytest.mark.parametrize("rule", sorted(CASES))
def test_rule_reports_exact_problem(rule: str, tmp_path: Path) -> None:
    build, (file, row, column, value) = CASES[rule]
    folder = tmp_path / "broken"
    folder.mkdir()
    build(folder)
    report = mppdata.validate(folder)
    assert [(p.file, p.rule) for p in report.problems] == [(file, rule)], str(report)
    problem = report.problems[0]
    assert (problem.row, problem.column) == (row, column)
    if value is not None:
        assert problem.value == value
    assert f"[{rule}]" in str(problem)
    assert file in str(problem)


def test_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(DataDirError, match="is not a folder"):
        mppdata.validate(tmp_path / "nope")


def test_all_problems_reported_at_once(tmp_path: Path) -> None:
    rows = valid_rows()
    rows["statements"][0]["actor_id"] = "ghost"
    rows["statements"][1]["date"] = "2019-02-30"
    rows["events"][0]["event_type"] = "nonsense"
    report = mppdata.validate(write_tables(tmp_path / "t", rows))
    assert sorted((p.rule, p.value) for p in report.problems) == [
        ("date_format", "2019-02-30"),
        ("foreign_key", "ghost"),
        ("vocabulary", "nonsense"),
    ]


def test_partial_dates_are_reported_per_row(tmp_path: Path) -> None:
    """A month-only date among full dates names its own row, not the whole column."""
    rows = valid_rows()
    rows["events"].append(dict(rows["events"][0], event_id="EVT-00002", date_start="2019-07", date_end=""))
    rows["evidence"].append(dict(rows["evidence"][2], evidence_id="EVD-00005", record_id="EVT-00002"))
    report = mppdata.validate(write_tables(tmp_path / "t", rows))
    assert [(p.file, p.rule, p.row, p.column, p.value) for p in report.problems] == [
        ("events.csv", "date_format", 2, "date_start", "2019-07")
    ]
