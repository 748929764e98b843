"""A small, schema-valid set of tables written to a folder, for tests to break one rule at a time."""

from __future__ import annotations

import csv
from pathlib import Path

from mppdata.contract.tables import TABLES

# the column contract of ../shared/DESIGN.md, in order: the tests compare the loaders with it
HEADERS = {
    "sources": ["source_id", "url", "title", "publisher", "original_publisher", "author",
                "published_date", "source_type", "language", "accessed_date"],
    "actors": ["actor_id", "name", "actor_type", "country", "affiliation_id", "role"],
    "places": ["place_id", "name", "place_type", "country", "admin1", "latitude", "longitude",
               "paired_place_id", "ports_of_entry", "geonames_id", "source_id"],
    "events": ["event_id", "date_start", "date_end", "date_precision", "event_type", "title",
               "description", "country", "location", "actor_ids", "source_ids", "instrument",
               "place_id"],
    "statements": ["statement_id", "actor_id", "date", "source_id", "event_id", "statement_type",
                   "text", "language", "text_en", "channel"],
    "figures": ["figure_id", "metric", "value", "unit", "breakdown", "period_start", "period_end",
                "date_precision", "place_id", "producer_id", "source_id", "event_id", "note"],
    "stances": ["stance_id", "statement_id", "target", "stance", "confidence", "rationale"],
    "annotations": ["statement_id", "target", "annotator_id", "stance", "pass"],
    "evidence": ["evidence_id", "record_id", "source_id", "excerpt", "date_cue"],
}  # fmt: skip


def valid_rows() -> dict[str, list[dict[str, str]]]:
    """Return a tiny schema-valid dataset (all values synthetic)."""
    return {
        "sources": [
            {
                "source_id": "SRC-00001",
                "url": "https://example.org/a",
                "title": "A page",
                "publisher": "Example",
                "original_publisher": "",
                "author": "",
                "published_date": "2019-01-30",
                "source_type": "news_article",
                "language": "en",
                "accessed_date": "2026-11-28",
            },
            {
                "source_id": "SRC-00002",
                "url": "https://example.org/b",
                "title": "Otra página",
                "publisher": "Ejemplo",
                "original_publisher": "Wire",
                "author": "A. Writer",
                "published_date": "",
                "source_type": "wire_report",
                "language": "es",
                "accessed_date": "2026-11-28",
            },
        ],
        "actors": [
            {
                "actor_id": "agency-a",
                "name": "Agency A",
                "actor_type": "government_body",
                "country": "USA",
                "affiliation_id": "",
                "role": "",
            },
            {
                "actor_id": "person-b",
                "name": "Person B",
                "actor_type": "person",
                "country": "MEX",
                "affiliation_id": "agency-a",
                "role": "Spokesperson",
            },
        ],
        "events": [
            {
                "event_id": "EVT-00001",
                "date_start": "2019-01-29",
                "date_end": "2019-01-30",
                "date_precision": "day",
                "event_type": "policy_implementation",
                "title": "Start",
                "description": "Something began.",
                "country": "USA",
                "location": "San Ysidro",
                "actor_ids": "agency-a;person-b",
                "source_ids": "SRC-00001;SRC-00002",
                "instrument": "",
                "place_id": "san-diego",
            },
        ],
        "statements": [
            {
                "statement_id": "STM-00001",
                "actor_id": "agency-a",
                "date": "2019-01-29",
                "source_id": "SRC-00001",
                "event_id": "EVT-00001",
                "statement_type": "direct_quote",
                "text": 'We said "this", with a comma.',
                "language": "en",
                "text_en": "",
                "channel": "press_release",
            },
            {
                "statement_id": "STM-00002",
                "actor_id": "person-b",
                "date": "2019-02-01",
                "source_id": "SRC-00002",
                "event_id": "",
                "statement_type": "paraphrase",
                "text": "Dijo que no hay acuerdo.",
                "language": "es",
                "text_en": "Said there is no agreement.",
                "channel": "press_conference",
            },
        ],
        "stances": [
            {
                "stance_id": "STN-00001",
                "statement_id": "STM-00001",
                "target": "mpp",
                "stance": "favor",
                "confidence": "high",
                "rationale": "Supports it.",
            },
            {
                "stance_id": "STN-00002",
                "statement_id": "STM-00002",
                "target": "mpp",
                "stance": "against",
                "confidence": "medium",
                "rationale": "Rejects it.",
            },
        ],
        "annotations": [
            {
                "statement_id": "STM-00001",
                "target": "mpp",
                "annotator_id": "ann-a",
                "stance": "favor",
                "pass": "primary",
            },
            {
                "statement_id": "STM-00002",
                "target": "mpp",
                "annotator_id": "ann-a",
                "stance": "against",
                "pass": "primary",
            },
            {
                "statement_id": "STM-00002",
                "target": "mpp",
                "annotator_id": "ann-b",
                "stance": "against",
                "pass": "reliability",
            },
        ],
        "evidence": [
            {
                "evidence_id": "EVD-00001",
                "record_id": "STM-00001",
                "source_id": "SRC-00001",
                "excerpt": 'On Tuesday the agency wrote: We said "this", with a comma. Nothing more.',
                "date_cue": "On Tuesday",
            },
            {
                "evidence_id": "EVD-00002",
                "record_id": "STM-00002",
                "source_id": "SRC-00002",
                "excerpt": "Person B dijo el viernes que no hay acuerdo.",
                "date_cue": "el viernes",
            },
            {
                "evidence_id": "EVD-00003",
                "record_id": "EVT-00001",
                "source_id": "SRC-00002",
                "excerpt": "El programa empezó el martes en San Ysidro.",
                "date_cue": "",
            },
            {
                "evidence_id": "EVD-00004",
                "record_id": "FIG-00001",
                "source_id": "SRC-00001",
                "excerpt": "By Dec. 31, 2020 the agency had returned 71,071 people to Tijuana.",
                "date_cue": "By Dec. 31, 2020",
            },
        ],
        "places": [
            {
                "place_id": "san-diego",
                "name": "San Diego",
                "place_type": "city",
                "country": "USA",
                "admin1": "California",
                "latitude": "32.71571",
                "longitude": "-117.16472",
                "paired_place_id": "tijuana",
                "ports_of_entry": "San Ysidro",
                "geonames_id": "",
                "source_id": "SRC-00001",
            },
            {
                "place_id": "tijuana",
                "name": "Tijuana",
                "place_type": "city",
                "country": "MEX",
                "admin1": "Baja California",
                "latitude": "32.5027",
                "longitude": "-117.00371",
                "paired_place_id": "san-diego",
                "ports_of_entry": "",
                "geonames_id": "3981609",
                "source_id": "",
            },
        ],
        "figures": [
            {
                "figure_id": "FIG-00001",
                "metric": "returns_to_mexico",
                "value": "71071",
                "unit": "people",
                "breakdown": "",
                "period_start": "2019-01-29",
                "period_end": "2020-12-31",
                "date_precision": "day",
                "place_id": "tijuana",
                "producer_id": "agency-a",
                "source_id": "SRC-00001",
                "event_id": "EVT-00001",
                "note": "People returned to Tijuana by the agency.",
            },
        ],
    }


def write_tables(folder: Path, rows: dict[str, list[dict[str, str]]] | None = None) -> Path:
    """Write ``rows`` (default: :func:`valid_rows`) as the table CSV files of ``folder``."""
    rows = valid_rows() if rows is None else rows
    folder.mkdir(parents=True, exist_ok=True)
    for name, spec in TABLES.items():
        with open(folder / spec.file, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=HEADERS[name], lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows[name])
    return folder
