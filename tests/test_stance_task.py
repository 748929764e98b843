from __future__ import annotations

import pandas as pd
import pytest

import mppdata
from mppdata.analysis.stance_task import COLUMNS, SPLITS, split_of


def test_columns_and_one_row_per_stance() -> None:
    task = mppdata.load_stance_task()
    assert list(task.columns) == COLUMNS
    assert len(task) == len(mppdata.load_stances())
    assert list(task["label"].cat.categories) == ["favor", "against", "neutral"]


def test_no_source_shared_across_splits() -> None:
    task = mppdata.load_stance_task()
    assert task.groupby("source_id")["split"].nunique().max() == 1


def test_split_is_deterministic_and_all_splits_used() -> None:
    a, b = mppdata.load_stance_task(), mppdata.load_stance_task()
    pd.testing.assert_frame_equal(a, b)
    assert set(a["split"]) == set(SPLITS)


def test_split_filter_returns_subset() -> None:
    full = mppdata.load_stance_task()
    parts = [mppdata.load_stance_task(split=s) for s in SPLITS]
    assert sum(len(p) for p in parts) == len(full)
    assert all((p["split"] == s).all() for p, s in zip(parts, SPLITS, strict=True))


def test_unknown_split_error() -> None:
    with pytest.raises(
        ValueError, match="unknown split 'dev'; use one of train, validation, test or None for all"
    ):
        mppdata.load_stance_task(split="dev")


def test_split_fractions_roughly_70_15_15() -> None:
    counts = pd.Series([split_of(f"SRC-{i:05d}") for i in range(1, 20001)]).value_counts(normalize=True)
    assert counts["train"] == pytest.approx(0.70, abs=0.01)
    assert counts["validation"] == pytest.approx(0.15, abs=0.01)
    assert counts["test"] == pytest.approx(0.15, abs=0.01)
