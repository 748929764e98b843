"""Loaders: every table, same dtypes every time, the columns of DESIGN.md, clear errors."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest
from tablefactory import HEADERS

import mppdata
from mppdata.contract.models import model_for
from mppdata.contract.tables import TABLES

DESIGN_COLUMNS = HEADERS


def test_registry_matches_design() -> None:
    assert mppdata.list_tables() == list(DESIGN_COLUMNS)


@pytest.mark.parametrize("name", list(TABLES))
def test_loader_columns_are_the_design_columns(name: str) -> None:
    assert list(mppdata.load_table(name).columns) == DESIGN_COLUMNS[name]


@pytest.mark.parametrize("name", list(TABLES))
def test_named_loader_equals_load_table(name: str) -> None:
    named = getattr(mppdata, f"load_{name}")()
    pd.testing.assert_frame_equal(named, mppdata.load_table(name))


@pytest.mark.parametrize("name", list(TABLES))
def test_loader_dtypes_equal_the_pandera_models(name: str) -> None:
    """The fast loader (no pandera) must type data exactly as the model coerces it."""
    loaded = mppdata.load_table(name)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        validated = model_for(name).validate(loaded.copy())
    assert loaded.dtypes.astype(str).to_dict() == validated.dtypes.astype(str).to_dict()
    for column, dtype in loaded.dtypes.items():
        if isinstance(dtype, pd.CategoricalDtype):
            assert list(dtype.categories) == list(validated[column].dtype.categories), column


@pytest.mark.parametrize("name", list(TABLES))
def test_loader_returns_same_dtypes_every_time(name: str) -> None:
    first, second = mppdata.load_table(name), mppdata.load_table(name, validate=True)
    pd.testing.assert_frame_equal(first, second)


def test_list_columns_are_python_lists() -> None:
    events = mppdata.load_events()
    for column in ("actor_ids", "source_ids"):
        assert all(type(v) is list for v in events[column]), column
    assert all(len(v) >= 1 for v in events["source_ids"])


def test_dates_and_categories() -> None:
    st = mppdata.load_statements()
    assert str(st["date"].dtype) == "datetime64[ns]"
    assert isinstance(st["statement_type"].dtype, pd.CategoricalDtype)
    assert list(st["statement_type"].cat.categories) == ["direct_quote", "document_excerpt", "paraphrase"]


def test_tables_sorted_by_id_and_ids_unique() -> None:
    for name, spec in TABLES.items():
        frame = mppdata.load_table(name)
        key = list(spec.primary_key)
        assert not frame.duplicated(key).any(), name
        if len(key) == 1:
            assert frame[key[0]].is_monotonic_increasing, name


def test_unknown_table_lists_valid_names() -> None:
    with pytest.raises(mppdata.UnknownTableError) as info:
        mppdata.load_table("statement")
    assert str(info.value) == (
        "unknown table 'statement'; valid tables are: sources, actors, places, events, statements, "
        "figures, stances, annotations, evidence (use mppdata.list_tables() to see what exists)"
    )


def test_loaders_are_keyword_only() -> None:
    with pytest.raises(TypeError, match="positional argument"):
        mppdata.load_statements(True)  # type: ignore[misc]


def test_load_all_returns_every_table() -> None:
    tables = mppdata.load_all()
    assert list(tables) == mppdata.list_tables()
    assert all(len(frame) > 0 for frame in tables.values())
