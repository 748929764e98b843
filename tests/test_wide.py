"""The wide view joins statements to speakers, affiliations, sources and stances without loss."""

from __future__ import annotations

import pandas as pd
import pytest

import mppdata
from mppdata.contract.vocabularies import TARGETS


def test_one_row_per_statement_with_speaker_and_source() -> None:
    wide = mppdata.load_wide()
    st, ac, so = mppdata.load_statements(), mppdata.load_actors(), mppdata.load_sources()
    assert list(wide["statement_id"]) == list(st["statement_id"])
    row = wide.sample(1, random_state=3).iloc[0]
    actor = ac.set_index("actor_id").loc[row["actor_id"]]
    source = so.set_index("source_id").loc[row["source_id"]]
    assert (row["speaker_name"], row["speaker_country"] if pd.notna(row["speaker_country"]) else None) == (
        actor["name"],
        actor["country"] if pd.notna(actor["country"]) else None,
    )
    assert (row["source_url"], row["publisher"]) == (source["url"], source["publisher"])
    with_aff = wide[wide["affiliation_id"].notna()]
    names = ac.set_index("actor_id")["name"]
    assert list(with_aff["affiliation_name"]) == list(with_aff["affiliation_id"].map(names))


def test_long_stances_match_the_stances_table() -> None:
    long = mppdata.load_wide(stances="long")
    sn = mppdata.load_stances()
    coded = long[long["target"].notna()]
    assert len(coded) == len(sn)
    pairs = set(zip(coded["statement_id"], coded["target"].astype(str), coded["stance"].astype(str), strict=True))
    assert pairs == set(zip(sn["statement_id"], sn["target"].astype(str), sn["stance"].astype(str), strict=True))


def test_wide_stances_one_column_per_target() -> None:
    wide = mppdata.load_wide(stances="wide")
    sn = mppdata.load_stances()
    assert list(wide.columns[-len(TARGETS) :]) == list(TARGETS)
    assert int(wide[list(TARGETS)].notna().sum().sum()) == len(sn)
    one = sn.iloc[0]
    got = wide.set_index("statement_id").loc[one["statement_id"], str(one["target"])]
    assert got == one["stance"]


def test_bad_layout_names_the_choices() -> None:
    with pytest.raises(mppdata.MppdataError) as info:
        mppdata.load_wide(stances="columns")
    assert str(info.value) == (
        "unknown stances layout 'columns'; valid values are: None, long, wide (pass stances='long' or 'wide')"
    )
