"""Random spot-check samples: statements and events with their evidence and source addresses.

``mppdata audit --sample N --seed S`` prints what a reviewer needs to check records without
leaving the terminal: the quote or description, the speaker, the date, the verbatim evidence
passage of the cited page (with the words that pin the date) and the address.
"""

from __future__ import annotations

from typing import Any


def audit_sample(n: int = 10, *, seed: int = 0) -> dict[str, list[dict[str, Any]]]:
    """Draw ``n`` random statements and ``n`` random events with their sources.

    Parameters
    ----------
    n : int, default 10
        How many statements and how many events to draw (fewer if the table is smaller).
    seed : int, default 0
        Seed of the random draw; the same seed gives the same sample for the same data.

    Returns
    -------
    dict
        ``{"statements": [...], "events": [...]}``, each record a dict with the fields
        a reviewer checks and the source addresses.

    Examples
    --------
    >>> from mppdata.analysis.audit import audit_sample
    >>> sample = audit_sample(2, seed=1)
    >>> len(sample["statements"]), len(sample["events"])
    (2, 2)
    >>> sample == audit_sample(2, seed=1)
    True
    """
    from mppdata.loading.loaders import load_all

    if n < 0:
        raise ValueError(f"sample size must be >= 0, got {n}")
    t = load_all()
    urls = dict(zip(t["sources"]["source_id"], t["sources"]["url"], strict=True))
    evidence: dict[str, list[dict[str, Any]]] = {}
    for r in t["evidence"].itertuples():
        cue = None if r.date_cue != r.date_cue else r.date_cue
        evidence.setdefault(r.record_id, []).append(
            {"evidence_id": r.evidence_id, "source_id": r.source_id, "excerpt": r.excerpt, "date_cue": cue}
        )
    names = dict(zip(t["actors"]["actor_id"], t["actors"]["name"], strict=True))
    st = t["statements"]
    st = st.sample(n=min(n, len(st)), random_state=seed).sort_values("statement_id")
    ev = t["events"]
    ev = ev.sample(n=min(n, len(ev)), random_state=seed).sort_values("event_id")
    statements = [
        {
            "statement_id": r.statement_id,
            "speaker": f"{names.get(r.actor_id, r.actor_id)} ({r.actor_id})",
            "date": r.date.date().isoformat(),
            "statement_type": str(r.statement_type),
            "language": r.language,
            "text": r.text,
            "text_en": None if r.text_en != r.text_en else r.text_en,
            "source_id": r.source_id,
            "url": urls[r.source_id],
            "evidence": evidence.get(r.statement_id, []),
        }
        for r in st.itertuples()
    ]
    events = [
        {
            "event_id": r.event_id,
            "date": r.date_start.date().isoformat(),
            "date_precision": str(r.date_precision),
            "event_type": str(r.event_type),
            "title": r.title,
            "description": r.description,
            "sources": [(s, urls[s]) for s in r.source_ids],
            "evidence": evidence.get(r.event_id, []),
        }
        for r in ev.itertuples()
    ]
    return {"statements": statements, "events": events}


def format_audit(sample: dict[str, list[dict[str, Any]]]) -> str:
    """Render :func:`audit_sample` for the terminal.

    Examples
    --------
    >>> from mppdata.analysis.audit import audit_sample, format_audit
    >>> format_audit(audit_sample(1, seed=0)).splitlines()[0]
    '== 1 statements =='
    """
    lines = [f"== {len(sample['statements'])} statements =="]
    for s in sample["statements"]:
        lines += [
            f"{s['statement_id']}  {s['date']}  {s['speaker']}  [{s['statement_type']}, {s['language']}]",
            f"  text:    {s['text']}",
        ]
        if s["text_en"]:
            lines.append(f"  text_en: {s['text_en']}")
        lines += [f"  source:  {s['source_id']} {s['url']}", *_evidence_lines(s["evidence"]), ""]
    lines.append(f"== {len(sample['events'])} events ==")
    for e in sample["events"]:
        lines += [
            f"{e['event_id']}  {e['date']} ({e['date_precision']})  {e['event_type']}: {e['title']}",
            f"  {e['description']}",
        ]
        lines += [f"  source:  {sid} {url}" for sid, url in e["sources"]]
        lines += _evidence_lines(e["evidence"])
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _evidence_lines(items: list[dict[str, Any]]) -> list[str]:
    if not items:
        return ["  evidence: none (the record breaks the rule record_without_evidence)"]
    lines = []
    for item in items:
        cue = f"  [date cue: {item['date_cue']!r}]" if item["date_cue"] else "  [no date cue]"
        lines.append(f"  evidence {item['evidence_id']} from {item['source_id']}{cue}:")
        lines += [f"    | {line}" for line in item["excerpt"].splitlines() if line.strip()]
    return lines
