"""Loader functions: the bundled tables as typed pandas DataFrames, offline.

Every loader verifies the file's sha256 against data/datapackage.json (once per process)
and returns the same dtypes every time: dates as ``datetime64[ns]``, vocabularies as
``Categorical`` with their fixed categories, list columns as Python lists, text as ``str``.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from mppdata.contract.tables import TABLES, get_spec

if TYPE_CHECKING:
    import pandas as pd


def load_table(name: str, *, validate: bool = False, version: str | None = None) -> pd.DataFrame:
    """Load one bundled table by name.

    Parameters
    ----------
    name : str
        One of :func:`mppdata.list_tables`.
    validate : bool, default False
        Also run the full validation (pandera models and cross-table rules) and raise
        :class:`mppdata.ValidationError` if the data breaks any rule.
    version : str, optional
        Data version. ``None`` or the installed version reads the bundled files; any other
        version is loaded from the Hugging Face Hub at tag ``v{version}`` (needs the
        ``hf`` extra and network; see :func:`mppdata.storage.hub_download.load_from_hub`).

    Returns
    -------
    pandas.DataFrame
        One row per record, sorted by id, with the columns of docs/schema.md.

    Raises
    ------
    UnknownTableError
        If ``name`` is not a table (the message lists the valid names).
    ChecksumError
        If the file's bytes differ from those recorded in datapackage.json.

    Examples
    --------
    >>> import mppdata
    >>> actors = mppdata.load_table("actors")
    >>> list(actors.columns)[:3]
    ['actor_id', 'name', 'actor_type']
    """
    from mppdata import __version__
    from mppdata.storage.checksums import verify_bundled
    from mppdata.storage.reading import apply_schema, read_raw
    from mppdata.storage.resources import descriptor

    spec = get_spec(name)
    if version is not None and version != __version__:
        from mppdata.storage.hub_download import load_from_hub

        return load_from_hub(spec.name, version)
    path = verify_bundled(spec.name)
    resource = next(r for r in descriptor()["resources"] if r["name"] == spec.name)
    if validate:
        _validate_bundled()
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime_ns, resource["hash"])
    frame = _FRAMES.get(key)
    if frame is None:
        frame = apply_schema(read_raw(path, verified=True), resource["schema"], file=spec.file)
        _FRAMES[key] = frame
    return _copy(frame)


# typed frames already read in this process, keyed by file identity and recorded hash;
# callers always get a copy, so the cache can never be changed from outside
_FRAMES: dict[tuple[str, int, int, str], pd.DataFrame] = {}


def _copy(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy(deep=True)
    for col in out.columns:
        if out[col].dtype == object and len(out) and isinstance(out[col].iloc[0], list):
            out[col] = out[col].map(list)
    return out


@lru_cache(maxsize=1)
def _validate_bundled() -> bool:
    from mppdata.validation.checks import validate as run

    run().raise_for_problems()
    return True


def load_all(*, validate: bool = False, version: str | None = None) -> dict[str, pd.DataFrame]:
    """Load every table.

    Parameters
    ----------
    validate : bool, default False
        Validate the bundled data first (see :func:`load_table`).
    version : str, optional
        Data version (see :func:`load_table`).

    Returns
    -------
    dict of str to pandas.DataFrame
        Keyed by table name, in the order of :func:`mppdata.list_tables`.

    Examples
    --------
    >>> import mppdata
    >>> tables = mppdata.load_all()
    >>> sorted(tables) == sorted(mppdata.list_tables())
    True
    """
    return {name: load_table(name, validate=validate, version=version) for name in TABLES}


def load_sources(*, validate: bool = False, version: str | None = None) -> pd.DataFrame:
    """Load the sources table: one row per page a record rests on.

    Examples
    --------
    >>> import mppdata
    >>> mppdata.load_sources()["url"].is_unique
    True
    """
    return load_table("sources", validate=validate, version=version)


def load_actors(*, validate: bool = False, version: str | None = None) -> pd.DataFrame:
    """Load the actors table: people and organisations.

    Examples
    --------
    >>> import mppdata
    >>> str(mppdata.load_actors()["actor_type"].dtype)
    'category'
    """
    return load_table("actors", validate=validate, version=version)


def load_events(*, validate: bool = False, version: str | None = None) -> pd.DataFrame:
    """Load the events table; ``actor_ids`` and ``source_ids`` are Python lists.

    Examples
    --------
    >>> import mppdata
    >>> events = mppdata.load_events()
    >>> all(isinstance(ids, list) for ids in events["source_ids"])
    True
    """
    return load_table("events", validate=validate, version=version)


def load_statements(*, validate: bool = False, version: str | None = None) -> pd.DataFrame:
    """Load the statements table: who said what, when, where reported.

    Examples
    --------
    >>> import mppdata
    >>> str(mppdata.load_statements()["date"].dtype)
    'datetime64[ns]'
    """
    return load_table("statements", validate=validate, version=version)


def load_stances(*, validate: bool = False, version: str | None = None) -> pd.DataFrame:
    """Load the stances table: adjudicated stance per (statement, target).

    Examples
    --------
    >>> import mppdata
    >>> list(mppdata.load_stances()["stance"].cat.categories)
    ['favor', 'against', 'neutral']
    """
    return load_table("stances", validate=validate, version=version)


def load_annotations(*, validate: bool = False, version: str | None = None) -> pd.DataFrame:
    """Load the annotations table: every annotator's label, both passes.

    Examples
    --------
    >>> import mppdata
    >>> list(mppdata.load_annotations()["pass"].cat.categories)
    ['primary', 'reliability']
    """
    return load_table("annotations", validate=validate, version=version)


def load_evidence(*, validate: bool = False, version: str | None = None) -> pd.DataFrame:
    """Load the evidence table: the verbatim passage of a cited page behind each record.

    Examples
    --------
    >>> import mppdata
    >>> evidence = mppdata.load_evidence()
    >>> bool((evidence["excerpt"].str.len() <= 600).all())
    True
    """
    return load_table("evidence", validate=validate, version=version)


def load_places(*, validate: bool = False, version: str | None = None) -> pd.DataFrame:
    """Load the places table: the border cities where MPP operated, with cited coordinates.

    Examples
    --------
    >>> import mppdata
    >>> places = mppdata.load_places()
    >>> bool(places["latitude"].between(-90, 90).all())
    True
    """
    return load_table("places", validate=validate, version=version)


def load_figures(*, validate: bool = False, version: str | None = None) -> pd.DataFrame:
    """Load the figures table: one row per published number, with its producer and source.

    For the figures of one metric side by side with their sources, use :func:`mppdata.figures`.

    Examples
    --------
    >>> import mppdata
    >>> str(mppdata.load_figures()["value"].dtype)
    'float64'
    """
    return load_table("figures", validate=validate, version=version)
