"""Published numbers side by side: the reconciliation view of the ``figures`` table.

Sources disagree on MPP's numbers (people vs cases, enrolled vs returned, different cut-off
dates). :func:`figures` never picks one: it returns every figure of a metric with who produced
it, where it was printed and the passage that prints it, so the differences stay visible.
docs/figures.md explains the disagreements metric by metric.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from mppdata.contract.errors import UnknownValueError
from mppdata.contract.vocabularies import METRICS

if TYPE_CHECKING:
    import pandas as pd

COLUMNS = [
    "figure_id",
    "metric",
    "value",
    "unit",
    "breakdown",
    "period_start",
    "period_end",
    "date_precision",
    "place_id",
    "producer_id",
    "producer",
    "note",
    "source_id",
    "url",
    "publisher",
    "published_date",
    "excerpt",
]


def _as_of(value: object) -> pd.Timestamp:
    import pandas as pd

    if isinstance(value, (date, pd.Timestamp)):
        return pd.Timestamp(value)
    if isinstance(value, str):
        try:
            return pd.Timestamp(date.fromisoformat(value))
        except ValueError:
            pass
    raise UnknownValueError("as_of date", value, ["YYYY-MM-DD"], "pass a date like '2021-01-20'")


def figures(
    metric: str | list[str] | None = None,
    *,
    as_of: str | date | None = None,
    latest: bool = False,
    place: str | None = None,
    include_breakdowns: bool = True,
    version: str | None = None,
) -> pd.DataFrame:
    """Return the published figures of a metric with their producers and sources, side by side.

    Parameters
    ----------
    metric : str or list of str, optional
        One or more metrics of the codebook (``mppdata.figures()`` without it gives all).
        Valid names: ``mppdata.contract.vocabularies.METRICS``.
    as_of : str or date, optional
        Keep only figures whose cut-off (``period_end``) is on or before this day: what was
        known then.
    latest : bool, default False
        Keep only the most recent figure of each producer (per metric, unit, breakdown and
        place), after the ``as_of`` cut.
    place : str, optional
        A ``place_id`` of the places table; keeps the figures for that place.
    include_breakdowns : bool, default True
        With False, only totals (figures without a ``breakdown``).
    version : str, optional
        A released version (see :func:`mppdata.load_table`).

    Returns
    -------
    pandas.DataFrame
        One row per figure, sorted by metric, cut-off and value, with the producer's name,
        the source's address, publisher and date, and the evidence passage printing the number.

    Raises
    ------
    UnknownValueError
        For a metric or place that does not exist, or an ``as_of`` that is not a date.

    Examples
    --------
    >>> import mppdata
    >>> table = mppdata.figures("returns_to_mexico")
    >>> set(table["metric"]) <= {"returns_to_mexico"}
    True
    >>> list(table.columns[:4])
    ['figure_id', 'metric', 'value', 'unit']
    """
    from mppdata.loading.loaders import load_table

    wanted = [metric] if isinstance(metric, str) else list(metric or [])
    for m in wanted:
        if m not in METRICS:
            raise UnknownValueError("metric", m, METRICS, "see docs/codebook.md section 8")
    fig = load_table("figures", version=version)
    if place is not None:
        places = load_table("places", version=version)["place_id"].tolist()
        if place not in places:
            raise UnknownValueError("place", place, places, "use mppdata.load_places() to see them")
        fig = fig[fig["place_id"] == place]
    if wanted:
        fig = fig[fig["metric"].isin(wanted)]
    if not include_breakdowns:
        fig = fig[fig["breakdown"].isna()]
    if as_of is not None:
        fig = fig[fig["period_end"] <= _as_of(as_of)]
    if latest and len(fig):
        keys = ["metric", "unit", "breakdown", "place_id", "producer_id"]
        order = fig.sort_values(["period_end", "figure_id"])
        fig = order.groupby(keys, dropna=False, observed=True, sort=False).tail(1)
    actors = load_table("actors", version=version).set_index("actor_id")["name"]
    sources = load_table("sources", version=version).set_index("source_id")
    evidence = load_table("evidence", version=version)
    first = evidence.drop_duplicates(["record_id", "source_id"]).set_index(["record_id", "source_id"])["excerpt"]
    out = fig.assign(
        producer=fig["producer_id"].map(actors),
        url=fig["source_id"].map(sources["url"]),
        publisher=fig["source_id"].map(sources["publisher"]),
        published_date=fig["source_id"].map(sources["published_date"]),
        excerpt=[first.get((f, s)) for f, s in zip(fig["figure_id"], fig["source_id"], strict=True)],
    )
    out = out.sort_values(["metric", "period_end", "value", "figure_id"], kind="stable")
    return out[COLUMNS].reset_index(drop=True).astype({"published_date": "datetime64[ns]"})


def format_figures(table: pd.DataFrame) -> str:
    """Render the output of :func:`figures` as plain text, one block per metric.

    Examples
    --------
    >>> import mppdata
    >>> print(format_figures(mppdata.figures("returns_to_mexico", latest=True)))  # doctest: +ELLIPSIS
    returns_to_mexico...
    """
    if table.empty:
        return "no figures match\n"
    lines: list[str] = []
    for metric, part in table.groupby("metric", observed=True, sort=False):
        lines.append(f"{metric} ({len(part)} figure(s))")
        for row in part.itertuples(index=False):
            when = row.period_end.date().isoformat()
            if row.date_precision == "month":
                when = when[:7]
            elif row.date_precision == "year":
                when = when[:4]
            subset = f" [{row.breakdown}]" if isinstance(row.breakdown, str) else ""
            place = f" @{row.place_id}" if isinstance(row.place_id, str) else ""
            lines.append(
                f"  {row.figure_id}  {row.value:>12,.{0 if float(row.value).is_integer() else 1}f} {row.unit:<8}"
                f" as of {when:<10} {row.producer}{subset}{place}"
            )
            lines.append(f"      {row.publisher}: {row.url}")
        lines.append("")
    return "\n".join(lines)
