"""The stance-detection view for NLP: text, target, label and a leakage-free split.

Each row is one adjudicated stance joined to its statement. The train/validation/test split
is assigned per *source*: every statement from the same page lands in the same split, so no
source is shared across splits. The assignment hashes the source id, so it is deterministic
and stable as the corpus grows (adding sources never moves an existing source).
"""

from __future__ import annotations

import hashlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

from mppdata.contract.stance_task_schema import COLUMNS, SPLIT_FRACTIONS, SPLITS, task_schema

__all__ = ["COLUMNS", "SPLITS", "SPLIT_FRACTIONS", "split_of", "load_stance_task", "task_schema"]


def split_of(source_id: str) -> str:
    """Return the split (train, validation, test) a source's statements belong to.

    Examples
    --------
    >>> split_of("SRC-00001") in ("train", "validation", "test")
    True
    >>> split_of("SRC-00001") == split_of("SRC-00001")
    True
    """
    digest = hashlib.sha256(f"mppdata-split:{source_id}".encode()).digest()
    fraction = int.from_bytes(digest[:8], "big") / 2**64
    cumulative = 0.0
    for name, share in zip(SPLITS, SPLIT_FRACTIONS, strict=True):
        cumulative += share
        if fraction < cumulative:
            return name
    return SPLITS[-1]


def load_stance_task(*, split: str | None = None) -> pd.DataFrame:
    """Load the stance-detection task: one row per (statement, target) with its label.

    Parameters
    ----------
    split : {"train", "validation", "test"}, optional
        Return only that split; default all rows with a ``split`` column.

    Returns
    -------
    pandas.DataFrame
        Columns ``stance_id, statement_id, text, text_en, target, label, speaker,
        speaker_name, date, language, source_id, split``; ``label`` and ``target`` are
        categoricals with the codebook's vocabularies.

    Raises
    ------
    ValueError
        If ``split`` is not one of the three split names.

    Examples
    --------
    >>> import mppdata
    >>> task = mppdata.load_stance_task()
    >>> sorted(task["split"].unique()) == ["test", "train", "validation"]
    True
    >>> int(task.groupby("source_id")["split"].nunique().max())
    1
    """
    import pandas as pd

    from mppdata.loading.loaders import load_actors, load_stances, load_statements

    if split is not None and split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; use one of {', '.join(SPLITS)} or None for all")
    st = load_statements()
    sn = load_stances()
    names = load_actors().set_index("actor_id")["name"]
    task = sn.merge(st, on="statement_id", how="inner", validate="many_to_one")
    task = task.rename(columns={"stance": "label", "actor_id": "speaker"})
    task["speaker_name"] = task["speaker"].map(names).astype("str")
    task["split"] = pd.Categorical(task["source_id"].map(split_of), categories=list(SPLITS))
    task = task[COLUMNS].sort_values("stance_id").reset_index(drop=True)
    if split is not None:
        task = task[task["split"] == split].reset_index(drop=True)
    return task
