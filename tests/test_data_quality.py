"""Quality gates on the bundled corpus (beyond the validation rules)."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

import mppdata


@pytest.fixture(scope="module")
def t() -> dict[str, pd.DataFrame]:
    return mppdata.load_all()


def test_bundled_data_is_valid() -> None:
    report = mppdata.validate()
    assert report.ok, str(report)


def test_every_statement_has_a_stance(t: dict[str, pd.DataFrame]) -> None:
    missing = sorted(set(t["statements"]["statement_id"]) - set(t["stances"]["statement_id"]))
    assert missing == [], f"statements without a stance: {missing}"


def test_no_unused_source(t: dict[str, pd.DataFrame]) -> None:
    used = (
        set(t["statements"]["source_id"])
        | {s for ids in t["events"]["source_ids"] for s in ids}
        | set(t["figures"]["source_id"])
        | set(t["places"]["source_id"].dropna())
    )
    unused = sorted(set(t["sources"]["source_id"]) - used)
    assert unused == [], f"sources no record rests on: {unused}"


def test_no_unused_actor(t: dict[str, pd.DataFrame]) -> None:
    used = (
        set(t["statements"]["actor_id"])
        | {a for ids in t["events"]["actor_ids"] for a in ids}
        | set(t["actors"]["affiliation_id"].dropna())
        | set(t["figures"]["producer_id"])
    )
    unused = sorted(set(t["actors"]["actor_id"]) - used)
    assert unused == [], f"actors no record refers to: {unused}"


def test_no_duplicate_statement(t: dict[str, pd.DataFrame]) -> None:
    st = t["statements"]
    norm = st["text"].str.casefold().str.replace(r"\W+", " ", regex=True).str.strip()
    dup = pd.DataFrame({"a": st["actor_id"], "d": st["date"], "t": norm}).duplicated(keep=False)
    assert list(st.loc[dup, "statement_id"]) == []


def test_direct_quotes_at_most_60_words(t: dict[str, pd.DataFrame]) -> None:
    st = t["statements"]
    quoted = st[st["statement_type"].isin(["direct_quote", "document_excerpt"])]
    long = quoted[quoted["text"].str.split().str.len() > 60]
    assert list(long["statement_id"]) == []


def test_urls_unique_and_well_formed(t: dict[str, pd.DataFrame]) -> None:
    urls = t["sources"]["url"]
    assert urls.is_unique
    bad = [u for u in urls if not re.fullmatch(r"https?://[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?", u)]
    assert bad == []


def test_every_event_has_a_source(t: dict[str, pd.DataFrame]) -> None:
    assert all(len(ids) >= 1 for ids in t["events"]["source_ids"])


def test_translation_differs_from_text(t: dict[str, pd.DataFrame]) -> None:
    st = t["statements"]
    es = st[st["language"] != "en"]
    same = es[es["text"].str.strip() == es["text_en"].str.strip()]
    assert list(same["statement_id"]) == []


def test_per_year_counts_are_reported(t: dict[str, pd.DataFrame]) -> None:
    s = mppdata.summary()
    per_year = t["statements"]["date"].dt.year.value_counts().to_dict()
    assert s["statements_per_year"] == {int(k): int(v) for k, v in sorted(per_year.items())}
    assert sum(s["statements_per_year"].values()) == len(t["statements"])
    from mppdata.analysis.overview import format_summary

    text = format_summary(s)
    for year, n in s["statements_per_year"].items():
        assert f"{year} {n}" in text


def test_sources_not_dated_after_access(t: dict[str, pd.DataFrame]) -> None:
    so = t["sources"]
    late = so[so["published_date"].notna() & (so["published_date"] > so["accessed_date"])]
    assert list(late["source_id"]) == []


# quality gate: the floors this release reached (raise them with each release; never lower one
# without a CHANGELOG entry explaining the removal)
FLOORS = {"statements": 1680, "events": 500, "sources": 1730, "figures": 150, "places": 14, "evidence": 4060}


@pytest.mark.parametrize(("table", "floor"), list(FLOORS.items()))
def test_release_floor(t: dict[str, pd.DataFrame], table: str, floor: int) -> None:
    assert len(t[table]) >= floor, f"{table}: {len(t[table])} rows, floor {floor}"


def test_speakers_languages_and_years_floor(t: dict[str, pd.DataFrame]) -> None:
    st = t["statements"]
    assert st["actor_id"].nunique() >= 520
    assert (st["language"] == "es").mean() >= 0.40  # 0.33 in 0.5.0, 0.37 in 0.6.0, 0.394 in 0.7.0; the corpus-1.0 goal
    per_year = st["date"].dt.year.value_counts()
    thin = {int(y): int(per_year.get(y, 0)) for y in range(2019, 2026) if per_year.get(y, 0) < 60}
    assert thin == {}, f"years under 60 statements: {thin}"


def test_audit_flag_list_matches_the_data() -> None:
    """docs/audit_flagged_statements.csv names only statements that exist, once each."""
    import csv

    root = Path(__file__).resolve().parents[1]
    with open(root / "docs" / "audit_flagged_statements.csv", encoding="utf-8", newline="") as fh:
        flagged = [row["statement_id"] for row in csv.DictReader(fh)]
    ids = set(mppdata.load_statements()["statement_id"])
    assert flagged and len(flagged) == len(set(flagged))
    assert sorted(set(flagged) - ids) == []


def test_docket_floor(t: dict[str, pd.DataFrame]) -> None:
    """Court events whose instrument carries a docket number (84 of 98 in 1.0.0)."""
    from mppdata.contract.numbers import COURT_EVENT_TYPES, docket_numbers

    ev = t["events"]
    court = ev[ev["event_type"].isin(COURT_EVENT_TYPES)]
    numbered = court["instrument"].fillna("").map(lambda s: bool(docket_numbers(s)))
    assert int(numbered.sum()) >= 84, f"{int(numbered.sum())} of {len(court)} court events carry a docket number"
