"""The curation pipeline: a staged batch with one bad candidate per check.

The good candidates are merged (new ids after the highest id ever used, retired ids skipped,
datapackage.json regenerated, data still valid); every bad one is named with its check.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tablefactory import write_tables

import mppdata
from mppdata.cli import main
from mppdata.curation.checks import CHECKS, check_batch
from mppdata.curation.merge import CurationError, merge_batch, read_tables
from mppdata.curation.staging import StagingError, read_batch

NEW_SOURCE = {
    "kind": "source",
    "url": "https://example.org/new-page",
    "title": "A new page",
    "publisher": "Example",
    "published_date": "2019-03-02",
    "source_type": "news_article",
    "language": "en",
    "accessed_date": "2026-12-01",
}
NEW_ACTOR = {
    "kind": "actor",
    "actor_id": "shelter-c",
    "name": "Shelter C",
    "actor_type": "ngo",
    "country": "MEX",
}
GOOD_STATEMENT = {
    "kind": "statement",
    "actor_id": "shelter-c",
    "date": "2019-03-01",
    "source": "https://example.org/new-page",
    "statement_type": "direct_quote",
    "text": "We have no more beds",
    "language": "en",
    "channel": "interview",
    "evidence": [
        {
            "excerpt": 'On Friday the director said: "We have no more beds," and asked for help.',
            "date_cue": "On Friday",
        }
    ],
    "stances": [
        {
            "target": "mpp",
            "stance": "against",
            "confidence": "medium",
            "rationale": "Describes strain.",
            "annotator_id": "ann-a",
        }
    ],
}
GOOD_EVENT = {
    "kind": "event",
    "date_start": "2019-03-01",
    "date_precision": "day",
    "event_type": "humanitarian_response",
    "title": "Shelter C full",
    "description": "Shelter C said it had run out of beds.",
    "country": "MEX",
    "actor_ids": ["shelter-c"],
    "sources": ["https://example.org/new-page"],
    "evidence": [
        {
            "source": "https://example.org/new-page",
            "excerpt": "The shelter was full on Friday.",
            "date_cue": "on Friday",
        }
    ],
}
GOOD_PLACE = {
    "kind": "place",
    "place_id": "mexicali",
    "name": "Mexicali",
    "place_type": "city",
    "country": "MEX",
    "latitude": 32.62781,
    "longitude": -115.45446,
    "paired_place_id": "san-diego",
    "geonames_id": 3996069,
}
GOOD_FIGURE = {
    "kind": "figure",
    "metric": "enrolments",
    "value": 4100,
    "unit": "people",
    "period_end": "2019-03-01",
    "date_precision": "day",
    "place_id": "mexicali",
    "producer_id": "shelter-c",
    "source": "https://example.org/new-page",
    "note": "People enrolled, as counted by the shelter.",
    "evidence": [{"excerpt": "By Friday 4,100 people had been enrolled.", "date_cue": "By Friday"}],
}
GOOD_EVIDENCE = {
    "kind": "evidence",
    "record_id": "EVT-00001",
    "source": "SRC-00001",
    "excerpt": "It started on the 29th.",
    "date_cue": "on the 29th",
}


def _bad(base: dict, **changes: object) -> dict:
    out = json.loads(json.dumps(base))
    out.update(changes)
    return out


# check -> a candidate that fails only that check
BAD = {
    "missing_field": _bad(GOOD_EVENT, title=""),
    "unknown_reference": _bad(GOOD_STATEMENT, actor_id="nobody"),
    "no_evidence": _bad(GOOD_STATEMENT, evidence=[], text="Words without evidence"),
    "source_not_cited": _bad(GOOD_EVENT, title="Other", evidence=[{"source": "SRC-00002", "excerpt": "x on Friday", "date_cue": "on Friday"}]),
    "verbatim": _bad(GOOD_STATEMENT, text="We have no beds left"),
    "date_cue": _bad(GOOD_STATEMENT, text="We have no more", evidence=[{"excerpt": "We have no more beds.", "date_cue": "yesterday"}]),
    "length": _bad(GOOD_EVIDENCE, excerpt="y" * 601, date_cue=None),
    "translation": _bad(GOOD_STATEMENT, language="es", text="No hay camas", evidence=[{"excerpt": "Dijo el viernes: No hay camas.", "date_cue": "el viernes"}]),
    "duplicate_statement": _bad(GOOD_STATEMENT, actor_id="agency-a", date="2019-01-29", text='We said "this", with a comma.',
                                evidence=[{"excerpt": 'We said "this", with a comma. On Tuesday.', "date_cue": "On Tuesday"}]),
    "duplicate_actor": {"kind": "actor", "actor_id": "agency-a-2", "name": "AGENCY A", "actor_type": "government_body"},
    "existing_url": _bad(NEW_SOURCE, url="https://example.org/a"),
    "vocabulary": _bad(GOOD_FIGURE, metric="returns"),
    "number_not_printed": _bad(GOOD_FIGURE, value=4000),
    "duplicate_place": _bad(GOOD_PLACE, place_id="tijuana"),
    "unsourced_coordinates": _bad(GOOD_PLACE, place_id="calexico", geonames_id=None),
    "retired_id": {"kind": "actor", "actor_id": "gone-ngo", "name": "Gone NGO", "actor_type": "ngo"},
    "dateline_only": _bad(GOOD_STATEMENT, text="We need shelters now", evidence=[
        {"excerpt": "Tijuana, 03 de abril de 2022.- The director said: We need shelters now.", "date_cue": "Tijuana, 03 de abril de 2022.-"}]),
}  # fmt: skip


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    data = write_tables(tmp_path / "data")
    (data / "retired_ids.txt").write_text("STM-00007 merged (test)\ngone-ngo removed (test)\n")
    return data


def _batch(tmp_path: Path, candidates: list[dict]) -> Path:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps(c, ensure_ascii=False) for c in candidates) + "\n", encoding="utf-8")
    return path


def test_every_check_has_a_failing_candidate() -> None:
    assert set(BAD) == set(CHECKS)


def test_good_candidates_merge_and_each_bad_one_is_named(folder: Path, tmp_path: Path) -> None:
    good = [NEW_SOURCE, NEW_ACTOR, GOOD_STATEMENT, GOOD_EVENT, GOOD_EVIDENCE, GOOD_PLACE, GOOD_FIGURE]
    bad = list(BAD.values())
    report = merge_batch(_batch(tmp_path, good + bad), folder)
    failed = {p.line: p.check for p in report.rejected}
    assert failed == {len(good) + i + 1: check for i, check in enumerate(BAD)}, str(report)
    assert report.added["sources"] == ["SRC-00003"]
    assert report.added["actors"] == ["shelter-c"]
    assert report.added["statements"] == ["STM-00008"]  # after retired STM-00007, never reusing it
    assert report.added["events"] == ["EVT-00002"]
    assert report.added["stances"] == ["STN-00003"]
    assert report.added["places"] == ["mexicali"]
    assert report.added["figures"] == ["FIG-00002"]
    assert report.added["evidence"] == ["EVD-00005", "EVD-00006", "EVD-00007", "EVD-00008"]
    assert mppdata.validate(folder).ok
    tables = read_tables(folder)
    stm = tables["statements"].set_index("statement_id").loc["STM-00008"]
    assert (stm["source_id"], stm["text"]) == ("SRC-00003", "We have no more beds")
    assert len(tables["annotations"]) == 4  # three before, plus the primary label of the new stance


def test_retired_actor_id_can_be_reinstated_explicitly(folder: Path, tmp_path: Path) -> None:
    back = {"kind": "actor", "actor_id": "gone-ngo", "name": "Gone NGO", "actor_type": "ngo", "reinstate": True}
    report = merge_batch(_batch(tmp_path, [back]), folder)
    assert report.rejected == [] and report.added["actors"] == ["gone-ngo"]


def test_dependent_candidate_is_rejected_with_its_source(folder: Path, tmp_path: Path) -> None:
    bad_source = _bad(NEW_SOURCE, title="")
    report = merge_batch(_batch(tmp_path, [bad_source, NEW_ACTOR, GOOD_STATEMENT]), folder)
    assert [(p.line, p.check) for p in report.rejected] == [(1, "missing_field"), (3, "unknown_reference")]
    assert report.added["actors"] == ["shelter-c"] and report.added["statements"] == []


def test_check_writes_nothing(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    code = main(
        ["curate", "check", str(_batch(tmp_path, [NEW_SOURCE, BAD["length"]])), "--data", str(folder)]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert out.startswith("would add: 1 sources\nrejected 1 candidate(s):")
    assert "line 2 (evidence): [length] excerpt of 601 characters" in out
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_merge_that_would_break_the_data_changes_nothing(folder: Path, tmp_path: Path) -> None:
    # passes the candidate checks, but the statement predates nothing... its source is
    # published before the statement's date, which only the full validation sees
    late = _bad(
        GOOD_STATEMENT,
        date="2019-03-05",
        evidence=[{"excerpt": '"We have no more beds," she said on Tuesday.', "date_cue": "on Tuesday"}],
    )
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with pytest.raises(CurationError, match=r"statement_after_source"):
        merge_batch(_batch(tmp_path, [NEW_SOURCE, NEW_ACTOR, late]), folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{not json\n", "line 1: not valid JSON"),
        ('{"kind": "tweet"}\n', 'line 1: needs a "kind" of source, actor, place, statement, event, figure, evidence'),
        ("\n\n", "holds no candidates"),
    ],
)
def test_malformed_batch_names_the_line(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text(text)
    with pytest.raises(StagingError, match=message):
        read_batch(path)


def test_cli_merge_of_a_malformed_batch_is_exit_2(
    folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "b.jsonl"
    path.write_text("{not json\n")
    assert main(["curate", "merge", str(path), "--data", str(folder)]) == 2
    assert "mppdata curate: error:" in capsys.readouterr().err


def test_merge_refuses_a_missing_data_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    batch = _batch(tmp_path, [NEW_ACTOR])
    assert main(["curate", "merge", str(batch), "--data", str(tmp_path / "nowhere")]) == 2
    assert "nowhere is not a folder; pass the data folder" in capsys.readouterr().err


def test_merge_refuses_the_data_of_an_installed_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mppdata.storage import resources

    installed = tmp_path / "site-packages" / "mppdata" / "data"
    installed.mkdir(parents=True)
    monkeypatch.setattr(resources, "bundled_data_dir", lambda: installed)
    with pytest.raises(CurationError, match="is the data of an installed package, not a source checkout"):
        merge_batch(_batch(tmp_path, [NEW_ACTOR]))


@pytest.mark.parametrize(
    ("changes", "rejected"),
    [
        ({}, True),
        ({"same_day_report": True}, False),  # the collector vouches for a same-day report
        ({"channel": "press_release"}, False),  # the page is the dated document
        ({"statement_type": "document_excerpt"}, False),
    ],
)
def test_dateline_only_cue_is_rejected_unless_the_page_dates_the_words(
    folder: Path, tmp_path: Path, changes: dict, rejected: bool
) -> None:
    cand = _bad(BAD["dateline_only"], **changes)
    problems = check_batch(read_batch(_batch(tmp_path, [NEW_SOURCE, NEW_ACTOR, cand])), read_tables(folder))
    checks = {p.check for p in problems}
    assert ("dateline_only" in checks) is rejected, [str(p) for p in problems]


@pytest.mark.parametrize(
    ("changes", "expected"),
    [
        ({"evidence": "just text"}, ("no_evidence", "evidence must be a list of objects")),
        ({"evidence": ["We have no more beds"]}, ("no_evidence", "evidence must be a list of objects")),
        ({"source": ["https://example.org/new-page"]}, ("unknown_reference", "is neither a source_id")),
    ],
)
def test_malformed_statement_fields_are_reported_not_raised(
    folder: Path, tmp_path: Path, changes: dict, expected: tuple[str, str]
) -> None:
    cand = _bad(GOOD_STATEMENT, **changes)
    problems = check_batch(read_batch(_batch(tmp_path, [NEW_SOURCE, NEW_ACTOR, cand])), read_tables(folder))
    found = [(p.check, p.message) for p in problems if p.line == 3]
    assert any(check == expected[0] and expected[1] in message for check, message in found), found
