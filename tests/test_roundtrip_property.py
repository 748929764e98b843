"""Property-based round trips: random schema-valid tables survive CSV → loaders → Parquet →
Hugging Face export → datasets.load_dataset → pandas, value for value and dtype for dtype.

The CI profile runs a handful of examples; set MPPDATA_HYPOTHESIS_PROFILE=long for more.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import mppdata
from mppdata.contract import vocabularies as voc
from mppdata.contract.tables import TABLES
from mppdata.release import exports
from mppdata.release.generate import datapackage
from mppdata.storage import checksums, resources
from mppdata.storage.frames import restore_dtypes
from mppdata.storage.resources import table_schema

datasets = pytest.importorskip("datasets")

settings.register_profile("ci", max_examples=6, deadline=None, suppress_health_check=list(HealthCheck))
settings.register_profile("long", max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
settings.load_profile(os.environ.get("MPPDATA_HYPOTHESIS_PROFILE", "ci"))

TODAY = date.today()
# accented and non-Latin letters, emoji, quotes, commas, semicolons, newlines
ALPHABET = st.characters(
    blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\r"
) | st.sampled_from(list("\"',;\n áéñüçßЖж中文😀✅"))
text = st.text(ALPHABET, min_size=1, max_size=40).filter(lambda s: s.strip() != "" and s.strip() == s)
opt_text = st.one_of(st.none(), text)
day = st.dates(min_value=date(2018, 1, 1), max_value=TODAY)
opt_day = st.one_of(st.none(), day)


@st.composite
def tables(draw) -> dict[str, list[dict[str, str]]]:
    n_src, n_act, n_evt, n_stm = (draw(st.integers(1, 3)) for _ in range(4))
    iso = lambda d: "" if d is None else d.isoformat()  # noqa: E731
    sources = [
        {
            "source_id": f"SRC-{i + 1:05d}",
            "url": f"https://example.org/{i}",
            "title": draw(text),
            "publisher": draw(text),
            "original_publisher": draw(opt_text) or "",
            "author": draw(opt_text) or "",
            "published_date": iso(draw(opt_day)),
            "source_type": draw(st.sampled_from(voc.SOURCE_TYPES)),
            "language": draw(st.sampled_from(["en", "es", "fr"])),
            "accessed_date": iso(draw(day)),
        }
        for i in range(n_src)
    ]
    actors = [
        {
            "actor_id": f"actor-{i}",
            "name": f"{i} {draw(text)}",  # distinct: two actors may not share a name
            "actor_type": draw(st.sampled_from(voc.ACTOR_TYPES)),
            "country": draw(st.sampled_from(["", "USA", "MEX"])),
            "affiliation_id": "" if i == 0 else "actor-0",
            "role": draw(opt_text) or "",
        }
        for i in range(n_act)
    ]
    n_place = draw(st.integers(0, 3))
    places = [
        {
            "place_id": f"place-{i}",
            "name": draw(text),
            "place_type": draw(st.sampled_from(voc.PLACE_TYPES)),
            "country": draw(st.sampled_from(["USA", "MEX"])),
            "admin1": draw(opt_text) or "",
            "latitude": f"{draw(st.floats(-90, 90, allow_nan=False, allow_infinity=False)):.5f}",
            "longitude": str(draw(st.integers(-180, 180))),
            "paired_place_id": "" if i == 0 else "place-0",
            "ports_of_entry": draw(opt_text) or "",
            "geonames_id": str(draw(st.integers(1, 10**8))) if i % 2 == 0 else "",
            "source_id": "" if i % 2 == 0 else sources[0]["source_id"],
        }
        for i in range(n_place)
    ]
    place_ids = ["", *[p["place_id"] for p in places]]
    events = []
    for i in range(n_evt):
        start = draw(day)
        end = draw(st.one_of(st.none(), st.dates(min_value=start, max_value=TODAY)))
        events.append(
            {
                "event_id": f"EVT-{i + 1:05d}",
                "date_start": start.isoformat(),
                "date_end": iso(end),
                "date_precision": "day",
                "event_type": draw(st.sampled_from(voc.EVENT_TYPES)),
                "title": draw(text),
                "description": draw(text),
                "country": draw(st.sampled_from(["USA", "MEX"])),
                "location": draw(opt_text) or "",
                "actor_ids": ";".join(
                    draw(
                        st.lists(
                            st.sampled_from([a["actor_id"] for a in actors]), unique=True, max_size=n_act
                        )
                    )
                ),
                "source_ids": ";".join(
                    draw(
                        st.lists(
                            st.sampled_from([s["source_id"] for s in sources]),
                            unique=True,
                            min_size=1,
                            max_size=n_src,
                        )
                    )
                ),
                "instrument": draw(opt_text) or "",
                "place_id": draw(st.sampled_from(place_ids)),
            }
        )
    statements, stances, annotations = [], [], []
    for i in range(n_stm):
        src = draw(st.sampled_from(sources))
        pub = date.fromisoformat(src["published_date"]) if src["published_date"] else TODAY
        lang = draw(st.sampled_from(["en", "es"]))
        sid = f"STM-{i + 1:05d}"
        statements.append(
            {
                "statement_id": sid,
                "actor_id": draw(st.sampled_from(actors))["actor_id"],
                "date": draw(st.dates(min_value=date(2018, 1, 1), max_value=pub)).isoformat(),
                "source_id": src["source_id"],
                "event_id": draw(st.sampled_from(["", *[e["event_id"] for e in events]])),
                "statement_type": "paraphrase",
                "text": f"{i} {draw(text)}",
                "language": lang,
                "text_en": draw(text) if lang == "es" else "",
                "channel": draw(st.sampled_from(voc.CHANNELS)),
            }
        )
        for target in draw(st.lists(st.sampled_from(voc.TARGETS), unique=True, min_size=1, max_size=2)):
            label = draw(st.sampled_from(voc.STANCES))
            stances.append(
                {
                    "stance_id": f"STN-{len(stances) + 1:05d}",
                    "statement_id": sid,
                    "target": target,
                    "stance": label,
                    "confidence": draw(st.sampled_from(voc.CONFIDENCES)),
                    "rationale": draw(text),
                }
            )
            annotations.append(
                {
                    "statement_id": sid,
                    "target": target,
                    "annotator_id": "ann-a",
                    "stance": label,
                    "pass": "primary",
                }
            )
    annotations.sort(key=lambda r: (r["statement_id"], r["target"]))
    figures = []
    for i in range(draw(st.integers(0, 3))):
        src = draw(st.sampled_from(sources))
        value = draw(st.integers(0, 10**7))
        figures.append(
            {
                "figure_id": f"FIG-{i + 1:05d}",
                "metric": draw(st.sampled_from(voc.METRICS)),
                "value": str(value),
                "unit": draw(st.sampled_from(["people", "cases", "attacks"])),
                "breakdown": draw(opt_text) or "",
                "period_start": "",
                "period_end": draw(day).isoformat(),
                "date_precision": "day",
                "place_id": draw(st.sampled_from(place_ids)),
                "producer_id": draw(st.sampled_from(actors))["actor_id"],
                "source_id": src["source_id"],
                "event_id": draw(st.sampled_from(["", *[e["event_id"] for e in events]])),
                "note": draw(text),
            }
        )
    evidence = []
    records = [(r["statement_id"], r["source_id"]) for r in statements]
    records += [(r["event_id"], r["source_ids"].split(";")[0]) for r in events]
    numbers = {r["figure_id"]: r["value"] for r in figures}
    records += [(r["figure_id"], r["source_id"]) for r in figures]
    for record_id, source_id in records:
        excerpt = f"passage {len(evidence) + 1}: {draw(text)}"[:500]
        if record_id in numbers:  # a figure's evidence prints its number
            excerpt = f"passage {len(evidence) + 1} counts {numbers[record_id]} people"
        evidence.append(
            {
                "evidence_id": f"EVD-{len(evidence) + 1:05d}",
                "record_id": record_id,
                "source_id": source_id,
                "excerpt": excerpt,
                "date_cue": draw(st.sampled_from(["", "passage"])),
            }
        )
    return {
        "sources": sources,
        "actors": actors,
        "places": places,
        "events": events,
        "statements": statements,
        "figures": figures,
        "stances": stances,
        "annotations": annotations,
        "evidence": evidence,
    }


def _write(folder: Path, rows: dict[str, list[dict[str, str]]]) -> None:
    from tablefactory import write_tables

    write_tables(folder, rows)
    (folder / "datapackage.json").write_text(
        __import__("json").dumps(datapackage(folder, mppdata.__version__)), encoding="utf-8"
    )


@given(rows=tables())
def test_random_tables_round_trip(rows: dict[str, list[dict[str, str]]]) -> None:
    work = Path(tempfile.mkdtemp(prefix="mppdata-prop-"))
    try:
        data = work / "data"
        _write(data, rows)
        report = mppdata.validate(data)
        assert report.ok, str(report)
        mp = pytest.MonkeyPatch()
        mp.setattr(resources, "bundled_data_dir", lambda: data)
        mp.setattr(checksums, "_VERIFIED", set())
        resources._read_descriptor.cache_clear()
        try:
            loaded = mppdata.load_all()
            for name in TABLES:
                frame = loaded[name]
                # values: CSV text back to typed frame equals the rows written
                assert len(frame) == len(rows[name])
                for col in ("text", "title", "name", "rationale"):
                    if col in frame.columns:
                        assert list(frame[col]) == [r[col] for r in rows[name]]
            out = exports.export(work / "hf", format="hf")
            for name in TABLES:
                back = restore_dtypes(pd.read_parquet(out / "data" / f"{name}.parquet"), table_schema(name))
                pd.testing.assert_frame_equal(back, loaded[name].reset_index(drop=True))
                if not len(loaded[name]):
                    # datasets cannot load an empty split: the card gives such a table no config
                    card = (out / "README.md").read_text()
                    assert 'config_name: "statements"' in card and f'config_name: "{name}"' not in card
                    continue
                ds = datasets.load_dataset(str(out), name, split="train", cache_dir=str(work / "cache"))
                back = restore_dtypes(ds.to_pandas(), table_schema(name))
                pd.testing.assert_frame_equal(back, loaded[name].reset_index(drop=True))
        finally:
            mp.undo()
            resources._read_descriptor.cache_clear()
            checksums._VERIFIED.clear()
    finally:
        shutil.rmtree(work, ignore_errors=True)
