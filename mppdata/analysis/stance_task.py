"""The stance-detection view for NLP: text, target, label and a leakage-free split.

Each row is one adjudicated stance joined to its statement. The train/validation/test split
keeps **both speakers and sources apart**: statements are grouped into the connected
components of the speaker–source graph (two statements are in one group when they share a
speaker or a page, directly or through others), and whole groups are assigned to splits. No
speaker and no source appears in two splits, so a model cannot score by recognising a
speaker's voice or a page's wording.

Groups are assigned greedily, largest first, to the split whose per-target share is furthest
below its target fraction (60/15/25: the test split is larger than usual so that every target
has enough test examples). The assignment is deterministic for a given release; because new
records can join groups, it may change between releases: pin the version
(``load_stance_task(version=...)``) to compare models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

from mppdata.contract.stance_task_schema import COLUMNS, SPLIT_FRACTIONS, SPLITS, task_schema

__all__ = ["COLUMNS", "SPLITS", "SPLIT_FRACTIONS", "assign_splits", "load_stance_task", "split_leakage", "task_schema"]

FEATURE_COLUMNS = ["text", "text_en", "target", "language", "statement_type", "speaker", "date"]


def _groups(speakers: list[str], sources: list[str]) -> list[str]:
    """Connected components of the speaker–source graph, named by their smallest source id."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, s in zip(speakers, sources, strict=True):
        ra, rs = find("A:" + a), find("S:" + s)
        if ra != rs:
            parent[max(ra, rs)] = min(ra, rs)
    members: dict[str, list[str]] = {}
    for s in sources:
        members.setdefault(find("S:" + s), []).append(s)
    name = {root: min(ids) for root, ids in members.items()}
    return [name[find("S:" + s)] for s in sources]


def assign_splits(groups: list[str], targets: list[str]) -> dict[str, str]:
    """Assign each group to a split, largest first, where its targets are most needed.

    Parameters
    ----------
    groups, targets : list of str
        One entry per row: the row's group and target.

    Returns
    -------
    dict
        ``{group: split}``.

    Examples
    --------
    >>> assign_splits(["a", "a", "b", "c"], ["mpp", "mpp", "mpp", "mpp"])
    {'a': 'train', 'b': 'test', 'c': 'validation'}
    """
    from collections import Counter

    totals = Counter(targets)
    per_group: dict[str, Counter[str]] = {}
    for g, t in zip(groups, targets, strict=True):
        per_group.setdefault(g, Counter())[t] += 1
    current = {s: Counter() for s in SPLITS}
    order = sorted(per_group, key=lambda g: (-sum(per_group[g].values()), g))
    out: dict[str, str] = {}
    for g in order:
        counts = per_group[g]

        def need(split: str, counts: Counter[str] = counts) -> float:
            frac = SPLIT_FRACTIONS[SPLITS.index(split)]
            return sum(n * (frac * totals[t] - current[split][t]) / totals[t] for t, n in counts.items())

        best = max(SPLITS, key=lambda s: (need(s), -SPLITS.index(s)))
        out[g] = best
        current[best].update(counts)
    return out


def load_stance_task(
    *,
    split: str | None = None,
    version: str | None = None,
    include_paraphrases: bool = True,
    return_X_y: bool = False,  # noqa: N803 - the scikit-learn convention
) -> Any:
    """Load the stance-detection task: one row per (statement, target) with its label.

    Parameters
    ----------
    split : {"train", "validation", "test"}, optional
        Return only that split; default all rows with a ``split`` column.
    version : str, optional
        A released version (see :func:`mppdata.load_table`); splits are computed per release.
    include_paraphrases : bool, default True
        With False, drop the project-written paraphrases (``statement_type == "paraphrase"``)
        and keep only the speakers' own words (direct quotes and document excerpts). The split
        of every remaining row is unchanged.
    return_X_y : bool, default False
        Return ``(X, y)`` instead of one frame, as scikit-learn loaders do: ``X`` holds
        ``text, text_en, target, language, statement_type, speaker, date`` (and ``split`` when
        no split is asked for), ``y`` the labels.

    Returns
    -------
    pandas.DataFrame or tuple of (pandas.DataFrame, pandas.Series)
        Columns ``stance_id, statement_id, text, text_en, target, label, statement_type,
        speaker, speaker_name, date, language, source_id, group, split``; ``label``,
        ``target``, ``statement_type`` and ``split`` are categoricals with the codebook's
        vocabularies (``label`` in codebook order: favor, against, neutral).

    Raises
    ------
    ValueError
        If ``split`` is not one of the three split names.

    Examples
    --------
    >>> import mppdata
    >>> task = mppdata.load_stance_task()
    >>> int(task.groupby("speaker")["split"].nunique().max()), int(task.groupby("source_id")["split"].nunique().max())
    (1, 1)
    >>> X, y = mppdata.load_stance_task(split="test", return_X_y=True, include_paraphrases=False)
    >>> len(X) == len(y) and "paraphrase" not in set(X["statement_type"])
    True
    """
    import pandas as pd

    from mppdata.loading.loaders import load_table

    if split is not None and split not in SPLITS:
        raise ValueError(f"unknown split {split!r}; use one of {', '.join(SPLITS)} or None for all")
    st = load_table("statements", version=version)
    sn = load_table("stances", version=version)
    names = load_table("actors", version=version).set_index("actor_id")["name"]
    task = sn.merge(st, on="statement_id", how="inner", validate="many_to_one")
    task = task.rename(columns={"stance": "label", "actor_id": "speaker"})
    task = task.sort_values("stance_id").reset_index(drop=True)
    task["speaker_name"] = task["speaker"].map(names).astype("str")
    task["group"] = _groups(list(task["speaker"].astype(str)), list(task["source_id"].astype(str)))
    task["group"] = task["group"].astype("str")
    chosen = assign_splits(list(task["group"]), list(task["target"].astype(str)))
    task["split"] = pd.Categorical(task["group"].map(chosen), categories=list(SPLITS))
    task = task[COLUMNS]
    if not include_paraphrases:
        task = task[task["statement_type"] != "paraphrase"]
    if split is not None:
        task = task[task["split"] == split]
    task = task.reset_index(drop=True)
    if return_X_y:
        features = FEATURE_COLUMNS + (["split"] if split is None else [])
        return task[features], task["label"]
    return task


def split_leakage(task: pd.DataFrame) -> dict[str, int]:
    """Count speakers and sources that appear in more than one split (0 and 0 by construction).

    Examples
    --------
    >>> import mppdata
    >>> split_leakage(mppdata.load_stance_task())
    {'speakers_in_several_splits': 0, 'sources_in_several_splits': 0}
    """
    return {
        "speakers_in_several_splits": int((task.groupby("speaker")["split"].nunique() > 1).sum()),
        "sources_in_several_splits": int((task.groupby("source_id")["split"].nunique() > 1).sum()),
    }
