from __future__ import annotations

import pandas as pd
import pytest

import mppdata
from mppdata.analysis.stance_task import COLUMNS, SPLIT_FRACTIONS, SPLITS, assign_splits, split_leakage


@pytest.fixture(scope="module")
def task() -> pd.DataFrame:
    return mppdata.load_stance_task()


def test_columns_and_one_row_per_stance(task: pd.DataFrame) -> None:
    assert list(task.columns) == COLUMNS
    assert len(task) == len(mppdata.load_stances())
    assert list(task["label"].cat.categories) == ["favor", "against", "neutral"]
    assert list(task["statement_type"].cat.categories) == ["direct_quote", "document_excerpt", "paraphrase"]


def test_no_speaker_and_no_source_shared_across_splits(task: pd.DataFrame) -> None:
    assert split_leakage(task) == {"speakers_in_several_splits": 0, "sources_in_several_splits": 0}
    assert task.groupby("group")["split"].nunique().max() == 1


def test_split_is_deterministic_and_all_splits_used(task: pd.DataFrame) -> None:
    pd.testing.assert_frame_equal(task, mppdata.load_stance_task())
    assert set(task["split"]) == set(SPLITS)


def test_split_shares_near_the_fractions_and_every_target_tested(task: pd.DataFrame) -> None:
    shares = task["split"].value_counts(normalize=True)
    for split, fraction in zip(SPLITS, SPLIT_FRACTIONS, strict=True):
        assert shares[split] == pytest.approx(fraction, abs=0.05), split
    per_target = pd.crosstab(task["target"], task["split"])
    assert per_target["test"].min() >= 5, per_target["test"].to_dict()


def test_split_filter_returns_subset(task: pd.DataFrame) -> None:
    parts = [mppdata.load_stance_task(split=s) for s in SPLITS]
    assert sum(len(p) for p in parts) == len(task)
    assert all((p["split"] == s).all() for p, s in zip(parts, SPLITS, strict=True))


def test_excluding_paraphrases_keeps_every_other_rows_split(task: pd.DataFrame) -> None:
    quotes = mppdata.load_stance_task(include_paraphrases=False)
    assert "paraphrase" not in set(quotes["statement_type"])
    assert len(quotes) == int((task["statement_type"] != "paraphrase").sum())
    merged = quotes.merge(task[["stance_id", "split"]], on="stance_id", suffixes=("", "_all"))
    assert (merged["split"] == merged["split_all"]).all()


def test_return_X_y(task: pd.DataFrame) -> None:
    X, y = mppdata.load_stance_task(split="test", return_X_y=True)
    assert list(X.columns) == ["text", "text_en", "target", "language", "statement_type", "speaker", "date"]
    assert list(y) == list(task.loc[task["split"] == "test", "label"])
    X_all, _ = mppdata.load_stance_task(return_X_y=True)
    assert "split" in X_all.columns and len(X_all) == len(task)


def test_groups_are_kept_whole_and_balanced_by_target() -> None:
    groups = ["g1"] * 6 + ["g2"] * 2 + ["g3"] * 2 + ["g4"] * 1
    targets = ["mpp"] * 11
    assert assign_splits(groups, targets) == {"g1": "train", "g2": "test", "g3": "validation", "g4": "test"}


def test_unknown_split_error() -> None:
    with pytest.raises(
        ValueError, match="unknown split 'dev'; use one of train, validation, test or None for all"
    ):
        mppdata.load_stance_task(split="dev")
