"""The table registry: every table of the dataset, its file, model and keys.

Everything that iterates over tables (loaders, validation, schema generation, exports,
tests) reads this registry, so a table added here is picked up everywhere. The module is
deliberately light: it imports neither pandas nor pandera.
"""

from __future__ import annotations

from dataclasses import dataclass

from mppdata.contract.errors import UnknownTableError


@dataclass(frozen=True)
class ForeignKey:
    """A reference from ``column`` of one table to ``ref_column`` of ``ref_table``.

    ``is_list`` marks a list column whose every element must resolve.
    """

    column: str
    ref_table: str
    ref_column: str
    is_list: bool = False


@dataclass(frozen=True)
class TableSpec:
    """One table of the dataset.

    Attributes
    ----------
    name : str
        Public table name (``load_table(name)``).
    file : str
        File name inside ``data/``.
    model : str
        Name of the pandera ``DataFrameModel`` in :mod:`mppdata.contract.models`.
    primary_key : tuple of str
        Columns whose combination is unique.
    foreign_keys : tuple of ForeignKey
        References into other tables.
    description : str
        One line saying what a row is.
    """

    name: str
    file: str
    model: str
    primary_key: tuple[str, ...]
    foreign_keys: tuple[ForeignKey, ...]
    description: str


TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec(
            name="sources",
            file="sources.csv",
            model="SourcesModel",
            primary_key=("source_id",),
            foreign_keys=(),
            description="One row per public document (page) that a record rests on.",
        ),
        TableSpec(
            name="actors",
            file="actors.csv",
            model="ActorsModel",
            primary_key=("actor_id",),
            foreign_keys=(ForeignKey("affiliation_id", "actors", "actor_id"),),
            description="People and organisations that speak or act in the records.",
        ),
        TableSpec(
            name="places",
            file="places.csv",
            model="PlacesModel",
            primary_key=("place_id",),
            foreign_keys=(
                ForeignKey("paired_place_id", "places", "place_id"),
                ForeignKey("source_id", "sources", "source_id"),
            ),
            description="Border cities where MPP operated, with cited coordinates and their pairs.",
        ),
        TableSpec(
            name="events",
            file="events.csv",
            model="EventsModel",
            primary_key=("event_id",),
            foreign_keys=(
                ForeignKey("actor_ids", "actors", "actor_id", is_list=True),
                ForeignKey("source_ids", "sources", "source_id", is_list=True),
                ForeignKey("place_id", "places", "place_id"),
            ),
            description="Things that happened: policy moves, rulings, contacts, figures.",
        ),
        TableSpec(
            name="statements",
            file="statements.csv",
            model="StatementsModel",
            primary_key=("statement_id",),
            foreign_keys=(
                ForeignKey("actor_id", "actors", "actor_id"),
                ForeignKey("source_id", "sources", "source_id"),
                ForeignKey("event_id", "events", "event_id"),
            ),
            description="Who said what and when, with the source that attests it.",
        ),
        TableSpec(
            name="figures",
            file="figures.csv",
            model="FiguresModel",
            primary_key=("figure_id",),
            foreign_keys=(
                ForeignKey("place_id", "places", "place_id"),
                ForeignKey("producer_id", "actors", "actor_id"),
                ForeignKey("source_id", "sources", "source_id"),
                ForeignKey("event_id", "events", "event_id"),
            ),
            description="One published number on MPP: metric, value, cut-off, producer and source.",
        ),
        TableSpec(
            name="stances",
            file="stances.csv",
            model="StancesModel",
            primary_key=("stance_id",),
            foreign_keys=(ForeignKey("statement_id", "statements", "statement_id"),),
            description="Adjudicated stance of a statement toward one policy target.",
        ),
        TableSpec(
            name="annotations",
            file="annotations.csv",
            model="AnnotationsModel",
            primary_key=("statement_id", "target", "annotator_id", "pass"),
            foreign_keys=(ForeignKey("statement_id", "statements", "statement_id"),),
            description="Every annotator's stance label, primary and reliability passes.",
        ),
        TableSpec(
            name="evidence",
            file="evidence.csv",
            model="EvidenceModel",
            primary_key=("evidence_id",),
            # record_id points into statements or events by its prefix: checked by the
            # cross-table rules (foreign_key, evidence_source_not_cited), not as a plain key
            foreign_keys=(ForeignKey("source_id", "sources", "source_id"),),
            description="The verbatim passage of a cited page that supports a statement, event or figure.",
        ),
    )
}


def list_tables() -> list[str]:
    """Return the names of the tables in the dataset, in load order.

    Returns
    -------
    list of str
        Table names accepted by :func:`mppdata.load_table`.

    Examples
    --------
    >>> import mppdata
    >>> mppdata.list_tables()
    ['sources', 'actors', 'places', 'events', 'statements', 'figures', 'stances', 'annotations', 'evidence']
    """
    return list(TABLES)


def get_spec(name: str) -> TableSpec:
    """Return the registry entry of table ``name``.

    Parameters
    ----------
    name : str
        A table name from :func:`list_tables`.

    Returns
    -------
    TableSpec
        The table's file, model, keys and description.

    Raises
    ------
    UnknownTableError
        If ``name`` is not a table; the message lists the valid names.

    Examples
    --------
    >>> from mppdata.contract.tables import get_spec
    >>> get_spec("statements").primary_key
    ('statement_id',)
    """
    try:
        return TABLES[name]
    except (KeyError, TypeError):
        raise UnknownTableError(name, list(TABLES)) from None
