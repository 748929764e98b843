"""Schema-valid synthetic tables of any size, for benchmarks and tests.

``make_tables(n_statements)`` returns every table as string-valued DataFrames laid out
exactly like the CSV files (other tables scaled alike: one source per two statements, one
actor per five, one event per four, one figure per ten, 1.1 stances and 1.3 annotations per
statement, 14 places);
``write_tables(folder, tables)`` writes them as the canonical CSV files. Everything is
deterministic for a given seed.
"""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pandas as pd

from mppdata.contract import vocabularies as voc
from mppdata.contract.tables import TABLES

START = date(2018, 12, 20)
SPAN_DAYS = (date(2026, 3, 1) - START).days


def _ids(prefix: str, n: int) -> np.ndarray:
    return np.char.add(f"{prefix}-", np.char.zfill(np.arange(1, n + 1).astype(str), 5))


def _dates(rng: np.random.Generator, n: int) -> np.ndarray:
    offsets = rng.integers(0, SPAN_DAYS, size=n)
    base = np.datetime64(START.isoformat())
    return (base + offsets.astype("timedelta64[D]")).astype(str)


def make_tables(n_statements: int, *, seed: int = 0) -> dict[str, pd.DataFrame]:
    """Return schema-valid synthetic tables (string cells, '' for null) of the given size.

    Examples
    --------
    >>> t = make_tables(10)
    >>> len(t["statements"]), len(t["sources"])
    (10, 5)
    """
    rng = np.random.default_rng(seed)
    n = max(1, n_statements)
    n_src, n_act, n_evt = max(1, n // 2), max(2, n // 5), max(1, n // 4)
    src_ids, evt_ids, stm_ids = _ids("SRC", n_src), _ids("EVT", n_evt), _ids("STM", n)
    act_ids = np.char.add("actor-", np.arange(1, n_act + 1).astype(str))

    pub = _dates(rng, n_src)
    sources = pd.DataFrame(
        {
            "source_id": src_ids,
            "url": np.char.add("https://example.org/page/", np.arange(1, n_src + 1).astype(str)),
            "title": np.char.add("Synthetic page ", np.arange(1, n_src + 1).astype(str)),
            "publisher": "Example Publisher",
            "original_publisher": np.where(rng.random(n_src) < 0.2, "Wire Service", ""),
            "author": "",
            "published_date": pub,
            "source_type": rng.choice(voc.SOURCE_TYPES, n_src),
            "language": rng.choice(["en", "es"], n_src),
            "accessed_date": "2026-11-28",
        }
    )
    actors = pd.DataFrame(
        {
            "actor_id": act_ids,
            "name": np.char.add("Actor ", np.arange(1, n_act + 1).astype(str)),
            "actor_type": rng.choice(voc.ACTOR_TYPES, n_act),
            "country": rng.choice(["USA", "MEX", ""], n_act),
            "affiliation_id": np.where(np.arange(n_act) > 0, act_ids[0], ""),
            "role": "",
        }
    )
    n_place = 14
    place_ids = np.char.add("place-", np.arange(1, n_place + 1).astype(str))
    places = pd.DataFrame(
        {
            "place_id": place_ids,
            "name": np.char.add("City ", np.arange(1, n_place + 1).astype(str)),
            "place_type": "city",
            "country": np.where(np.arange(n_place) % 2 == 0, "MEX", "USA"),
            "admin1": "",
            "latitude": np.round(rng.uniform(25, 33, n_place), 5).astype(str),
            "longitude": np.round(rng.uniform(-117, -97, n_place), 5).astype(str),
            "paired_place_id": [place_ids[i + 1 if i % 2 == 0 else i - 1] for i in range(n_place)],
            "ports_of_entry": "",
            "geonames_id": (np.arange(n_place) + 1000).astype(str),
            "source_id": "",
        }
    )
    starts = _dates(rng, n_evt)
    events = pd.DataFrame(
        {
            "event_id": evt_ids,
            "date_start": starts,
            "date_end": "",
            "date_precision": "day",
            "event_type": rng.choice(voc.EVENT_TYPES, n_evt),
            "title": np.char.add("Event ", np.arange(1, n_evt + 1).astype(str)),
            "description": "Something happened, described in our own words.",
            "country": rng.choice(["USA", "MEX"], n_evt),
            "location": "",
            "actor_ids": [f"{act_ids[i % n_act]};{act_ids[(i + 1) % n_act]}" for i in range(n_evt)],
            "source_ids": src_ids[rng.integers(0, n_src, n_evt)],
            "instrument": "",
            "place_id": np.where(rng.random(n_evt) < 0.2, place_ids[rng.integers(0, n_place, n_evt)], ""),
        }
    )
    stm_src = rng.integers(0, n_src, n)
    # a statement is never dated after its source: use the source's publication date
    lang = rng.choice(["en", "es"], n)
    statements = pd.DataFrame(
        {
            "statement_id": stm_ids,
            "actor_id": act_ids[rng.integers(0, n_act, n)],
            "date": pub[stm_src],
            "source_id": src_ids[stm_src],
            "event_id": np.where(rng.random(n) < 0.5, evt_ids[rng.integers(0, n_evt, n)], ""),
            "statement_type": rng.choice(voc.STATEMENT_TYPES, n),
            "text": np.char.add("Synthetic statement number ", np.arange(1, n + 1).astype(str)),
            "language": lang,
            "text_en": np.where(lang == "es", "Translated statement", ""),
            "channel": rng.choice(voc.CHANNELS, n),
        }
    )
    n_stn = n + n // 10
    stn_stm = np.concatenate([np.arange(n), rng.integers(0, n, n_stn - n)])
    targets = rng.choice(voc.TARGETS, n_stn)
    stances = pd.DataFrame({"statement_id": stm_ids[stn_stm], "target": targets})
    stances = stances.drop_duplicates(["statement_id", "target"]).reset_index(drop=True)
    stances.insert(0, "stance_id", _ids("STN", len(stances)))
    stances["stance"] = rng.choice(voc.STANCES, len(stances))
    stances["confidence"] = rng.choice(voc.CONFIDENCES, len(stances))
    stances["rationale"] = "Own-words reason."
    primary = stances[["statement_id", "target", "stance"]].assign(
        annotator_id="ann-a", **{"pass": "primary"}
    )
    rel = stances.sample(frac=0.3, random_state=seed)[["statement_id", "target", "stance"]]
    rel = rel.assign(annotator_id="ann-b", **{"pass": "reliability"})
    annotations = pd.concat([primary, rel], ignore_index=True)[
        ["statement_id", "target", "annotator_id", "stance", "pass"]
    ]
    annotations = annotations.sort_values(["statement_id", "target", "annotator_id", "pass"]).reset_index(
        drop=True
    )
    n_fig = max(1, n // 10)
    fig_src = rng.integers(0, n_src, n_fig)
    values = rng.integers(1, 100_000, n_fig)
    figures = pd.DataFrame(
        {
            "figure_id": _ids("FIG", n_fig),
            "metric": rng.choice(voc.METRICS, n_fig),
            "value": values.astype(str),
            "unit": "people",
            "breakdown": "",
            "period_start": "",
            "period_end": pub[fig_src],
            "date_precision": "day",
            "place_id": np.where(rng.random(n_fig) < 0.3, place_ids[rng.integers(0, n_place, n_fig)], ""),
            "producer_id": act_ids[rng.integers(0, n_act, n_fig)],
            "source_id": src_ids[fig_src],
            "event_id": "",
            "note": "People counted, in our own words.",
        }
    )
    # one evidence row per statement (holding its words), per event (from its source) and per
    # figure (printing its number)
    stm_text = statements["text"].to_numpy(dtype=str)
    n_evd = n + n_evt + n_fig
    evidence = pd.DataFrame(
        {
            "evidence_id": _ids("EVD", n_evd),
            "record_id": np.concatenate([stm_ids, evt_ids, figures["figure_id"].to_numpy(dtype=str)]),
            "source_id": np.concatenate(
                [
                    statements["source_id"].to_numpy(dtype=str),
                    events["source_ids"].to_numpy(dtype=str),
                    figures["source_id"].to_numpy(dtype=str),
                ]
            ),
            "excerpt": np.concatenate(
                [
                    np.char.add(np.char.add("On the day, the speaker said: ", stm_text), "."),
                    np.full(n_evt, "On the day, something happened."),
                    np.char.add(np.char.add("On the day, ", values.astype(str)), " people were counted."),
                ]
            ),
            "date_cue": "On the day",
        }
    )
    out = {
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
    return {k: v.astype(str) for k, v in out.items()}


def write_tables(folder: Path, tables: dict[str, pd.DataFrame]) -> Path:
    """Write ``tables`` as the canonical CSV files of ``folder``.

    Examples
    --------
    >>> import tempfile, pathlib
    >>> out = write_tables(pathlib.Path(tempfile.mkdtemp()), make_tables(5))
    >>> (out / "statements.csv").is_file()
    True
    """
    folder.mkdir(parents=True, exist_ok=True)
    for name, spec in TABLES.items():
        tables[name].to_csv(folder / spec.file, index=False, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    return folder


if __name__ == "__main__":  # pragma: no cover - manual use
    import sys

    write_tables(Path(sys.argv[2]), make_tables(int(sys.argv[1])))
    print(timedelta(0))
