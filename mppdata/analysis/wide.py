"""The wide view: statements with their speaker, source and (optionally) stances in one frame.

Most analyses start from the same three-table join ("Sheinbaum's statements with their
addresses", "Mexican officials against MPP in 2019"); :func:`load_wide` does it once, with
the loaders' dtypes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mppdata.contract.errors import UnknownValueError

if TYPE_CHECKING:
    import pandas as pd

STANCE_LAYOUTS: tuple[str, ...] = ("long", "wide")

SPEAKER_COLUMNS = {
    "name": "speaker_name",
    "actor_type": "speaker_type",
    "country": "speaker_country",
    "role": "speaker_role",
    "affiliation_id": "affiliation_id",
}
SOURCE_COLUMNS = {
    "url": "source_url",
    "title": "source_title",
    "publisher": "publisher",
    "published_date": "published_date",
    "source_type": "source_type",
}


def load_wide(*, stances: str | None = None, version: str | None = None) -> pd.DataFrame:
    """Return one row per statement with speaker, affiliation and source details joined.

    Parameters
    ----------
    stances : {None, "long", "wide"}, optional
        ``None``: no stance columns. ``"long"``: one row per (statement, target) with
        ``target``, ``stance``, ``confidence`` (statements without a stance keep one row with
        empty stance columns). ``"wide"``: one row per statement with one column per target
        holding its stance (empty where the statement does not address the target).
    version : str, optional
        A released version (see :func:`mppdata.load_table`).

    Returns
    -------
    pandas.DataFrame
        The statements columns, then ``speaker_name, speaker_type, speaker_country,
        speaker_role, affiliation_id, affiliation_name, source_url, source_title, publisher,
        published_date, source_type``, then the stance columns asked for.

    Raises
    ------
    UnknownValueError
        If ``stances`` is not None, "long" or "wide".

    Examples
    --------
    >>> import mppdata
    >>> wide = mppdata.load_wide()
    >>> len(wide) == len(mppdata.load_statements())
    True
    >>> sheinbaum = wide[wide["speaker_name"] == "Claudia Sheinbaum"]
    >>> bool(sheinbaum["source_url"].str.startswith("http").all())
    True
    >>> mx_2019 = mppdata.load_wide(stances="long").query(
    ...     "speaker_country == 'MEX' and target == 'mpp' and stance == 'against' and date.dt.year == 2019")
    >>> set(mx_2019["speaker_country"]) <= {"MEX"}
    True
    """
    import pandas as pd

    from mppdata.contract.vocabularies import TARGETS
    from mppdata.loading.loaders import load_table

    if stances is not None and stances not in STANCE_LAYOUTS:
        raise UnknownValueError("stances layout", stances, ["None", *STANCE_LAYOUTS], "pass stances='long' or 'wide'")
    st = load_table("statements", version=version)
    actors = load_table("actors", version=version).set_index("actor_id")
    sources = load_table("sources", version=version).set_index("source_id")
    out = st.copy()
    for column, name in SPEAKER_COLUMNS.items():
        out[name] = st["actor_id"].map(actors[column])
    out["affiliation_name"] = out["affiliation_id"].map(actors["name"])
    for column, name in SOURCE_COLUMNS.items():
        out[name] = st["source_id"].map(sources[column])
    out["speaker_type"] = pd.Categorical(out["speaker_type"], categories=actors["actor_type"].cat.categories)
    out["source_type"] = pd.Categorical(out["source_type"], categories=sources["source_type"].cat.categories)
    out["published_date"] = out["published_date"].astype("datetime64[ns]")
    if stances is None:
        return out.reset_index(drop=True)
    sn = load_table("stances", version=version)[["statement_id", "target", "stance", "confidence"]]
    if stances == "long":
        return out.merge(sn, on="statement_id", how="left").reset_index(drop=True)
    grid = sn.assign(target=sn["target"].astype("str")).pivot(index="statement_id", columns="target", values="stance")
    grid = grid.reindex(columns=list(TARGETS))
    labels = sn["stance"].cat.categories
    for target in TARGETS:
        out[target] = pd.Categorical(out["statement_id"].map(grid[target]), categories=labels)
    return out.reset_index(drop=True)
