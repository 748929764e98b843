"""The dataset at a glance: what ``mppdata summary`` prints."""

from __future__ import annotations

from typing import Any


def summary() -> dict[str, Any]:
    """Return the headline figures of the bundled data.

    Returns
    -------
    dict
        ``version``, ``rows`` per table, statement and event ``date_range``,
        statement ``languages``, ``event_types``, ``stances`` (target by label counts),
        ``speakers`` (distinct speaking actors), ``statements_per_year`` and
        ``events_per_year``.

    Examples
    --------
    >>> import mppdata
    >>> s = mppdata.summary()
    >>> s["rows"]["statements"] == len(mppdata.load_statements())
    True
    """
    from mppdata import __version__
    from mppdata.loading.loaders import load_all

    t = load_all()
    st, ev, sn = t["statements"], t["events"], t["stances"]
    dates = [
        d
        for d in (st["date"].min(), st["date"].max(), ev["date_start"].min(), ev["date_start"].max())
        if d == d
    ]
    stance_table: dict[str, dict[str, int]] = {}
    if len(sn):
        counts = sn.groupby(["target", "stance"], observed=True).size()
        for (target, label), n in counts.items():
            stance_table.setdefault(str(target), {})[str(label)] = int(n)
    return {
        "version": __version__,
        "rows": {name: len(frame) for name, frame in t.items()},
        "date_range": (min(dates).date().isoformat(), max(dates).date().isoformat()) if dates else None,
        "languages": {str(k): int(v) for k, v in st["language"].value_counts().items()},
        "event_types": {str(k): int(v) for k, v in ev["event_type"].value_counts().items() if v},
        "stances": stance_table,
        "speakers": int(st["actor_id"].nunique()),
        "statements_per_year": {
            int(y): int(n) for y, n in st["date"].dt.year.value_counts().sort_index().items()
        },
        "events_per_year": {
            int(y): int(n) for y, n in ev["date_start"].dt.year.value_counts().sort_index().items()
        },
        "provenance": _provenance(t),
        "figures_per_metric": (
            {str(k): int(v) for k, v in t["figures"]["metric"].value_counts().items() if v}
            if "figures" in t
            else {}
        ),
    }


PLACEHOLDER_TITLE = "[headline not shown in the stored copy]"


def _provenance(t: dict[str, Any]) -> dict[str, Any]:
    """How checkable the records are: evidence coverage and source metadata completeness."""
    so, ev = t["sources"], t.get("evidence")
    covered = set(ev["record_id"]) if ev is not None else set()
    n_st, n_ev = len(t["statements"]), len(t["events"])
    return {
        "evidence_rows": 0 if ev is None else len(ev),
        "statements_with_evidence": int(t["statements"]["statement_id"].isin(covered).sum()),
        "events_with_evidence": int(t["events"]["event_id"].isin(covered).sum()),
        "statements": n_st,
        "events": n_ev,
        "sources_with_published_date": int(so["published_date"].notna().sum()),
        "sources": len(so),
        "placeholder_titles": int((so["title"] == PLACEHOLDER_TITLE).sum()),
    }


def format_summary(s: dict[str, Any]) -> str:
    """Render :func:`summary` as the compact text of ``mppdata summary``.

    Examples
    --------
    >>> import mppdata
    >>> format_summary(mppdata.summary()).splitlines()[0].startswith("mppdata ")
    True
    """
    lines = [f"mppdata {s['version']}: statements, events and stances on the Migrant Protection Protocols"]
    rows = "  ".join(f"{name} {n}" for name, n in s["rows"].items())
    lines.append(f"  rows       {rows}")
    if s["date_range"]:
        lines.append(f"  dates      {s['date_range'][0]} to {s['date_range'][1]}")
    total = sum(s["languages"].values()) or 1
    langs = "  ".join(f"{k} {v} ({100 * v / total:.0f}%)" for k, v in s["languages"].items())
    lines.append(f"  languages  {langs}   ({s['speakers']} distinct speakers)")
    lines.append("  events     " + ", ".join(f"{k} {v}" for k, v in s["event_types"].items()))
    per_year = "  ".join(f"{y} {n}" for y, n in s["statements_per_year"].items())
    lines.append(f"  per year   statements: {per_year}")
    per_year = "  ".join(f"{y} {n}" for y, n in s["events_per_year"].items())
    lines.append(f"             events:     {per_year}")
    if s["stances"]:
        lines.append("  stances    target                      favor against neutral")
        for target, counts in s["stances"].items():
            lines.append(
                f"             {target:<27} {counts.get('favor', 0):>5} {counts.get('against', 0):>7} "
                f"{counts.get('neutral', 0):>7}"
            )
    p = s.get("provenance")
    if p:
        lines.append(
            f"  evidence   {p['evidence_rows']} passages; statements {p['statements_with_evidence']}/{p['statements']}, "
            f"events {p['events_with_evidence']}/{p['events']} with evidence"
        )
        share = 100 * p["sources_with_published_date"] / (p["sources"] or 1)
        lines.append(
            f"  sources    {p['sources_with_published_date']}/{p['sources']} ({share:.0f}%) with published_date; "
            f"{p['placeholder_titles']} placeholder titles (page shows no headline)"
        )
    if s.get("figures_per_metric"):
        metrics = ", ".join(f"{k} {v}" for k, v in s["figures_per_metric"].items())
        lines.append(f"  figures    {metrics}   (mppdata figures METRIC)")
    lines.append(
        "  docs       README.md and docs/ (schema.md, codebook.md, methodology.md, figures.md); mppdata --help"
    )
    return "\n".join(lines)
